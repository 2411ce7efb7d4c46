/**
 * What is valid but probably not what the feed's editor meant: a text missing in one of the
 * three languages, an image without its size, an address a widget will not link to, a date
 * decades away. None of these hides an item; the command lists them as warnings.
 */
import type { Lang } from '../core/language.js';
import { pickText, type LocalizedText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import type { JsonSchema } from '../core/schema-validator.js';
import { pathText } from '../core/validation-issue.js';
import { listWords, shown, type Finding } from './plain-messages.js';
import { walkFeed, type Visit } from './schema-nodes.js';

const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Dutch', en: 'English', fr: 'French' };
const LANGUAGES: readonly Lang[] = ['nl', 'en', 'fr'];

/** How far from today a date may be before it looks like a typing mistake. */
export const FAR_PAST_YEARS = 20;
export const FAR_FUTURE_YEARS = 2;

export interface WarningOptions {
  /** The items a widget skips, their paths written out: nothing inside them is worth a warning. */
  skipped: ReadonlySet<string>;
  /** What relative URLs are relative to: the feed's own URL. */
  base: string;
  /** Today, `YYYY-MM-DD`, for the dates far away. */
  today: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A text or a link's address given per language that lacks one of nl, en and fr, and what those
 * visitors get instead.
 */
function missingLanguages(
  value: Record<string, unknown>,
  noun: 'text' | 'address',
): string | undefined {
  const missing = LANGUAGES.filter((lang) => typeof value[lang] !== 'string' || value[lang] === '');
  if (missing.length === 0 || missing.length === LANGUAGES.length) return undefined;
  // Which language each of them falls back to, chosen by the widgets' own pickText: given each
  // present language's code as its text, it answers with the code of the one it would show.
  const codesAsText: LocalizedText = Object.fromEntries(
    LANGUAGES.filter((lang) => !missing.includes(lang)).map((lang) => [lang, lang]),
  );
  const bySource = new Map<Lang, string[]>();
  for (const lang of missing) {
    const from = pickText(codesAsText, lang) as Lang;
    bySource.set(from, [...(bySource.get(from) ?? []), LANGUAGE_NAMES[lang]]);
  }
  const get = noun === 'text' ? 'show' : 'link to';
  const fallbacks = [...bySource].map(
    ([from, pages]) => `${listWords(pages)} pages ${get} the ${LANGUAGE_NAMES[from]} ${noun}`,
  );
  const codes = missing.map((lang) => `${LANGUAGE_NAMES[lang]} (${lang})`);
  return `no ${listWords(codes, 'or')} ${noun}; ${listWords(fallbacks)}`;
}

/** The day a date or date-time names (its first ten characters), as UTC milliseconds. */
function dayOf(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const time = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!);
  return Number.isNaN(time) ? undefined : time;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function farAway(value: string, today: string): string | undefined {
  const day = dayOf(value);
  const now = dayOf(today);
  if (day === undefined || now === undefined) return undefined;
  const years = (day - now) / YEAR_MS;
  if (years < -FAR_PAST_YEARS)
    return `${shown(value, true)} is more than ${FAR_PAST_YEARS} years ago: is the year right?`;
  if (years > FAR_FUTURE_YEARS)
    return `${shown(value, true)} is more than ${FAR_FUTURE_YEARS} years from now: is the year right?`;
  return undefined;
}

/** The warnings about one value, by the `$defs` name of its schema. */
function warningsAt(at: Visit, options: WarningOptions): string[] {
  const { value, node, parent } = at;
  const found: string[] = [];
  switch (node.def) {
    case 'text':
      if (isPlainObject(value)) {
        const missing = missingLanguages(value, 'text');
        if (missing) found.push(missing);
      }
      break;
    case 'image': {
      // Only where the schema lets a feed give the size (news images) is leaving it out a choice.
      // The news list shows images in a box of its own shape, so a missing size moves nothing
      // there; the browser still learns the image's shape only once it has loaded it.
      const sized = node.schema.properties?.['width'] && node.schema.properties['height'];
      if (
        sized &&
        isPlainObject(value) &&
        (value['width'] === undefined || value['height'] === undefined)
      )
        found.push(
          "no width and height (the image file's size in pixels): the browser learns the image's shape only once it has loaded it",
        );
      break;
    }
    case 'link':
    case 'url':
      if (node.def === 'link' && isPlainObject(value)) {
        // An address per language: each of them is visited on its own, as a url.
        const missing = missingLanguages(value, 'address');
        if (missing) found.push(missing);
      } else if (typeof value === 'string' && value !== '') {
        const use = parent?.def === 'image' ? 'image' : 'link';
        if (!safeUrl(value, use, options.base))
          found.push(
            use === 'image'
              ? `${shown(value, true)} is not shown: an image must be an http: or https: address`
              : `${shown(value, true)} is not linked: a link must be an http:, https:, mailto: or tel: address`,
          );
      }
      break;
    case 'date':
    case 'dateTime':
      if (typeof value === 'string') {
        const far = farAway(value, options.today);
        if (far) found.push(far);
      }
      break;
  }
  return found;
}

/** Every warning about `feed`, outside the items a widget skips. */
export function feedWarnings(root: JsonSchema, feed: unknown, options: WarningOptions): Finding[] {
  const warnings: Finding[] = [];
  walkFeed(root, feed, (at) => {
    if (options.skipped.has(pathText(at.path))) return false;
    for (const message of warningsAt(at, options)) warnings.push({ path: at.path, message });
    return true;
  });
  return warnings;
}
