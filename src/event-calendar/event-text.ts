/**
 * How an event reads: its time ("14:00–16:00"), its day and time in full, and its place
 * ("Campus Gasthuisberg", "Online via Microsoft Teams"). Shared by the month grid, the list,
 * the details panel and the calendar file. Called inside a render, so `msg()` answers in the
 * element's language.
 */
import { dateFormatter } from '../core/format.js';
import { zoneOffset } from '../core/zone-offset.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { pickText } from '../core/localized-text.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry } from './event-index.js';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "vrijdag 9 januari 2026": a day in full, in the page's language. */
export const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
// "14:00" depends only on the minute of the day on the zone's clock: each is formatted once
// per language (a month of events asks Intl a few dozen times, not twice per event).
const timesOfDay = new Map<Lang, string[]>();

/** "14:00", on the 24-hour clock, in `zone`. */
export function eventTime(instant: Date, lang: Lang, zone: string): string {
  const local = instant.getTime() + zoneOffset(instant.getTime(), zone);
  const minute = ((Math.floor(local / MINUTE) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  let times = timesOfDay.get(lang);
  if (!times) timesOfDay.set(lang, (times = []));
  return (times[minute] ??= dateFormatter(lang, TIME, 'UTC').format(minute * MINUTE));
}

/**
 * "14:00–16:00"; with `long`, the day first; "All day" for all-day events, and both ends for
 * multi-day ones. Timed events read in `zone`; all-day ones are calendar days, never shifted.
 */
export function eventWhen(entry: CalendarEntry, lang: Lang, zone: string, long = false): string {
  const date = (time: number | Date, dateZone: string) =>
    dateFormatter(lang, LONG_DAY, dateZone).format(time);
  if (entry.allDay) {
    const allDay = msg('All day', { id: 'calendar.all-day' });
    if (!long) return allDay;
    return entry.lastDay > entry.firstDay
      ? `${date(dayTime(entry.firstDay), 'UTC')} – ${date(dayTime(entry.lastDay), 'UTC')}`
      : `${date(dayTime(entry.firstDay), 'UTC')}, ${allDay}`;
  }
  const start = eventTime(entry.start!, lang, zone);
  const end = eventTime(entry.end!, lang, zone);
  if (entry.lastDay > entry.firstDay) {
    return `${date(entry.start!, zone)} ${start} – ${date(entry.end!, zone)} ${end}`;
  }
  const range = entry.end!.getTime() > entry.start!.getTime() ? `${start}–${end}` : start;
  return long ? `${date(entry.start!, zone)}, ${range}` : range;
}

/** The campus or place name, or "Online via Microsoft Teams". */
export function eventPlace(entry: CalendarEntry, lang: Lang): string {
  const { location, online } = entry.event;
  if (location) return pickText(location.name, lang);
  if (online) {
    return online.platform
      ? msg(str`Online via ${online.platform}`, { id: 'calendar.online-via' })
      : msg('Online', { id: 'calendar.online' });
  }
  return '';
}
