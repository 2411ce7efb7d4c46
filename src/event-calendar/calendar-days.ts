/**
 * Calendar-day arithmetic on day keys (`2026-01-09`), independent of any time zone: a key is
 * turned into a UTC midnight only to count days. Weeks start on Monday.
 */
import { zoneOffset } from '../core/zone-offset.js';

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
const dayKeys = new Map<string, Map<number, string>>();

/**
 * The day key of `instant` as a calendar in `timeZone` shows it. A zone whose offset is a
 * whole number of quarter hours starts its days on a quarter hour, so every instant of one
 * quarter hour falls on the same day: the key is kept per zone and quarter hour.
 */
export function zonedDayKey(instant: Date | number, timeZone: string): string {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  const quarter = Math.floor(time / QUARTER_HOUR);
  let perZone = dayKeys.get(timeZone);
  if (!perZone) dayKeys.set(timeZone, (perZone = new Map<number, string>()));
  let key = perZone.get(quarter);
  if (key === undefined) {
    const offset = zoneOffset(time, timeZone);
    key = keyOf(time + offset);
    if (offset % QUARTER_HOUR === 0) perZone.set(quarter, key);
  }
  return key;
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

/** The modifier keys held with a key (a `KeyboardEvent` is one). */
export interface KeyModifiers {
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * The day the month grid's keys move to from `from` (the WAI-ARIA grid pattern): arrows by
 * day and week, Home and End to the ends of the week, Page Up and Page Down by month, with
 * Shift by year; Ctrl+Home and Ctrl+End to the first and last day of the month. Undefined for
 * a key that does not move, and for every other chord with Ctrl, Alt or Meta: those belong to
 * the browser (Alt+← is Back, Ctrl+Page Down the next tab), the system and screen readers
 * (Ctrl+Alt+arrows move through a table in NVDA and JAWS).
 */
export function dayForKey(
  from: string,
  key: string,
  modifiers: KeyModifiers = {},
): string | undefined {
  if (modifiers.altKey || modifiers.metaKey) return undefined;
  if (modifiers.ctrlKey) {
    if (key === 'Home') return `${from.slice(0, 7)}-01`;
    if (key === 'End') return addDays(addMonths(`${from.slice(0, 7)}-01`, 1), -1);
    return undefined;
  }
  switch (key) {
    case 'ArrowLeft':
      return addDays(from, -1);
    case 'ArrowRight':
      return addDays(from, 1);
    case 'ArrowUp':
      return addDays(from, -7);
    case 'ArrowDown':
      return addDays(from, 7);
    case 'Home':
      return addDays(from, -weekdayIndex(from));
    case 'End':
      return addDays(from, 6 - weekdayIndex(from));
    case 'PageUp':
      return addMonths(from, modifiers.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(from, modifiers.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
