/**
 * Feed date-times without an offset (`2026-03-29T02:30`), read as wall-clock time in a zone.
 * Only the calendar reads those; its own module keeps the time-zone arithmetic out of the
 * other widgets' code.
 */
import { daysInMonth } from './days-in-month.js';
import { DEFAULT_TIME_ZONE } from './format.js';
import { zoneOffset } from './zone-offset.js';

/** The offset-less form, valid or not (`2026-13-45T99:00` is this form, and no date). */
const isLocalForm = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value);

/** The number the ASCII digits `value[from..to)` spell, or -1 when one is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * `YYYY-MM-DDTHH:MM[:SS[.fraction]]` without an offset, as the UTC milliseconds of that wall
 * clock; NaN when `value` is not that form or not a real date and time. Read character by
 * character: a calendar reads thousands of these, and a regular expression's match arrays
 * and a Date per value were most of the garbage of a cold first render.
 */
function localDateTime(value: string): number {
  const length = value.length;
  if (length < 16 || (length > 16 && length < 19) || length === 20) return Number.NaN;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':')
    return Number.NaN;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  const hour = digitsAt(value, 11, 13);
  const minute = digitsAt(value, 14, 16);
  let second = 0;
  let ms = 0;
  if (length > 16) {
    if (value[16] !== ':') return Number.NaN;
    second = digitsAt(value, 17, 19);
    if (length > 19) {
      if (value[19] !== '.' || digitsAt(value, 20, length) < 0) return Number.NaN;
      ms = Math.round(Number(`0.${value.slice(20)}`) * 1000);
    }
  }
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/**
 * An ISO 8601 date-time as an instant. One with an offset (`Z`, `+01:00`) is read as written;
 * one without (`2026-03-29T02:30`) is wall-clock time in `timeZone`, right across
 * daylight-saving changes (a time skipped by a spring-forward reads as the hour after).
 * Returns undefined for anything else.
 */
export function parseZonedDateTime(
  value: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date | undefined {
  const wall = localDateTime(value);
  if (Number.isNaN(wall)) {
    if (!value.includes('T') || isLocalForm(value)) return undefined;
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }
  // The zone's offset at a guess, then at the corrected instant (they differ only near a change).
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}
