import { toSupportedLang, type Lang } from './language.js';

/**
 * Any text a visitor reads in a feed: one string for every language, or one string per
 * language. Matches `$defs/text` in every `schemas/*.schema.json`.
 */
export type LocalizedText = string | Partial<Record<Lang, string>>;

/**
 * A link's address in a feed: one for every language, or one per language where the
 * languages' pages differ. Picked like a text (`safeLink` in `safe-url.ts`). Matches
 * `$defs/link` in `schemas/news.schema.json` and `schemas/ai-publications.schema.json`.
 */
export type LocalizedUrl = string | Partial<Record<Lang, string>>;

/** Feed text as a widget shows it: the text, and the `lang` attribute of the element that holds it. */
export interface PickedText {
  text: string;
  /**
   * The language `text` is in when it is not the widget's (the fallback chain found no text in
   * the widget's language), so a screen reader reads it with the right voice (WCAG 3.1.2).
   * Undefined when the text is in the widget's language, or is a plain string, which the feed
   * gives for every language alike: the element then inherits the widget's language.
   */
  lang: string | undefined;
}

// The fallback chain after the visitor's own language, as README.md promises under "Feeds and
// their schemas".
const FALLBACK_ORDER: readonly Lang[] = ['en', 'nl', 'fr'];

// The whole chain per language, built once: feed text is picked for every item on every render.
const chain = (lang: Lang): readonly Lang[] => [lang, ...FALLBACK_ORDER.filter((l) => l !== lang)];
const CHAINS: Record<Lang, readonly Lang[]> = { nl: chain('nl'), en: chain('en'), fr: chain('fr') };

/**
 * The `lang` attribute for text in the language `tag` (a BCP 47 tag) inside a widget speaking
 * `lang`: `tag` when it is another language, undefined when it is the widget's own (`en-GB` in
 * an English widget) or unknown. Bind it with `ifDefined`, so a matching text carries none.
 */
export function langAttribute(tag: string | undefined, lang: Lang): string | undefined {
  return tag && toSupportedLang(tag) !== lang ? tag : undefined;
}

/**
 * The text to show in `lang` (that language, else en, else nl, else fr, else any language
 * present) and, when it is in another language, which one. `text` is '' when there is no text
 * at all, so callers can test it.
 */
export function pickLocalized(text: LocalizedText | undefined, lang: Lang): PickedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  for (const candidate of CHAINS[lang]) {
    const value = text[candidate];
    if (typeof value === 'string' && value !== '') {
      return { text: value, lang: candidate === lang ? undefined : candidate };
    }
  }
  // Any other language present (a feed validated by its schema has no other).
  for (const [tag, value] of Object.entries(text)) {
    if (typeof value === 'string' && value !== '')
      return { text: value, lang: langAttribute(tag, lang) };
  }
  return { text: '', lang: undefined };
}

/** The text to show in `lang`, as `pickLocalized` picks it, where no element carries it (a file, an attribute). */
export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  return pickLocalized(text, lang).text;
}
