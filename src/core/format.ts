import type { Lang } from './language.js';

/** The Belgian variants for nl and fr; British English for en (day-month order, 24 h clock). */
export const INTL_LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// Intl constructors are costly (tens of µs each); a widget formats hundreds of values per
// render, so every formatter is built once per language, options and zone.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

// Most callers pass the same options object every time (a module constant): looking it up by
// identity first spares a JSON.stringify per formatted date.
const formattersByOptions = new WeakMap<object, Map<string, Intl.DateTimeFormat>>();

export function dateFormatter(
  lang: Lang,
  options: Intl.DateTimeFormatOptions,
  timeZone: string = DEFAULT_TIME_ZONE,
): Intl.DateTimeFormat {
  let byOptions = formattersByOptions.get(options);
  if (!byOptions)
    formattersByOptions.set(options, (byOptions = new Map<string, Intl.DateTimeFormat>()));
  const short = `${lang}|${timeZone}`;
  let formatter = byOptions.get(short);
  if (!formatter) {
    const key = `${short}|${JSON.stringify(options)}`;
    formatter = dateFormatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(INTL_LOCALES[lang], { ...options, timeZone });
      dateFormatters.set(key, formatter);
    }
    byOptions.set(short, formatter);
  }
  return formatter;
}

export function numberFormatter(
  lang: Lang,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALES[lang], options);
    numberFormatters.set(key, formatter);
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

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

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
  const local = LOCAL_DATE_TIME.exec(value);
  if (!local) {
    const instant = value.includes('T') ? new Date(value) : undefined;
    return instant && !Number.isNaN(instant.getTime()) ? instant : undefined;
  }
  const [, y, mo, d, h, mi, s] = local.map<number>((part) => Number(part ?? 0));
  const ms = Math.round(Number(`0.${local[7] ?? 0}`) * 1000);
  const wall = Date.UTC(y!, mo! - 1, d, h, mi, s, ms);
  const check = new Date(wall);
  if (h! > 23 || mi! > 59 || s! > 59 || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d)
    return undefined;
  // The zone's offset at a guess, then at the corrected instant (they differ only near a change).
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

/** Milliseconds `timeZone`'s clocks are ahead of UTC at `instant`, asking Intl. */
function measuredOffset(instant: number, timeZone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of dateFormatter('en', WALL_CLOCK, timeZone).formatToParts(instant))
    parts[type] = value;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Milliseconds `timeZone` is ahead of UTC at `instant`. Today's zones change their offset
 * only on a quarter hour, so the answer is kept per zone and quarter hour (a calendar of
 * 5,000 events asks Intl a few hundred times, not ten thousand); a quarter hour whose two
 * ends disagree (a change of the 1800s at an odd minute) is asked each time.
 */
export function zoneOffset(instant: number, timeZone: string): number {
  let perZone = offsets.get(timeZone);
  if (!perZone) offsets.set(timeZone, (perZone = new Map<number, number>()));
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const known = perZone.get(quarter);
  if (known !== undefined) return known;
  const offset = measuredOffset(quarter * QUARTER_HOUR, timeZone);
  if (offset !== measuredOffset((quarter + 1) * QUARTER_HOUR - 1, timeZone))
    return measuredOffset(instant, timeZone);
  perZone.set(quarter, offset);
  return offset;
}
