import type { Lang } from './language.js';

/** The Belgian variants for nl and fr; British English for en (day-month order, 24 h clock). */
export const INTL_LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// Intl constructors are costly (tens of µs each); a widget formats hundreds of values per
// render, so every formatter is built once per options, language and zone. Callers pass
// module-constant options objects, so the first level is keyed by the object itself: a
// lookup serialises nothing and allocates nothing.
type PerLangAndZone = Map<Lang, Map<string, Intl.DateTimeFormat>>;
const dateFormatters = new WeakMap<Intl.DateTimeFormatOptions, PerLangAndZone>();

/** The date formatter for `options` in `lang` and `timeZone`, built once and kept. */
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

/** The number formatter for `options` in `lang`, built once and kept. */
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

/**
 * A count in words, as the page's language says it: "1 publication", "12 events", "0 activité"
 * (French counts 0 as one). `count` is formatted in the page's style ("1.204" in nl) and handed
 * to `one` or `other` by its plural form. The two are the caller's own `msg()` calls, which
 * `lit-localize extract` can only find written out where they are used.
 */
export function countText(
  count: number,
  lang: Lang,
  one: (n: string) => string,
  other: (n: string) => string,
): string {
  const n = formatNumber(count, lang);
  return pluralCategory(count, lang) === 'one' ? one(n) : other(n);
}

const knownZones = new Map<string, boolean>();

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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A feed date read: the instant, and whether the feed gave a calendar day without a time. */
export interface FeedDate {
  instant: Date;
  /** A calendar day without a time: format it in UTC so no time zone moves it to another day. */
  dateOnly: boolean;
}

/**
 * A feed date: `2025-12-18` (a calendar day, the same everywhere) or an ISO 8601 date-time
 * (an instant). Returns undefined for anything the browser cannot read.
 */
export function parseFeedDate(value: string): FeedDate | undefined {
  const dateOnly = DATE_ONLY.test(value);
  const instant = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  return Number.isNaN(instant.getTime()) ? undefined : { instant, dateOnly };
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * A feed date in the visitor's language: "18 december 2025", "18 décembre 2025",
 * "18 December 2025" with the default options. Date-times are shown in `timeZone`.
 */
export function formatFeedDate(
  date: FeedDate,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = LONG_DATE,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return dateFormatter(lang, options, date.dateOnly ? 'UTC' : timeZone).format(date.instant);
}
