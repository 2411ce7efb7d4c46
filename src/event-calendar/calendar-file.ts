/**
 * The events as an iCalendar file (RFC 5545) in the visitor's language: what "Add to
 * calendar" and "Download all (.ics)" hand over. `ics.ts` writes the format; this says what
 * each event becomes in it.
 */
import type { Lang } from '../core/language.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import type { CalendarEntry } from './event-index.js';
import { eventPlace } from './event-text.js';
import { writeIcs, type IcsEvent } from './ics.js';

/** @param base the feed's URL, which relative links in it are relative to, and whose host makes the UIDs. */
export function calendarFile(entries: readonly CalendarEntry[], lang: Lang, base: string): string {
  const host = (() => {
    try {
      return new URL(base).host || 'uzl-widgets';
    } catch {
      return 'uzl-widgets';
    }
  })();
  return writeIcs(
    entries.map((entry): IcsEvent => {
      const { event } = entry;
      const address = pickText(event.location?.address, lang);
      const place = eventPlace(entry, lang).text;
      return {
        uid: `${event.id}@${host}`,
        summary: pickText(event.title, lang),
        description: pickText(event.description, lang) || undefined,
        location: [place, address].filter(Boolean).join(', ') || undefined,
        url: safeUrl(event.url ?? event.registrationUrl ?? event.online?.url, 'link', base),
        ...(entry.allDay
          ? { firstDay: entry.firstDay, lastDay: entry.lastDay }
          : { start: entry.start, end: entry.end }),
      };
    }),
  );
}
