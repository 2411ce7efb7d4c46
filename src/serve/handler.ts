/**
 * The embed service as one web-standard function, `Request` → `Response`: the embed page
 * (`/embed`), the oEmbed provider (`/oembed`), the redirect for sandboxed links (`/go`) and the
 * built files. It keeps no state and fetches nothing, so it runs wherever such functions run
 * (the `uzl-widgets serve` command on Node; Deno, Bun, Cloudflare Workers, a service worker…)
 * and as many times over as the load asks.
 */
import { embedPageResponse, type ServiceContext } from './embed-page.js';
import type { ManifestAttributes } from './manifest.js';
import { oembedResponse } from './oembed.js';
import { Origins } from './origins.js';
import { redirectResponse } from './redirect.js';
import { problemText, respond } from './responses.js';
import { staticResponse, type ReadFile } from './static-files.js';

export interface HandlerOptions {
  /** The service's public URL (`https://embed.example.org/` or `…/widgets/`): the URLs it writes start with it. */
  readonly baseUrl: string;
  /** The origins of the feeds and of the pages their links lead to (`https://www.uzleuven.be`). */
  readonly allow: readonly string[];
  /** Reads one of the package's built files (dist/) by its path there. */
  readonly readFile: ReadFile;
  /** Each tag's attributes, from custom-elements.json (`manifestAttributes`). */
  readonly attributes: ManifestAttributes;
}

/**
 * The handler. Requests are matched below the base URL's path, whatever their host (a proxy in
 * front may rewrite it).
 *
 * @throws when `baseUrl` or an `allow` entry is not an http(s) URL or origin.
 */
export function createHandler(options: HandlerOptions): (request: Request) => Promise<Response> {
  const baseUrl = new URL(options.baseUrl);
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:')
    throw new Error(`the base URL must be http or https, not "${options.baseUrl}"`);
  if (!baseUrl.pathname.endsWith('/')) baseUrl.pathname += '/';
  baseUrl.search = '';
  baseUrl.hash = '';
  const context: ServiceContext = {
    base: baseUrl.href,
    origins: new Origins(options.allow, baseUrl.origin),
    manifest: options.attributes,
  };
  const prefix = baseUrl.pathname;

  const route = async (url: URL): Promise<Response> => {
    if (!url.pathname.startsWith(prefix)) return problemText(404, 'Not found');
    const path = url.pathname.slice(prefix.length);
    if (path === 'embed') return embedPageResponse(url.search, context);
    if (path === 'oembed') return oembedResponse(url.searchParams, context);
    if (path === 'go') return redirectResponse(url.searchParams, context.origins);
    return staticResponse(path, options.readFile);
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return respond('Only GET and HEAD\n', 405, {
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
      });
    let response: Response;
    try {
      response = await route(new URL(request.url));
    } catch (error) {
      // A file that cannot be read, say: the visitor gets a 500, the operator the reason.
      console.error('uzl-widgets serve:', error);
      response = problemText(500, 'Something went wrong on the server');
    }
    return request.method === 'HEAD'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  };
}
