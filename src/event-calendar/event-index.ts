/**
 * Events read once per data change: each event's instants and calendar days in the display
 * zone, and an index from day key to the events on that day, so a month renders by looking
 * up 35–42 keys, whatever the size of the feed.
 */
import { parseZonedDateTime } from '../core/zoned-date-time.js';
import { addDays, addMonths, daysBetween, zonedDayKey } from './calendar-days.js';
import type { CalendarEvent } from './events-feed.js';

/** One event as the calendar uses it. */
export interface CalendarEntry {
  event: CalendarEvent;
  allDay: boolean;
  /** Start and end instants (for an all-day event: undefined). */
  start?: Date;
  end?: Date;
  /** First and last day (inclusive) the event covers in the display zone. */
  firstDay: string;
  lastDay: string;
}

export interface EventIndex {
  /** Every readable event, in start order. */
  entries: CalendarEntry[];
  /** The events on each day, in start order (all-day and continuing events first). */
  byDay: Map<string, CalendarEntry[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
/** A hostile or mistaken feed cannot make one event fill years of days. */
const MAX_SPAN_DAYS = 366;

/** An event's days and instants, or undefined when its dates cannot be read. */
export function readEntry(
  event: CalendarEvent,
  feedZone: string,
  displayZone: string,
): CalendarEntry | undefined {
  const dateOnly = !event.start.includes('T');
  if (event.allDay || dateOnly) {
    const firstDay = DATE.exec(event.start)?.[0];
    if (!firstDay || Number.isNaN(Date.parse(firstDay))) return undefined;
    const end = event.end && DATE.exec(event.end)?.[0];
    const lastDay = end && end >= firstDay && !Number.isNaN(Date.parse(end)) ? end : firstDay;
    return { event, allDay: true, firstDay, lastDay };
  }
  const start = parseZonedDateTime(event.start, feedZone);
  if (!start) return undefined;
  const parsedEnd = event.end ? parseZonedDateTime(event.end, feedZone) : undefined;
  const end = parsedEnd && parsedEnd >= start ? parsedEnd : start;
  const firstDay = zonedDayKey(start, displayZone);
  // An event ending at midnight does not cover the next day.
  const lastInstant = end > start ? end.getTime() - 1 : end;
  return {
    event,
    allDay: false,
    start,
    end,
    firstDay,
    lastDay: zonedDayKey(lastInstant, displayZone),
  };
}

/** Start order: by first day, all-day events before the timed ones of their first day, then by start. */
function order(a: CalendarEntry, b: CalendarEntry): number {
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? -1 : 1;
  return startOf(a) - startOf(b);
}
/** An all-day event sorts as if it started before the earliest instant a Date can hold. */
const startOf = (entry: CalendarEntry) => (entry.start ? entry.start.getTime() : -8.64e15 - 1);

export function indexEvents(
  events: readonly CalendarEvent[],
  feedZone: string,
  displayZone: string,
): EventIndex {
  const entries: CalendarEntry[] = [];
  for (const event of events) {
    const entry = readEntry(event, feedZone, displayZone);
    if (entry) entries.push(entry);
  }
  entries.sort(order);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    if (entry.firstDay === entry.lastDay) {
      const list = byDay.get(entry.firstDay);
      if (list) list.push(entry);
      else byDay.set(entry.firstDay, [entry]);
      continue;
    }
    const span = Math.min(daysBetween(entry.firstDay, entry.lastDay), MAX_SPAN_DAYS);
    for (let i = 0, day = entry.firstDay; i <= span; i++, day = addDays(day, 1)) {
      const list = byDay.get(day);
      if (list) list.push(entry);
      else byDay.set(day, [entry]);
    }
  }
  // Continuing multi-day events go first on later days too: sorting once per day keeps it stable.
  for (const [day, list] of byDay)
    if (list.some((e) => e.firstDay < day))
      list.sort((a, b) => Number(b.firstDay < day) - Number(a.firstDay < day));
  return { entries, byDay };
}

/** The entries on any day of `month` (`YYYY-MM`), each once, in start order: what the month grid shows. */
export function entriesInMonth(entries: readonly CalendarEntry[], month: string): CalendarEntry[] {
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  return entries.filter((e) => e.lastDay >= first && e.firstDay <= last);
}

/** What the list view shows, and what is left on either side of it. */
export interface ListPage {
  /** The entries shown, in start order. */
  entries: CalendarEntry[];
  /** Entries that ended before today, before those shown ("Show earlier events" reveals them). */
  earlier: number;
  /** Entries after those shown ("Show later events" reveals them). */
  later: number;
  /** Entries still running on or after today (all of them with `past`): the list's own. */
  upcoming: number;
}

/**
 * The list view's entries: the first `after` still running on or after `today` (or, with
 * `past`, the first `after` of all), preceded by the last `before` that ended earlier. An
 * event that ended before today is never among the first, whatever its start: a long event
 * still running is.
 */
export function listPage(
  entries: readonly CalendarEntry[],
  today: string,
  past: boolean,
  before: number,
  after: number,
): ListPage {
  const ended = past ? [] : entries.filter((e) => e.lastDay < today);
  const upcoming = past ? entries : entries.filter((e) => e.lastDay >= today);
  const from = Math.max(0, ended.length - before);
  const shown = upcoming.slice(0, after);
  return {
    entries: [...ended.slice(from), ...shown],
    earlier: from,
    later: upcoming.length - shown.length,
    upcoming: upcoming.length,
  };
}
