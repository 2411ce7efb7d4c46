
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.not-found': `De informatie werd niet gevonden.`,
'error.server': `De informatie is tijdelijk niet beschikbaar. Probeer het later opnieuw.`,
'error.unreachable': `De informatie kon niet worden geladen. Controleer uw verbinding en probeer opnieuw.`,
'error.unreadable': `De informatie kon niet worden gelezen.`,
'state.empty': `Er is op dit moment niets te tonen.`,
'state.loaded': `De informatie is geladen.`,
'state.loading': `Bezig met laden…`,
'state.retry': `Opnieuw proberen`,
'state.stale': `Deze informatie kon net niet worden bijgewerkt; ze is mogelijk niet meer actueel.`,
    };
  