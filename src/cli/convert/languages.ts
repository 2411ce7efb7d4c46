/**
 * The language of each input, and texts per language, for all converters: one input per
 * language is merged into one multilingual feed whose texts are `{ nl, en, fr }` objects.
 */
import {
  ConvertError,
  LANGS,
  type ConvertOptions,
  type Lang,
  type SourceText,
} from './convert-types.js';

/** Texts of one thing in the languages it was found in. */
export type PerLang<T> = Partial<Record<Lang, T>>;

/** `nl`, `nl-BE`, `fr_BE`, `EN-gb` → the language, when it is one of the widgets' three. */
export function langOfTag(tag: string | undefined | null): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/**
 * An input's language: its `nl:` prefix, else what the feed says (`declared`, a language tag),
 * else --lang. With none of them the input cannot be placed in a multilingual feed.
 */
export function inputLang(
  input: SourceText,
  declared: string | undefined | null,
  options: Pick<ConvertOptions, 'lang'>,
): Lang {
  const lang = input.spec.lang ?? langOfTag(declared) ?? options.lang;
  if (lang) return lang;
  const said = declared ? ` (it says "${declared}")` : '';
  throw new ConvertError(
    `${input.spec.given}: say its language${said}: put nl:, en: or fr: before it, or give --lang`,
  );
}

/** A text of the feed: the non-empty texts per language, in the widgets' order. */
export function localized(texts: PerLang<string | undefined>): PerLang<string> | undefined {
  const out: PerLang<string> = {};
  for (const lang of LANGS) {
    const text = texts[lang]?.trim();
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
