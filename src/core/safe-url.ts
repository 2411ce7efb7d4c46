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
