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

/** The day key of `instant` as a calendar in `timeZone` shows it. */
export function zonedDayKey(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const { type, value } of dateFormatter(
    'en',
    { year: 'numeric', month: '2-digit', day: '2-digit' },
    timeZone,
  ).formatToParts(instant))
    parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
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
