
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import { str } from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'campus.access': `Accès et équipements`,
'campus.copied': `Adresse copiée.`,
'campus.copy': `Copier l’adresse`,
'campus.copy-failed': `L’adresse n’a pas pu être copiée. Sélectionnez-la et copiez-la vous-même.`,
'campus.email': `E-mail`,
'campus.empty': `Aucune information sur les campus pour le moment.`,
'campus.map': `Voir sur la carte`,
'campus.phone': `Téléphone`,
'campus.unknown': `Ce campus est introuvable.`,
'campus.visiting-hours': `Heures de visite`,
'error.not-found': `Les informations sont introuvables.`,
'error.server': `Les informations sont temporairement indisponibles. Veuillez réessayer plus tard.`,
'error.unreachable': `Les informations n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.`,
'error.unreadable': `Les informations n’ont pas pu être lues.`,
'news.empty': `Aucune actualité pour le moment.`,
'news.more': `Plus d’actualités`,
'news.new-tab': `s’ouvre dans un nouvel onglet`,
'news.show-more': str`En afficher ${0} de plus`,
'state.empty': `Rien à afficher pour le moment.`,
'state.loaded': `Les informations ont été chargées.`,
'state.loading': `Chargement…`,
'state.retry': `Réessayer`,
'state.stale': `Ces informations n’ont pas pu être mises à jour à l’instant ; elles ne sont peut-être plus à jour.`,
'stats.caption': `Chiffres clés`,
'stats.caption-year': str`Chiffres clés ${0}`,
'stats.empty': `Aucun chiffre clé pour le moment.`,
'stats.source': str`Source : ${0}`,
    };
  