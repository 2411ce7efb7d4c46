import type { Lang } from './language.js';
import { pickText, type LocalizedUrl } from './localized-text.js';

/** What a URL will be used for: links may also call or mail, images may only load over HTTP(S). */
export type UrlUse = 'link' | 'image';

const ALLOWED_PROTOCOLS: Record<UrlUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  image: new Set(['http:', 'https:']),
};

/**
 * The absolute URL to put in `href`/`src`, or `undefined` when the value must not reach the
 * DOM. Resolving with the URL parser first is what makes this safe: it strips the tabs,
 * newlines and control characters that hide `java\tscript:` and lower-cases the scheme, so
 * the allow-list sees exactly the protocol the browser would use. Lit does not do this for
 * us: it happily binds `href="javascript:…"`.
 *
 * @param base what relative URLs are relative to; for feed content that is the feed's own
 *   URL, so a feed can say `/nl/nieuws/x` and mean its own site, not the host page.
 */
export function safeUrl(
  value: unknown,
  use: UrlUse = 'link',
  base: string = document.baseURI,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS[use].has(url.protocol) ? url.href : undefined;
}

/**
 * The link a visitor reading `lang` opens: the feed's one address, or its address for that
 * language, else the next in the order texts fall back in (`pickText`), through `safeUrl`.
 * The address picked is used or dropped, never replaced by another language's: a link that
 * leads elsewhere than the text shown says is worse than no link.
 */
export function safeLink(
  value: LocalizedUrl | undefined,
  lang: Lang,
  base: string,
): string | undefined {
  return safeUrl(pickText(value, lang), 'link', base);
}
