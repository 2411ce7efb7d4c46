
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import { str } from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'campus.access': `Bereikbaarheid en voorzieningen`,
'campus.copied': `Adres gekopieerd.`,
'campus.copy': `Adres kopiëren`,
'campus.copy-failed': `Het adres kon niet worden gekopieerd. Selecteer het en kopieer het zelf.`,
'campus.email': `E-mail`,
'campus.empty': `Er is momenteel geen campusinformatie.`,
'campus.map': `Toon op kaart`,
'campus.phone': `Telefoon`,
'campus.unknown': `Deze campus werd niet gevonden.`,
'campus.visiting-hours': `Bezoekuren`,
'error.not-found': `De informatie werd niet gevonden.`,
'error.server': `De informatie is tijdelijk niet beschikbaar. Probeer het later opnieuw.`,
'error.unreachable': `De informatie kon niet worden geladen. Controleer uw verbinding en probeer opnieuw.`,
'error.unreadable': `De informatie kon niet worden gelezen.`,
'news.empty': `Er is momenteel geen nieuws.`,
'news.more': `Meer nieuws`,
'news.new-tab': `opent in een nieuw tabblad`,
'news.show-more': str`Toon nog ${0}`,
'state.empty': `Er is op dit moment niets te tonen.`,
'state.loaded': `De informatie is geladen.`,
'state.loading': `Bezig met laden…`,
'state.retry': `Opnieuw proberen`,
'state.stale': `Deze informatie kon net niet worden bijgewerkt; ze is mogelijk niet meer actueel.`,
'stats.caption': `Kerncijfers`,
'stats.caption-year': str`Kerncijfers ${0}`,
'stats.empty': `Er zijn momenteel geen kerncijfers.`,
'stats.source': str`Bron: ${0}`,
    };
  