import type { Lang } from './language.js';

/**
 * Any text a visitor reads in a feed: one string for every language, or one string per
 * language. Matches `$defs/text` in every `schemas/*.schema.json`.
 */
export type LocalizedText = string | Partial<Record<Lang, string>>;

// The fallback chain after the visitor's own language, as README.md promises under "Feeds and
// their schemas".
const FALLBACK_ORDER: readonly Lang[] = ['en', 'nl', 'fr'];

/**
 * The text to show in `lang`: that language, else en, else nl, else fr, else any
 * language present. Returns '' when there is no text at all, so callers can test it.
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const candidate of [lang, ...FALLBACK_ORDER]) {
    const value = text[candidate];
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const value of Object.values(text)) {
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}
