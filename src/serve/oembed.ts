/**
 * `GET /oembed?url=<embed page URL>&format=json[&maxwidth=&maxheight=]`: the oEmbed 1.0 `rich`
 * answer for one of this service's embed pages (https://oembed.com/, sections 2.2 to 2.4).
 * Its `html` is exactly a blockquote with a link, then the frame, in that order: WordPress keeps
 * nothing else of it, and loads its resizing script (wp-embed.js) only when the blockquote is
 * there. The frame is as wide as the consumer allows (500 px when it says nothing) and as high
 * as the widget's reserved room (the registry's `room`), within `maxheight`; the page then tells
 * its parent its real height.
 *
 * 404 when `url` is not this service's embed page, 501 for a format other than JSON (WordPress
 * then asks for XML, and takes the 501 as the end), 400 for any other bad parameter.
 */
import { embedTitle } from './embed-html.js';
import type { ServiceContext } from './embed-page.js';
import { readEmbedQuery } from './embed-params.js';
import { escapeHtml as esc } from './escape-html.js';
import { problemText, respond } from './responses.js';

/** The frame's width when the consumer gives no `maxwidth` (the width `room` was measured at). */
export const DEFAULT_WIDTH = 500;

/** How long a consumer may keep the answer, in seconds (a day: it changes only with a release). */
const CACHE_AGE = 86400;

export function oembedResponse(query: URLSearchParams, context: ServiceContext): Response {
  const { base, origins, manifest } = context;
  const url = query.get('url');
  if (!url) return problemText(400, 'Give the embed page: url=<URL>.');
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return problemText(501, `Only format=json is served, not "${format}".`);
  const max = { width: query.get('maxwidth'), height: query.get('maxheight') };
  for (const [side, value] of Object.entries(max))
    if (value !== null && !/^[1-9][0-9]{0,5}$/.test(value))
      return problemText(400, `max${side} must be a whole number of pixels, not "${value}".`);

  let pageUrl: URL;
  try {
    pageUrl = new URL(url);
  } catch {
    return problemText(400, `url must be an absolute URL, not "${url}".`);
  }
  const embedPath = new URL('embed', base);
  if (pageUrl.origin !== embedPath.origin || pageUrl.pathname !== embedPath.pathname)
    return problemText(
      404,
      `${pageUrl.origin}${pageUrl.pathname} is not this service's embed page.`,
    );
  const embed = readEmbedQuery(pageUrl, origins, manifest);
  if (!embed.ok) return problemText(400, embed.problem);

  const title = embedTitle(embed.params);
  const width = max.width ? Number(max.width) : DEFAULT_WIDTH;
  const room = embed.params.widget.room;
  const height = max.height ? Math.min(room, Number(max.height)) : room;
  const href = esc(pageUrl.href);
  const html =
    `<blockquote><a href="${href}">${esc(title)}</a></blockquote>` +
    `<iframe src="${href}" width="${width}" height="${height}" title="${esc(title)}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  const answer = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'UZ Leuven',
    provider_url: base,
    html,
    width,
    height,
    cache_age: CACHE_AGE,
  };
  return respond(JSON.stringify(answer), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': `public, max-age=${CACHE_AGE}`,
  });
}
