import type { Lang } from './language.js';
import { zoneOffset } from './zone-offset.js';

/** The Belgian variants for nl and fr; British English for en (day-month order, 24 h clock). */
export const INTL_LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// Intl constructors are costly (tens of µs each); a widget formats hundreds of values per
// render, so every formatter is built once per options, language and zone. Callers pass
// module-constant options objects, so the first level is keyed by the object itself: a
// lookup serialises nothing and allocates nothing.
type PerLangAndZone = Map<Lang, Map<string, Intl.DateTimeFormat>>;
const dateFormatters = new WeakMap<Intl.DateTimeFormatOptions, PerLangAndZone>();

export function dateFormatter(
  lang: Lang,
  options: Intl.DateTimeFormatOptions,
  timeZone: string = DEFAULT_TIME_ZONE,
): Intl.DateTimeFormat {
  let perLang = dateFormatters.get(options);
  if (!perLang)
    dateFormatters.set(options, (perLang = new Map<Lang, Map<string, Intl.DateTimeFormat>>()));
  let perZone = perLang.get(lang);
  if (!perZone) perLang.set(lang, (perZone = new Map<string, Intl.DateTimeFormat>()));
  let formatter = perZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[lang], { ...options, timeZone });
    perZone.set(timeZone, formatter);
  }
  return formatter;
}

const NO_OPTIONS: Intl.NumberFormatOptions = {};
const numberFormatters = new WeakMap<Intl.NumberFormatOptions, Map<Lang, Intl.NumberFormat>>();

export function numberFormatter(
  lang: Lang,
  options: Intl.NumberFormatOptions = NO_OPTIONS,
): Intl.NumberFormat {
  let perLang = numberFormatters.get(options);
  if (!perLang) numberFormatters.set(options, (perLang = new Map<Lang, Intl.NumberFormat>()));
  let formatter = perLang.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALES[lang], options);
    perLang.set(lang, formatter);
  }
  return formatter;
}

/** `782208` → `782.208` (nl), `782 208` (fr), `782,208` (en). */
export function formatNumber(
  value: number,
  lang: Lang,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormatter(lang, options).format(value);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural form of `count` in `lang`: `one` for 1 in en and nl, for 0 and 1 in fr. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** True for a time zone name this browser knows (`Europe/Brussels`, `UTC`, …). */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = knownZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    knownZones.set(timeZone, valid);
  }
  return valid;
}

/**
 * A `time-zone` attribute as the zone to show date-times in: the name when the browser knows
 * it, else `fallback` (Europe/Brussels unless the feed names its own).
 */
export function resolveTimeZone(
  value: string | undefined,
  fallback: string = DEFAULT_TIME_ZONE,
): string {
  const zone = value?.trim();
  return zone && isValidTimeZone(zone) ? zone : fallback;
}
const knownZones = new Map<string, boolean>();

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A feed date: `2025-12-18` (a calendar day, the same everywhere) or an ISO 8601 date-time
 * (an instant). Returns undefined for anything the browser cannot read.
 */
export interface FeedDate {
  instant: Date;
  /** A calendar day without a time: format it in UTC so no time zone moves it to another day. */
  dateOnly: boolean;
}

export function parseFeedDate(value: string): FeedDate | undefined {
  const dateOnly = DATE_ONLY.test(value);
  const instant = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  return Number.isNaN(instant.getTime()) ? undefined : { instant, dateOnly };
}

/**
 * A feed date in the visitor's language: "18 december 2025", "18 décembre 2025",
 * "18 December 2025" with the default options. Date-times are shown in `timeZone`.
 */
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

export function formatFeedDate(
  date: FeedDate,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = LONG_DATE,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return dateFormatter(lang, options, date.dateOnly ? 'UTC' : timeZone).format(date.instant);
}

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

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

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
