// Serves the host pages the host-page tests load the drop-in bundle into (in an iframe):
// /test/pages/<name>.html is test/pages/widgets-body.html (the five widgets) inside the head
// of the page below, with the response headers a strict site would send. Each page says what
// differs; everything else is the same page.
// The pages load dist/, so it must be built and current: a stale bundle gets a 503 that says so.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS } from '../../scripts/registry.mjs';

const STRICT = "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";
const BUNDLE = '/dist/uzl-widgets.js';
const ELEMENT = '/dist/uzl-news-list.js';
const ONE_WIDGET = `<uzl-news-list id="news" src="/demo/data/news.json">
  <a class="fallback" href="https://www.uzleuven.be/en/news">UZ Leuven news</a>
</uzl-news-list>
`;

/**
 * The five widgets on feeds of their own (test/server/feed-faults.mjs, ids `<run>-<widget id>`,
 * `no-cache` so a last good copy may be kept), with the registry's example attributes; with
 * `persist=1` inside a `data-uzl-persist` block. For the loader's head start (started-early.test.ts).
 * @param {URLSearchParams} query
 */
function ownFeedsBody(query) {
  const run = (query.get('run') ?? 'run').replace(/[^\w-]/g, '');
  const tags = WIDGETS.map(
    (w) =>
      `<${w.tag} id="${w.id}" src="/__feeds/${run}-${w.id}?plan=ok&amp;file=demo/data/${w.feed.kind}.json&amp;cc=no-cache" ${w.example}>` +
      `<a class="fallback" href="https://www.uzleuven.be/en">${w.fallback.text.en}</a></${w.tag}>`,
  );
  return `<main${query.get('persist') === '1' ? ' data-uzl-persist' : ''}>\n${tags.join('\n')}\n</main>\n`;
}

/**
 * @type {Record<string, {title: string, lang?: string, csp?: string, body?: string | ((query: URLSearchParams) => string), styles?: string[], scripts: string[]}>}
 * `scripts` are module scripts, in order; probe.js (which records violations and errors) always comes first.
 */
const PAGES = {
  // The reference: no page CSS, no headers.
  'widgets.html': { title: 'Clean host page', scripts: [BUNDLE] },
  'strict-csp.html': { title: 'Strict CSP host page', csp: STRICT, scripts: [BUNDLE] },
  'trusted-types.html': {
    title: 'Trusted Types host page',
    csp: `${STRICT}; require-trusted-types-for 'script'`,
    scripts: [BUNDLE],
  },
  // !important resets on elements none of which can match the widget hosts.
  'aggressive-elements.html': {
    title: 'Aggressive element CSS',
    styles: ['aggressive-elements.css'],
    scripts: [BUNDLE],
  },
  // …plus a universal !important reset that matches the hosts themselves.
  'aggressive-css.html': {
    title: 'Aggressive global CSS',
    styles: ['aggressive-elements.css', 'aggressive-star.css'],
    scripts: [BUNDLE],
  },
  // The drop-in twice under one URL, a copy under another, then a per-element module.
  'twice.html': {
    title: 'Drop-in loaded twice',
    scripts: [BUNDLE, BUNDLE, `${BUNDLE}?copy=2`, ELEMENT],
  },
  'twice-element-first.html': {
    title: 'Per-element module before the drop-in',
    scripts: [ELEMENT, BUNDLE, `${BUNDLE}?copy=2`],
  },
  // A language the widgets do not support: they render in English.
  'lang-de.html': { title: 'German host page', lang: 'de', scripts: [BUNDLE] },
  // No bundle: probe.js imports it when the test posts 'uzl-load-bundle', so the fallback links show first.
  'deferred.html': { title: 'Bundle loaded late', scripts: [] },
  // The loader with one widget on the page, and with none (the test adds tags later).
  'one-widget.html': {
    title: 'One widget on the drop-in loader',
    body: ONE_WIDGET,
    scripts: [BUNDLE],
  },
  'own-feeds.html': {
    title: 'The five widgets on feeds of their own, on the drop-in loader',
    body: ownFeedsBody,
    scripts: [BUNDLE],
  },
  'no-widget.html': {
    title: 'No widget yet',
    body: '<main id="main"></main>\n',
    scripts: [BUNDLE],
  },
  // The loader from another origin, as from a CDN (`{other-origin}`: this server under the
  // other of localhost and 127.0.0.1, which sends Access-Control-Allow-Origin for /dist/).
  'cdn-origin.html': {
    title: 'Drop-in loader from another origin',
    scripts: [`{other-origin}${BUNDLE}`],
  },
};

/** @param {{ olderEngine?: boolean, otherOrigin?: string, query?: URLSearchParams }} options */
function pageHtml(
  page,
  { olderEngine = false, otherOrigin = '', query = new URLSearchParams() } = {},
) {
  const body =
    typeof page.body === 'function'
      ? page.body(query)
      : (page.body ?? readFileSync('test/pages/widgets-body.html', 'utf8'));
  return [
    '<!doctype html>',
    `<html lang="${page.lang ?? 'en'}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<title>${page.title}</title>`,
    // The legacy lane: the floor's missing features go before anything else runs.
    ...(olderEngine ? ['<script src="/test/floor/older-engine.js"></script>'] : []),
    '<script src="probe.js"></script>',
    ...(page.styles ?? []).map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...page.scripts.map(
      (src) =>
        `<script type="module" src="${src.replace('{other-origin}', otherOrigin)}"></script>`,
    ),
    '</head>',
    `<body>\n${body}</body>`,
    '</html>',
  ].join('\n');
}

/** Why dist/ cannot be served (missing, or older than src/), or '' when it is current. */
export function distProblem() {
  let built = 0;
  try {
    built = statSync('dist/uzl-widgets.js').mtimeMs;
  } catch {
    // not built at all
  }
  return built < newestMtime('src')
    ? 'dist/ is missing or older than src/: run `npm run build` first.'
    : '';
}

/**
 * Answers 503 with `distProblem()`'s reason when dist/ is stale, and says whether it did: a
 * test page built from an old dist/ would test the wrong code.
 */
export function refusedAsStale(ctx) {
  const problem = distProblem();
  if (!problem) return false;
  ctx.status = 503;
  ctx.type = 'text/plain';
  ctx.body = problem;
  return true;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * @param {{ olderEngine?: boolean }} [options] `olderEngine`: every page takes the floor's
 *   missing features away first (test/floor/older-engine.js), for the legacy lane.
 */
export function hostPages(options = {}) {
  return async function hostPagesMiddleware(ctx, next) {
    // dist/ as a CDN serves it: readable from any origin (a module script from another
    // origin, and the chunks it imports, are fetched in CORS mode).
    if (ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
    const problem = ctx.path.startsWith('/dist/') ? distProblem() : '';
    if (problem) {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = problem;
      return;
    }
    const name = /^\/test\/pages\/([\w.-]+\.html)$/.exec(ctx.path)?.[1];
    const page = name && Object.hasOwn(PAGES, name) ? PAGES[name] : undefined;
    if (!page) return next();
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    if (page.csp) ctx.set('Content-Security-Policy', page.csp);
    // The same server under the other name: another origin for the browser.
    const [hostname, port] = ctx.host.split(':');
    const other = hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    ctx.body = pageHtml(page, {
      ...options,
      otherOrigin: `${ctx.protocol}://${other}:${port}`,
      query: new URLSearchParams(ctx.querystring),
    });
  };
}
