/**
 * `GET /embed?…`: the embed page, or a 400 page saying why there is none. Its CSP lets the page
 * load scripts and styles only from the service, the inline style only by its hash, and data
 * only from the allowed origins; it has no `frame-ancestors`: the page is meant to be framed.
 */
import { embedHtml } from './embed-html.js';
import { readEmbedQuery } from './embed-params.js';
import { embedStyle } from './embed-style.js';
import type { ManifestAttributes } from './manifest.js';
import type { Origins } from './origins.js';
import { problemPage, respond, SHORT_CACHE } from './responses.js';

export interface ServiceContext {
  /** The service's public base URL, ending in `/`. */
  readonly base: string;
  readonly origins: Origins;
  readonly manifest: ManifestAttributes;
}

export async function embedPageResponse(
  search: string,
  context: ServiceContext,
): Promise<Response> {
  const { base, origins, manifest } = context;
  const pageUrl = new URL(`embed${search}`, base);
  const query = readEmbedQuery(pageUrl, origins, manifest);
  if (!query.ok) return problemPage(400, 'This embed cannot be shown', query.problem);
  const style = await embedStyle(query.params.theme);
  const csp = [
    "default-src 'none'",
    // The service's origin by name as well as 'self': WebKit matches 'self' against the
    // document's origin, which in WordPress's sandboxed frame is opaque, and so would refuse
    // the page's own script (found by test/embed/ in WebKit with this page).
    `script-src 'self' ${new URL(base).origin}`,
    `connect-src 'self' ${origins.list.join(' ')}`,
    "img-src 'self' https: data:",
    `style-src 'self' '${style.hash}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return respond(embedHtml({ params: query.params, pageUrl, base, style }), 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'Cache-Control': SHORT_CACHE,
  });
}
