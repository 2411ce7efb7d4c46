
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.not-found': `Les informations sont introuvables.`,
'error.server': `Les informations sont temporairement indisponibles. Veuillez réessayer plus tard.`,
'error.unreachable': `Les informations n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.`,
'error.unreadable': `Les informations n’ont pas pu être lues.`,
'state.empty': `Rien à afficher pour le moment.`,
'state.loaded': `Les informations ont été chargées.`,
'state.loading': `Chargement…`,
'state.retry': `Réessayer`,
'state.stale': `Ces informations n’ont pas pu être mises à jour à l’instant ; elles ne sont peut-être plus à jour.`,
    };
  