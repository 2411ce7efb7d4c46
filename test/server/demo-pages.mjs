// Serves the demo's pages (demo/*.html) to the browser tests as `npm start` serves them,
// with one difference in the legacy lane: test/floor/older-engine.js goes first in the head,
// so the page is the older engine too, not only the test's own page (as host-pages.mjs does).
// In other lanes the file is left to the dev server's static handler.
import { readFile } from 'node:fs/promises';

/** @param {{ olderEngine?: boolean }} [options] */
export function demoPages({ olderEngine = false } = {}) {
  return async function demoPagesMiddleware(ctx, next) {
    const name = /^\/demo\/([\w-]+\.html)$/.exec(ctx.path)?.[1];
    if (!olderEngine || !name) return next();
    let html;
    try {
      html = await readFile(`demo/${name}`, 'utf8');
    } catch {
      return next();
    }
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = html.replace(
      /<head>/i,
      '<head>\n    <script src="/test/floor/older-engine.js"></script>',
    );
  };
}
