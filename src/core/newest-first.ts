import { parseFeedDate, type FeedDate } from './format.js';

/** A feed item with its date read once: what a dated list shows, in the order it shows it. */
export interface Dated<T> {
  item: T;
  /** Undefined when the date cannot be read (such items sort last). */
  date: FeedDate | undefined;
  /** The `datetime` attribute: the feed's day as it is, a date-time as UTC ISO 8601. */
  datetime: string | undefined;
}

/** Newest first; items with the same date keep the feed's order (the sort is stable). */
export function newestFirst<T extends { date: string }>(items: readonly T[]): Dated<T>[] {
  return items
    .map((item) => {
      const date = parseFeedDate(item.date);
      const datetime = date && (date.dateOnly ? item.date : date.instant.toISOString());
      return { item, date, datetime, time: date ? date.instant.getTime() : -Infinity };
    })
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? 1 : -1));
}
