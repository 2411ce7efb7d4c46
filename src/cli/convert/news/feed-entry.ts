/**
 * One input read, whatever its format: its items as the widgets need them (plain texts, a day,
 * absolute http(s) links), before the languages are merged. The RSS, Atom and JSON Feed readers
 * fill it, with what they share: links made absolute and kept only when http(s), and titles and
 * summaries made plain.
 */
import { htmlToText, oneLine, plainText } from '../html-text.js';
import { shortSummary } from './summary-length.js';

export interface EntryImage {
  src: string;
  /** A description the feed gives of the image itself (media:description, media:title). */
  alt?: string;
  width?: number;
  height?: number;
}

export interface FeedEntry {
  /** The feed's own id (guid, Atom id, JSON Feed id), as written. */
  id?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  title?: string;
  summary?: string;
  url?: string;
  image?: EntryImage;
}

export type FeedFormat = 'RSS 2.0' | 'Atom 1.0' | 'JSON Feed 1.1' | 'JSON Feed 1.0';

export interface FeedRead {
  format: FeedFormat;
  /** The language tag the feed gives itself, if any. */
  declaredLang?: string;
  /** The site's home page, absolute. */
  homePage?: string;
  entries: FeedEntry[];
  /** What was left out and why, one line each. */
  notes: string[];
}

/** A URL resolved against `base`, or undefined when it is none. */
export function resolved(value: string | undefined | null, base: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

const isWeb = (url: string) => /^https?:$/.test(new URL(url).protocol);

/**
 * A link or image address the widgets may use: absolute and http(s). Anything else
 * (`javascript:`, `data:`, a relative address with no web base) is left out with a note, so the
 * feed's editor sees it rather than the widget silently dropping it.
 */
export function webUrl(
  value: string | undefined | null,
  base: string,
  what: string,
  notes: string[],
): string | undefined {
  if (!value?.trim()) return undefined;
  const url = resolved(value, base);
  if (url && isWeb(url)) return url;
  notes.push(`${what} "${value.trim().slice(0, 80)}" is not an http(s) address: left out`);
  return undefined;
}

/** A base to resolve relative links against: the first candidate that is a web address. */
export function webBase(candidates: (string | undefined)[], fallback: string): string {
  for (const candidate of candidates)
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  return fallback;
}

export type TextKind = 'text' | 'html';

/** A title, plain and on one line. */
export const titleText = (value: string | undefined, kind: TextKind): string | undefined => {
  const text =
    value === undefined ? '' : oneLine(kind === 'html' ? htmlToText(value) : plainText(value));
  return text || undefined;
};

/** A summary, plain and short; none when it only repeats the title. */
export function summaryText(
  value: string | undefined,
  kind: TextKind,
  title: string | undefined,
): string | undefined {
  if (!value?.trim()) return undefined;
  const text = shortSummary(kind === 'html' ? htmlToText(value) : plainText(value));
  return text && text !== title ? text : undefined;
}

/** A positive whole number of pixels, or undefined. */
export function pixels(value: string | number | undefined | null): number | undefined {
  const n = typeof value === 'number' ? value : Number(value?.trim() || Number.NaN);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** `image/jpeg`, or no type and a name that ends like an image's. */
export const looksLikeImage = (type: string | undefined | null, url: string | undefined | null) =>
  type
    ? /^image\//i.test(type.trim())
    : /\.(?:avif|gif|jpe?g|png|webp)(?:[?#].*)?$/i.test(url ?? '');
