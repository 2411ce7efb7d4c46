// The embed page as the browser tests frame it (test/embed/): dist/embed.html with
// test/pages/embed-probe.js first in it, so a test can ask even a sandboxed frame what it shows.
//
//   /test/embed/static.html?widget=…&src=…   the static page (dist/embed.html) as built: its
//                                            script builds the tag from the query
//   /test/embed/served.html?widget=…&…       the page as `uzl-widgets serve` renders it (the
//                                            design in EMBED-DESIGN.md): the tag and its
//                                            attributes already in it, the fallback link
//                                            (`more=`) inside, <html lang>, and the oEmbed
//                                            discovery link, which is how the script knows
//                                            that this server answers /go
// The script is /dist/uzl-embed.js (the page's own `uzl-embed.js` would be /test/embed/…).
// This stands in for the service, which another part of #24 builds; the tests check the
// page's script, not the service's checks.
import { readFileSync } from 'node:fs';
import { distProblem } from './host-pages.mjs';

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The service's rendering of the page: the tag from the query, as it would check it. */
function served(html, query, url) {
  const widget = query.get('widget') ?? '';
  const attributes = [...query]
    .filter(([name]) => !['widget', 'more', 'lang'].includes(name))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const more = query.get('more') ?? 'https://www.uzleuven.be/en';
  const oembed = `/test/embed/oembed?url=${encodeURIComponent(url)}&format=json`;
  return html
    .replace('<html lang="en">', `<html lang="${escape(query.get('lang') ?? 'en')}">`)
    .replace(
      '</title>',
      `</title><link rel="alternate" type="application/json+oembed" href="${escape(oembed)}" title="UZ Leuven">`,
    )
    .replace(
      /<body>[\s\S]*<\/body>/,
      `<body><uzl-${widget}${attributes}><a href="${escape(more)}">UZ Leuven</a></uzl-${widget}></body>`,
    );
}

/** @param {{ olderEngine?: boolean }} [options] the legacy lane: the floor's missing features go first. */
export function embedPages({ olderEngine = false } = {}) {
  return async function embedPagesMiddleware(ctx, next) {
    const kind = /^\/test\/embed\/(static|served)\.html$/.exec(ctx.path)?.[1];
    if (!kind) return next();
    const problem = distProblem();
    if (problem) {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = problem;
      return;
    }
    let html = readFileSync('dist/embed.html', 'utf8')
      .replace('src="uzl-embed.js"', 'src="/dist/uzl-embed.js"')
      .replace(
        '<meta charset="utf-8" />',
        `$&${olderEngine ? '<script src="/test/floor/older-engine.js"></script>' : ''}<script src="/test/pages/embed-probe.js"></script>`,
      );
    if (kind === 'served') html = served(html, new URLSearchParams(ctx.querystring), ctx.href);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = html;
  };
}
