/**
 * The calendar's filters, `category` and `campus`: the ids the feed has for each, and whether
 * an event passes them. Ids match case-insensitively, as everywhere (src/core/match-id.ts).
 */
import type { CalendarEvent, EventsFeed } from './events-feed.js';

/** The ids that `category` and `campus` may name: the feed's categories, and its events' own. */
export function filterIds(feed: EventsFeed): Record<'category' | 'campus', string[]> {
  const unique = (ids: (string | undefined)[]) => [
    ...new Set(ids.filter((id) => id !== undefined)),
  ];
  return {
    category: unique([
      ...(feed.categories ?? []).map((c) => c.id),
      ...feed.events.map((e) => e.category),
    ]),
    campus: unique(feed.events.map((e) => e.location?.campus)),
  };
}

const same = (id: string | undefined, wanted: string) => id?.toLowerCase() === wanted.toLowerCase();

/** Whether `event` passes the category and campus filters (the feed's ids; '' lets every event through). */
export const passes = (event: CalendarEvent, category: string, campus: string): boolean =>
  (!category || same(event.category, category)) &&
  (!campus || same(event.location?.campus, campus));
