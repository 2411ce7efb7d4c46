/**
 * Calendar-day arithmetic on day keys (`2026-01-09`), independent of any time zone: a key is
 * turned into a UTC midnight only to count days. Weeks start on Monday.
 */
import { dateFormatter } from '../core/format.js';

const DAY_MS = 86_400_000;

/** A day key to its UTC midnight (ms). */
export const dayTime = (key: string) =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));

/** UTC midnight (ms) to its day key. */
export const keyOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (key: string, days: number) => keyOf(dayTime(key) + days * DAY_MS);

/** Days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: string, b: string) => Math.round((dayTime(b) - dayTime(a)) / DAY_MS);

/** 0 for Monday … 6 for Sunday. */
export const weekdayIndex = (key: string) => (new Date(dayTime(key)).getUTCDay() + 6) % 7;

/** The same day of the month `months` later, clamped to that month's last day (31 Jan + 1 → 28 Feb). */
export function addMonths(key: string, months: number): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7)) - 1 + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return keyOf(Date.UTC(y, m, Math.min(Number(key.slice(8, 10)), last)));
}

/** `2026-01` when valid, else undefined. */
export function parseMonth(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value?.trim() ?? '');
  return match ? `${match[1]}-${match[2]}` : undefined;
}

const QUARTER_HOUR = 900_000;
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
};
const offsets = new Map<string, Map<number, number>>();

/**
 * How far `timeZone`'s clocks are ahead of UTC (ms) during the quarter hour that holds `time`.
 * Zones change their offset only on a quarter hour, so one `Intl` call per zone and quarter
 * hour answers for every event in it (a month of 5,000 events costs a few hundred calls,
 * not ten thousand).
 */
function zoneOffset(time: number, timeZone: string): number {
  let perZone = offsets.get(timeZone);
  if (!perZone) offsets.set(timeZone, (perZone = new Map<number, number>()));
  const quarter = Math.floor(time / QUARTER_HOUR);
  let offset = perZone.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of dateFormatter('en', WALL_CLOCK, timeZone).formatToParts(start))
      parts[type] = value;
    const wall = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
    );
    offset = wall - start;
    perZone.set(quarter, offset);
  }
  return offset;
}

/** The day key of `instant` as a calendar in `timeZone` shows it. */
export function zonedDayKey(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  return keyOf(time + zoneOffset(time, timeZone));
}

/** The weeks (Monday first) that show `month` (`2026-01`): four to six rows of seven day keys. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const start = addDays(first, -weekdayIndex(first));
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let day = start; day <= last;) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  }
  return weeks;
}
