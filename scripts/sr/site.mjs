// The screen-reader lane's web server on a loopback port: the built widgets (dist/) and one
// page per widget, language and state, with feeds that do not depend on today (the demo feeds,
// the calendar on a fixed `month=`; the empty-state fixtures; a feed that fails with 500; one
// that never answers, for the loading state, until the server closes).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** How long a ready feed takes: after the page's load, which Orca announces. */
const SLOW_MS = 1500;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Each widget's tag, feed kind, empty fixture and the attributes its journeys use. */
export const WIDGETS = {
  'news-list': { kind: 'news', empty: 'news/valid-minimal-empty-items.json' },
  'event-calendar': { kind: 'events', empty: 'events/valid-minimal-empty-events.json' },
  'campus-card': { kind: 'campuses', empty: 'campuses/valid-minimal-empty-campuses.json' },
  'stats-counter': { kind: 'stats', empty: 'stats/valid-minimal-empty-stats.json' },
  'ai-publications': {
    kind: 'ai-publications',
    empty: 'ai-publications/valid-minimal-empty-arrays.json',
  },
};

/** @typedef {'ready' | 'loading' | 'error' | 'empty'} PageState */

/**
 * A page with its own heading and one widget. Its title names it (the AT-SPI snapshot finds the document by it).
 * @param {{ widget: string, lang: string, state: PageState, attrs: string, width?: number }} page
 */
function pageHtml({ widget, lang, state, attrs, width }) {
  const { kind } = WIDGETS[/** @type {keyof typeof WIDGETS} */ (widget)];
  // A ready feed comes a moment after the page has loaded, as a real feed does: what the
  // widget does then (render, update) happens while Orca already reads the page.
  const src = `/feeds/${state === 'ready' ? 'slow' : state}/${kind}.json`;
  const style = width ? `<style>body{margin:0;width:${width}px}</style>` : '';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <meta name="google" content="notranslate" />
    <title>${pageTitle(widget, lang, state)}</title>${style}
    <script type="module" src="/dist/uzl-widgets.js"></script>
  </head>
  <body>
    <h1>${widget}</h1>
    <uzl-${widget} src="${src}" ${attrs}></uzl-${widget}>
  </body>
</html>
`;
}

/** The page's title, which is also its document's accessible name. */
export const pageTitle = (widget, lang, state) => `uzl ${widget} ${lang} ${state}`;

/**
 * Starts the server; resolves to its origin and a close that also ends the hanging responses.
 * @param {string} root the repository
 * @returns {Promise<{ origin: string, pageUrl: (page: { widget: string, lang: string, state?: PageState, attrs?: string, width?: number, hash?: string }) => string, close: () => Promise<void> }>}
 */
export async function startSite(root) {
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (/** @type {number} */ status, /** @type {string} */ type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/start')
      return send(200, 'text/html', '<!doctype html><title>start</title><p>start</p>');
    if (url.pathname === '/page') {
      const q = url.searchParams;
      send(
        200,
        'text/html; charset=utf-8',
        pageHtml({
          widget: q.get('widget') ?? '',
          lang: q.get('lang') ?? 'en',
          state: /** @type {PageState} */ (q.get('state') ?? 'ready'),
          attrs: q.get('attrs') ?? '',
          width: Number(q.get('width')) || undefined,
        }),
      );
      return;
    }
    const feed = /^\/feeds\/(?:(loading|error|empty|slow)\/)?([a-z-]+)\.json$/.exec(url.pathname);
    if (feed) {
      const [, state, kind] = feed;
      const widget = Object.values(WIDGETS).find((w) => w.kind === kind);
      if (!widget) return send(404, 'text/plain', 'no such feed');
      if (state === 'loading') return void hanging.add(response);
      if (state === 'error') return send(500, 'text/plain', 'server error');
      if (state === 'slow') {
        const file = join(root, 'demo', 'data', `${kind}.json`);
        return void setTimeout(() => send(200, 'application/json', readFileSync(file)), SLOW_MS);
      }
      const file =
        state === 'empty'
          ? join(root, 'test', 'fixtures', 'feeds', widget.empty)
          : join(root, 'demo', 'data', `${kind}.json`);
      return send(200, 'application/json', readFileSync(file));
    }
    const file = normalize(join(root, url.pathname));
    if (
      !url.pathname.startsWith('/dist/') ||
      !file.startsWith(join(root, 'dist')) ||
      !existsSync(file)
    )
      return send(404, 'text/plain', 'not found');
    send(
      200,
      TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      readFileSync(file),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pageUrl: ({ widget, lang, state = 'ready', attrs = '', width, hash = '' }) =>
      `${origin}/page?${new URLSearchParams({ widget, lang, state, attrs, ...(width ? { width: String(width) } : {}) })}${hash}`,
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
