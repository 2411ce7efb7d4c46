// Serves a host page whose widgets were rendered on the server, at request time, by
// @lit-labs/ssr from the built element modules (dist/uzl-*.js), as Astro's or Next.js's Lit
// integration would render them:
//
//   GET /test/ssr/widgets.html?run=<id>
//
// The five widgets on their demo feeds (the news list with `limit="3"`, through test/server/feed-faults.mjs, ids
// `ssr-<id>-<widget>`, answering after 400 ms so the upgraded elements spend a while loading),
// each with a fallback link, plus `#waiting`, a news list with neither `src` nor `data`. The page
// loads no element script: test/reliability/ssr-upgrade.test.ts asks test/pages/probe.js to
// import one once it watches the widgets, so it sees everything from the server's HTML on.
// Renders only from a current dist/ (503 otherwise), like test/server/host-pages.mjs.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WIDGETS as REGISTRY } from '../../scripts/registry.mjs';
import { refusedAsStale } from './host-pages.mjs';

const FEED_DELAY_MS = 400;

/**
 * The page's widgets, every one of the registry (src/widgets.ts) on its demo feed with its
 * example attributes, its id the prefix of its messages (`news`, `calendar` …), and one more
 * without a feed, waiting.
 */
const PAGE_WIDGETS = [
  ...REGISTRY.map((w) => ({
    id: w.messages,
    tag: w.tag,
    file: `demo/data/${w.feed.kind}.json`,
    attrs: w.example,
  })),
  { id: 'waiting', tag: REGISTRY[0].tag, file: '', attrs: '' },
];

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Loaded on first use: the Lit SSR runtime and our elements stay out of runs that never ask. */
let ssr;
async function loadSsr() {
  ssr ??= (async () => {
    const [{ render }, { collectResult }, { html, unsafeStatic }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
    ]);
    const tags = new Set(PAGE_WIDGETS.map((w) => w.tag));
    for (const tag of tags) await import(pathToFileURL(resolve('dist', `${tag}.js`)).href);
    return { render, collectResult, html, unsafeStatic };
  })();
  return ssr;
}

async function widgetsHtml(run) {
  const { render, collectResult, html, unsafeStatic } = await loadSsr();
  const parts = [];
  for (const { id, tag, file, attrs } of PAGE_WIDGETS) {
    const query = new URLSearchParams({ plan: 'ok', file, delay: String(FEED_DELAY_MS) });
    const src = file ? ` src="${escapeAttr(`/__feeds/ssr-${run}-${id}?${query}`)}"` : '';
    const open = unsafeStatic(`<${tag} id="${id}"${src} ${attrs}>`);
    const close = unsafeStatic(`</${tag}>`);
    const template = html`${open}<a class="fallback" href="https://www.uzleuven.be/nl"
        >UZ Leuven (${id})</a
      >${close}`;
    parts.push(await collectResult(render(template)));
  }
  return parts.join('\n');
}

/** @param {{ olderEngine?: boolean }} [options] the legacy lane: the floor's features go first. */
export function ssrPages({ olderEngine = false } = {}) {
  return async function ssrPagesMiddleware(ctx, next) {
    if (ctx.path !== '/test/ssr/widgets.html') return next();
    if (refusedAsStale(ctx)) return;
    const run = String(ctx.query.run ?? 'default').replace(/[^\w-]/g, '');
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = [
      '<!doctype html>',
      '<html lang="nl">',
      '<head>',
      '<meta charset="utf-8" />',
      '<title>Server-rendered widgets</title>',
      // The README's snippet: the stylesheet that holds an undefined tag's room.
      '<link rel="stylesheet" href="/dist/uzl-widgets.css" />',
      ...(olderEngine ? ['<script src="/test/floor/older-engine.js"></script>'] : []),
      '<script src="/test/pages/probe.js" data-frames></script>',
      '</head>',
      `<body>\n${await widgetsHtml(run)}\n</body>`,
      '</html>',
    ].join('\n');
  };
}
