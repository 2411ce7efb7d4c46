// The embed page as the browser tests frame it (test/embed/), with test/pages/embed-probe.js
// first in it, so a test can ask even a sandboxed frame what it shows.
//
//   /test/embed/static.html?widget=…&src=…   the static page (dist/embed.html) as built: its
//                                            script builds the tag from the query
//   /test/embed/embed?widget=…&…             the service's own page: dist/serve.js's handler,
//   /test/embed/oembed?…, /test/embed/go?…   the one `uzl-widgets serve` runs, with its base at
//   /test/embed/<dist file>                  /test/embed/ on this server, allowing this server's
//                                            origin (where the tests' feeds and links are)
// Only paths the handler answers go to it (embed, oembed, go and files that are in dist/), so
// the test files beside them (test/embed/*.ts) are still served as they are.
/* global Headers, Request */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { refusedAsStale } from './host-pages.mjs';

const BASE_PATH = '/test/embed/';
const PROBE = '<script src="/test/pages/embed-probe.js"></script>';
const OLDER_ENGINE = '<script src="/test/floor/older-engine.js"></script>';

/** A built file by its path inside dist/ (the handler has refused `..` and hidden names). */
function readBuilt(path) {
  try {
    return new Uint8Array(readFileSync(join('dist', path)));
  } catch {
    return undefined; // missing, or a folder
  }
}

/** @type {Promise<typeof import('../../dist/serve.js')> | undefined} */
let serveModule;
/** The handler for each origin the tests reach this server by (127.0.0.1 and localhost). */
const handlers = new Map();

/** The service's handler with its base on this server at `origin`, built from dist/ once. */
async function handlerFor(origin) {
  let handler = handlers.get(origin);
  if (!handler) {
    serveModule ??= import(pathToFileURL(resolve('dist/serve.js')).href);
    const { createHandler, manifestAttributes } = await serveModule;
    handler = createHandler({
      baseUrl: `${origin}${BASE_PATH}`,
      allow: [origin],
      readFile: readBuilt,
      attributes: manifestAttributes(JSON.parse(readFileSync('custom-elements.json', 'utf8'))),
    });
    handlers.set(origin, handler);
  }
  return handler;
}

/** Koa's request as a web-standard Request (GET and HEAD only reach here: no body). */
function toRequest(ctx) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.headers))
    for (const one of [value ?? []].flat()) headers.append(name, one);
  return new Request(ctx.href, { method: ctx.method, headers });
}

/** Writes a web-standard Response onto Koa's ctx: status, headers, then the body as bytes. */
async function toKoa(response, ctx, rewriteHtml) {
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  const bytes = Buffer.from(await response.arrayBuffer());
  // A Buffer, never null: Koa turns a null body into 204, even after a 303.
  ctx.body = rewriteHtml ? rewriteHtml(bytes.toString('utf8')) : bytes;
}

/** Whether `path` (below /test/embed/) is one the service answers rather than a test file. */
const servicePath = (path) =>
  ['embed', 'oembed', 'go'].includes(path) ||
  (!path.includes('..') && existsSync(join('dist', path)));

/** @param {{ olderEngine?: boolean }} [options] the legacy lane: the floor's missing features go first. */
export function embedPages({ olderEngine = false } = {}) {
  const first = `${olderEngine ? OLDER_ENGINE : ''}${PROBE}`;
  return async function embedPagesMiddleware(ctx, next) {
    if (!ctx.path.startsWith(BASE_PATH)) return next();
    const path = ctx.path.slice(BASE_PATH.length);
    if (path !== 'static.html' && !servicePath(path)) return next();
    if (refusedAsStale(ctx)) return;
    if (path === 'static.html') {
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = readFileSync('dist/embed.html', 'utf8')
        .replace('src="uzl-embed.js"', 'src="/dist/uzl-embed.js"')
        .replace('<meta charset="utf-8" />', `$&${first}`);
      return;
    }
    const response = await (await handlerFor(ctx.origin))(toRequest(ctx));
    // The service's page carries one module script and no hook for a test's; the probe goes in
    // here, first in <head>, as a classic script that runs before it. The page's CSP
    // (`script-src 'self'`) lets it load, since this server is the service's own origin; the
    // page is otherwise exactly as the service wrote it, headers included.
    const probed = (html) => html.replace('<meta charset="utf-8">', `$&${first}`);
    await toKoa(response, ctx, path === 'embed' && response.ok ? probed : undefined);
  };
}
