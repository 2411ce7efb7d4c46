// Serves the security and privacy pages (test/reliability/integrity, csp-policy, privacy and
// consent tests): the five widgets of test/pages/widgets-body.html as a partner's page would
// embed them, with the widgets' files from a "CDN" (this server under its other name,
// localhost ↔ 127.0.0.1) and feeds and images from the page's own origin. Everything lives
// under /__sec/<run>/, so each test reads the requests of its own run from /__sec/<run>/log:
//   page.html?snippet=…&csp=1      the page; `snippet`: `loader` (with an import map holding
//                                  each file's integrity), `all` (the all-in-one file with
//                                  `integrity`), `consent-module` / `consent-classic` (held
//                                  as `type="text/plain"` until the test plays the consent
//                                  manager); `csp=1` sends the README's policy
//                                  (scripts/security/csp-policy.json) filled with these hosts
//   <variant>/dist/<file>          dist/ as a CDN serves it; variant `intact`, or `altered-<name>`:
//                                  the file whose name starts with <name> (a chunk's tag, or
//                                  `uzl-widgets.all`) served with one byte changed
//   feeds/<name>.json              the demo feeds (the news items with images), missing.json 404
//   images/<file>                  demo/data/images/
//   probe.js, older-engine.js      the test's own scripts, from the CDN origin (the policy
//                                  lets scripts come from there only)
//   log                            every request of the run: path, origin, referer, sec-fetch-dest
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fillPolicy } from '../../scripts/security/csp.mjs';
import { distProblem } from './host-pages.mjs';

/** run → its requests */
const logs = new Map();

const TYPES = { js: 'text/javascript', css: 'text/css', html: 'text/html', svg: 'image/svg+xml' };

/** The one byte changed: the first letter of the file's opening notice, which runs either way. */
function alter(bytes) {
  const at = bytes.indexOf('uzl-widgets');
  if (at < 0) throw new Error('security-pages: no notice to alter');
  const copy = Buffer.from(bytes);
  copy[at] = 'U'.charCodeAt(0);
  return copy;
}

/** The demo feed, the news items with an image each from the page's origin (absolute URLs). */
function feed(name, origin, run) {
  const data = JSON.parse(readFileSync(`demo/data/${name}.json`, 'utf8'));
  if (name === 'news')
    data.items.forEach((item, i) => {
      item.image = {
        src: `${origin}/__sec/${run}/images/news-${(i % 3) + 1}.svg`,
        alt: { en: 'An illustration' },
        width: 640,
        height: 360,
      };
    });
  return JSON.stringify(data);
}

function pageHtml({ run, snippet, origin, cdn, olderEngine, csp }) {
  const dist = `${cdn}/__sec/${run}/${snippet.startsWith('altered') ? snippet : 'intact'}/dist`;
  const { files } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const integrity = (file) => files[`dist/${file}`];
  const body = readFileSync('test/pages/widgets-body.html', 'utf8')
    .replace(/<!--[\s\S]*?-->\n/, '')
    .replaceAll('/demo/data/', `/__sec/${run}/feeds/`)
    .replace(/\/__feeds\/[^"]+/, `/__sec/${run}/feeds/missing.json`)
    // Held for consent: the feeds answer 400 ms late, so each widget shows its placeholder
    // between its upgrade and its data, the moment the consent test measures.
    .replace(/(\/feeds\/[\w-]+\.json)/g, snippet.startsWith('consent') ? '$1?delay=400' : '$1');
  const head = [];
  let importMap = '';
  if (snippet === 'all' || snippet === 'altered-uzl-widgets.all') {
    head.push(
      `<script type="module" src="${dist}/uzl-widgets.all.js" integrity="${integrity('uzl-widgets.all.js')}" crossorigin="anonymous"></script>`,
    );
  } else if (snippet === 'loader' || snippet.startsWith('altered-uzl-')) {
    // The builder's "with integrity" snippet: every chunk the loader may import, by URL.
    const map = {
      integrity: Object.fromEntries(
        Object.keys(files)
          .filter((file) => file.startsWith('dist/cdn/') || file === 'dist/uzl-widgets.js')
          .map((file) => [`${dist}/${file.slice('dist/'.length)}`, files[file]]),
      ),
    };
    const text = JSON.stringify(map);
    importMap = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    head.push(
      `<script type="importmap">${text}</script>`,
      `<script type="module" src="${dist}/uzl-widgets.js" integrity="${integrity('uzl-widgets.js')}" crossorigin="anonymous"></script>`,
    );
  } else if (snippet === 'consent-module') {
    head.push(
      `<script type="text/plain" data-cookieconsent="preferences" data-type="module" src="${dist}/uzl-widgets.js"></script>`,
    );
  } else if (snippet === 'consent-classic') {
    head.push(
      `<script type="text/plain" data-cookieconsent="preferences" src="${dist}/uzl-widgets-classic.js"></script>`,
    );
  } else throw new Error(`security-pages: no snippet ${snippet}`);
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    `<title>Security page: ${snippet}</title>`,
    ...(olderEngine ? [`<script src="${cdn}/__sec/${run}/older-engine.js"></script>`] : []),
    `<script src="${cdn}/__sec/${run}/probe.js" data-frames></script>`,
    `<link rel="stylesheet" href="${dist}/uzl-widgets.css" />`,
    ...head,
    '</head>',
    `<body>\n${body}</body>`,
    '</html>',
  ].join('\n');
  const policy = csp ? fillPolicy({ cdn, feeds: origin, images: origin, importMap }) : '';
  return { html, policy };
}

/** @param {{ olderEngine?: boolean }} [options] */
export function securityPages({ olderEngine = false } = {}) {
  return async function securityPagesMiddleware(ctx, next) {
    const match = /^\/__sec\/([\w-]+)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, run, rest] = match;
    if (rest === 'log') {
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(logs.get(run) ?? []);
      return;
    }
    if (!logs.has(run)) logs.set(run, []);
    logs.get(run).push({
      url: `${ctx.protocol}://${ctx.host}${ctx.path}`,
      origin: ctx.get('origin'),
      referer: ctx.get('referer'),
      dest: ctx.get('sec-fetch-dest'),
      cookie: ctx.get('cookie'),
    });
    ctx.set('Cache-Control', 'no-store');
    // Every file here may be read from the other origin, as a CDN's and a feed host's are.
    ctx.set('Access-Control-Allow-Origin', '*');
    const [hostname, port] = ctx.host.split(':');
    const otherName = hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const origin = `${ctx.protocol}://${ctx.host}`;
    const cdn = `${ctx.protocol}://${otherName}:${port}`;
    let file;
    if (rest === 'page.html') {
      const problem = distProblem();
      if (problem) {
        ctx.status = 503;
        ctx.body = problem;
        return;
      }
      const { html, policy } = pageHtml({
        run,
        snippet: String(ctx.query.snippet ?? 'loader'),
        origin,
        cdn,
        olderEngine,
        csp: ctx.query.csp === '1',
      });
      if (policy) ctx.set('Content-Security-Policy', policy);
      ctx.type = 'text/html';
      ctx.body = html;
      return;
    }
    if (rest === 'probe.js') file = 'test/pages/probe.js';
    else if (rest === 'older-engine.js') file = 'test/floor/older-engine.js';
    else if (/^images\/[\w-]+\.svg$/.test(rest)) file = `demo/data/${rest}`;
    const delay = Math.min(Number(ctx.query.delay) || 0, 2000);
    if (rest.startsWith('feeds/') && delay) await new Promise((done) => setTimeout(done, delay));
    if (rest === 'feeds/missing.json') {
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = '{"error":"not found"}';
      return;
    } else if (/^feeds\/[\w-]+\.json$/.test(rest)) {
      ctx.type = 'application/json';
      ctx.body = feed(/^feeds\/([\w-]+)/.exec(rest)[1], origin, run);
      return;
    }
    const dist = /^(intact|altered-([\w.-]+))\/(dist\/[\w/.-]+)$/.exec(rest);
    if (dist && !dist[3].includes('..')) file = dist[3];
    if (!file) return next();
    let bytes;
    try {
      bytes = readFileSync(file);
    } catch {
      ctx.status = 404;
      return;
    }
    const name = file.split('/').at(-1);
    if (dist?.[2] && name.startsWith(`${dist[2]}`) && name.endsWith('.js')) bytes = alter(bytes);
    ctx.type = TYPES[name.split('.').at(-1)] ?? 'application/octet-stream';
    ctx.body = bytes;
  };
}
