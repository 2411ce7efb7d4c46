
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import { str } from '@lit/localize/internal/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'calendar.add': `Toevoegen aan agenda`,
'calendar.all-categories': `Alle categorieën`,
'calendar.all-day': `Hele dag`,
'calendar.category': `Categorie`,
'calendar.close': `Sluiten`,
'calendar.download-all': `Alles downloaden (.ics)`,
'calendar.empty': `Momenteel zijn er geen activiteiten gepland.`,
'calendar.events': str`${0} activiteiten`,
'calendar.info': `Meer informatie`,
'calendar.join': `Online deelnemen`,
'calendar.more': str`+${0} meer`,
'calendar.next': `Volgende maand`,
'calendar.no-events': `geen activiteiten`,
'calendar.no-events-day': `Geen activiteiten op deze dag.`,
'calendar.no-upcoming': `Geen komende activiteiten.`,
'calendar.one-event': `1 activiteit`,
'calendar.online': `Online`,
'calendar.online-via': str`Online via ${0}`,
'calendar.previous': `Vorige maand`,
'calendar.register': `Inschrijven`,
'calendar.today': `Vandaag`,
'calendar.today-lower': `vandaag`,
'calendar.upcoming': `Komende activiteiten`,
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
  