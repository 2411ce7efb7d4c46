
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import { str } from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'calendar.add': `Ajouter à l’agenda`,
'calendar.all-categories': `Toutes les catégories`,
'calendar.all-day': `Toute la journée`,
'calendar.category': `Catégorie`,
'calendar.close': `Fermer`,
'calendar.download-all': `Tout télécharger (.ics)`,
'calendar.empty': `Aucune activité n’est prévue pour le moment.`,
'calendar.events': str`${0} activités`,
'calendar.info': `Plus d’informations`,
'calendar.join': `Participer en ligne`,
'calendar.more': str`+${0} autres`,
'calendar.next': `Mois suivant`,
'calendar.no-events': `aucune activité`,
'calendar.no-events-day': `Aucune activité ce jour-là.`,
'calendar.no-upcoming': `Aucune activité à venir.`,
'calendar.one-event': `1 activité`,
'calendar.online': `En ligne`,
'calendar.online-via': str`En ligne via ${0}`,
'calendar.previous': `Mois précédent`,
'calendar.register': `S’inscrire`,
'calendar.today': `Aujourd’hui`,
'calendar.today-lower': `aujourd’hui`,
'calendar.upcoming': `Activités à venir`,
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
  