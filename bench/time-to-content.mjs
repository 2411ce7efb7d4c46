// The benchmark's family "time to content" (#29): a partner's page on a phone's network, from
// the navigation's start to the widget's content painted, beside the floor: the same page with
// one inline script that fetches the same feed at once and writes its items by hand.
//
// Three origins, as on a real partner page: the page's, the CDN's (dist/ at /dist/) and the
// feed host's (demo/data/ at /uzleuven/). Every file is sent gzip. The network is a phone's:
// Chromium's own throttling (CDP: 150 ms per request, 1.6 Mbit/s down, 750 kbit/s up, the CPU
// 4× slower), and, since that throttling adds nothing for opening a connection, each origin's
// first connection of a run waits two round trips more (TCP and TLS 1.3), later ones none, as
// over HTTP/2, where one connection carries every file of an origin.
//
// Pages, each per widget (alone, with the registry's example attributes) and with all five:
// - readme:  the README's "With one script tag" snippet as published (its head lines verbatim,
//            the CDN's address pointed at the local one), with whatever hints it carries;
// - exact:   the embed builder's exact-version snippet ("with integrity", the loader and its
//            import map), with the hints it adds for a cold page;
// - floor:   the same page with no library: one inline script, fetch and innerHTML.
// Cold: a new browser context per run (empty HTTP cache); warm: the same page again in it.
//
//   node bench/time-to-content.mjs [runs]   after `npm run build`: prints the table
// bench/run.mjs runs it beside the other families and puts it in BENCHMARKS.md.
// The callbacks passed to page.evaluate() and addInitScript() run in the page.
/* global window, document, performance, requestAnimationFrame */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/engines.mjs';
import { WIDGETS } from '../scripts/registry.mjs';
import { ROOT } from './build-page.mjs';
import { markdownTable } from './markdown-table.mjs';

/** The phone's network and CPU. */
export const NETWORK = {
  rttMs: 150,
  downBytesPerSecond: 1_600_000 / 8,
  upBytesPerSecond: 750_000 / 8,
  cpuSlowdown: 4,
  /** Round trips a new connection costs before its first request: TCP, then TLS 1.3. */
  handshakeRtts: 2,
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = /^(?:text\/|application\/json|image\/svg)/;

/** An origin on 127.0.0.1: gzip, CORS, and the first connection of a run held for the handshake. */
function startOrigin(handle) {
  let handshakeDue = true;
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const found = await handle(url).catch(() => undefined);
    if (!found) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
      return;
    }
    const { body, type, cache = 'no-cache' } = found;
    const headers = {
      'content-type': type,
      'cache-control': cache,
      'access-control-allow-origin': '*',
      vary: 'Accept-Encoding',
    };
    const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (wantsGzip && COMPRESSIBLE.test(type)) {
      const key = `${url.pathname}|${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(key));
    } else res.writeHead(200, headers).end(body);
  });
  server.on('connection', (socket) => {
    if (!handshakeDue) return;
    handshakeDue = false;
    socket.pause();
    setTimeout(() => socket.resume(), NETWORK.handshakeRtts * NETWORK.rttMs);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        /** A new run: its first connection pays the handshake again. */
        reset: () => {
          handshakeDue = true;
          server.closeAllConnections();
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const fileIn = async (dir, path) => {
  const file = normalize(path);
  if (file.startsWith('..')) return undefined;
  return {
    body: await readFile(join(ROOT, dir, file)),
    type: TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
  };
};

/** The README's "With one script tag" snippet: its lines before the element, and the element. */
export function readmeSnippet() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### With one script tag'));
  const block = section.slice(
    section.indexOf('```html') + '```html'.length,
    section.indexOf('```\n'),
  );
  const at = block.indexOf('<uzl-');
  return { head: block.slice(0, at).trim(), element: block.slice(at).trim() };
}

/** The README's published CDN path and feed host, which the pages point at the local ones. */
const README_CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/uzl-widgets@[\d.]+\/dist\//g;
const README_FEEDS = 'https://feeds.example.org/uzleuven/';

/** Each widget as the page holds it: its tag, the registry's example attributes, its feed. */
const widgetTag = (w, feeds) =>
  `<${w.tag} src="${feeds}/uzleuven/${w.feed.kind}.json"${w.example ? ` ${w.example}` : ''}>\n` +
  `  <a href="${w.fallback.href.en}">${w.fallback.text.en}</a>\n</${w.tag}>`;

/**
 * The builder's exact-version head (demo/builder/integrity-code.ts, "with integrity", the
 * loader): the stylesheet, the import map of hashes, the hints (the feed's origin, the core and
 * the chunks the page's tags need), the loader. Built from dist/integrity.json as the builder
 * builds it, in its order.
 */
function exactHead(widgets, cdn, feeds) {
  const { files } = JSON.parse(readFileSync(join(ROOT, 'dist/integrity.json'), 'utf8'));
  const at = (path) => `${cdn}/${path}`;
  const chunk = (prefix) => Object.keys(files).find((p) => p.startsWith(`dist/cdn/${prefix}-`));
  const integrity = Object.fromEntries(
    Object.entries(files)
      .filter(([p]) => p.startsWith('dist/cdn/') || p === 'dist/uzl-widgets.js')
      .map(([p, hash]) => [at(p), hash]),
  );
  const preload = (path) =>
    `<link rel="modulepreload" href="${at(path)}" integrity="${files[path]}" crossorigin="anonymous" />`;
  return [
    `<link rel="stylesheet" href="${at('dist/uzl-widgets.css')}" integrity="${files['dist/uzl-widgets.css']}" crossorigin="anonymous" />`,
    `<script type="importmap">${JSON.stringify({ integrity })}</script>`,
    `<link rel="preconnect" href="${feeds}" crossorigin="anonymous" />`,
    preload(chunk('core')),
    ...widgets.map((w) => preload(chunk(w.tag))),
    `<script type="module" src="${at('dist/uzl-widgets.js')}" integrity="${files['dist/uzl-widgets.js']}" crossorigin="anonymous"></script>`,
  ].join('\n    ');
}

/**
 * The floor's inline script: fetch each feed at once, write its items with innerHTML. What it
 * writes per kind is what the widget shows first, in English, unstyled.
 */
function floorScript(widgets, feeds) {
  const jobs = widgets.map((w) => [w.tag, `${feeds}/uzleuven/${w.feed.kind}.json`]);
  return `
      const esc = (s) => String(s).replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
      const list = (rows) => '<ul>' + rows.map((r) => '<li>' + r + '</li>').join('') + '</ul>';
      const write = {
        'uzl-news-list': (d) => list(d.items.slice(0, 3).map((i) => '<h3>' + esc(i.title.en) + '</h3><p>' + esc(i.summary.en) + '</p>')),
        'uzl-event-calendar': (d) => list(d.events.filter((e) => e.start.startsWith('2026-01')).map((e) => '<time>' + esc(e.start.slice(0, 10)) + '</time> ' + esc(e.title.en))),
        'uzl-campus-card': (d) => { const c = d.campuses.find((c) => c.id === 'gasthuisberg'); return '<h3>' + esc(c.name.en) + '</h3><p>' + esc(c.address.street) + ', ' + esc(c.address.postalCode) + ' ' + esc(c.address.locality) + '</p>'; },
        'uzl-stats-counter': (d) => list(d.stats.map((s) => '<strong>' + new Intl.NumberFormat('en').format(s.value) + '</strong> ' + esc(s.label.en))),
        'uzl-ai-publications': (d) => list(d.domains.map((m) => esc(m.label.en) + ' (' + m.publications.length + ')')),
      };
      for (const [tag, url] of ${JSON.stringify(jobs)}) {
        fetch(url, { headers: { Accept: 'application/json' } })
          .then((r) => r.json())
          .then((d) => {
            document.getElementById(tag).innerHTML = write[tag](d);
            window.__painted(tag);
          });
      }`;
}

/** A partner's page around the widgets: the same text in every variant. */
function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
    <style>body { margin: 0 auto; padding: 1rem; max-width: 60rem; font: 16px/1.5 system-ui, sans-serif; }</style>
  </head>
  <body>
    <h1>Partner hospital</h1>
    <p>News, information sessions, our campus and key figures from UZ Leuven, shown live on this page.</p>
    ${body}
    <p>The page's footer.</p>
  </body>
</html>
`;
}

/** The page of `variant` for `target` (a widget's id, or `all`). */
function buildPage(variant, target, cdn, feeds) {
  const widgets = target === 'all' ? WIDGETS : WIDGETS.filter((w) => w.id === target);
  const title = `Time to content: ${target}, ${variant}`;
  if (variant === 'floor')
    return page({
      title,
      head: `<script>${floorScript(widgets, feeds)}\n    </script>`,
      body: widgets.map((w) => `<div id="${w.tag}"></div>`).join('\n    '),
    });
  const body = widgets.map((w) => widgetTag(w, feeds)).join('\n    ');
  if (variant === 'exact') return page({ title, head: exactHead(widgets, cdn, feeds), body });
  const { head } = readmeSnippet();
  return page({
    title,
    head: head.replace(README_CDN, `${cdn}/dist/`).replaceAll(README_FEEDS, `${feeds}/uzleuven/`),
    body,
  });
}

/** Marks, per tag, the first frame after its content is in the DOM: a widget's first `uzl-load`, the floor's write. */
function installProbe() {
  window.__ttc = {};
  window.__painted = (tag) =>
    requestAnimationFrame(() => setTimeout(() => (window.__ttc[tag] ??= performance.now())));
  document.addEventListener('uzl-load', (event) => window.__painted(event.target.localName));
}

export const VARIANTS = ['readme', 'exact', 'floor'];
export const TARGETS = [...WIDGETS.map((w) => w.id), 'all'];

/** Starts the three origins. */
export async function startTimeToContent() {
  const cdn = await startOrigin(async (url) => {
    if (!url.pathname.startsWith('/dist/')) return undefined;
    const hashed = url.pathname.startsWith('/dist/cdn/');
    // As jsDelivr sends them: a hashed file forever, the rest for a week.
    return {
      ...(await fileIn('dist', url.pathname.slice('/dist/'.length))),
      cache: hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=604800',
    };
  });
  const feeds = await startOrigin(async (url) =>
    url.pathname.startsWith('/uzleuven/')
      ? {
          ...(await fileIn('demo/data', url.pathname.slice('/uzleuven/'.length))),
          cache: 'public, max-age=60, stale-while-revalidate=86400',
        }
      : undefined,
  );
  const pages = await startOrigin(async (url) => {
    const [, variant, target] = url.pathname.match(/^\/(\w+)\/([\w-]+)\.html$/) ?? [];
    if (!VARIANTS.includes(variant) || !TARGETS.includes(target)) return undefined;
    return {
      body: Buffer.from(buildPage(variant, target, cdn.origin, feeds.origin)),
      type: TYPES['.html'],
    };
  });
  const origins = [cdn, feeds, pages];
  return {
    url: (variant, target) => `${pages.origin}/${variant}/${target}.html`,
    reset: () => origins.forEach((o) => o.reset()),
    close: () => Promise.all(origins.map((o) => o.close())),
  };
}

/** One cold visit and one warm: ms from navigation to each tag's content painted. */
async function visitTwice(browser, site, url, tags) {
  site.reset();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.rttMs,
      downloadThroughput: NETWORK.downBytesPerSecond,
      uploadThroughput: NETWORK.upBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: NETWORK.cpuSlowdown });
    const times = [];
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(url);
      await page
        .waitForFunction((list) => list.every((t) => window.__ttc[t] !== undefined), tags, {
          timeout: 20_000,
        })
        .catch((error) => {
          throw new Error(`${url}, ${visit ? 'warm' : 'cold'}: no content in 20 s (${error})`);
        });
      times.push(
        await page.evaluate((list) => Math.max(...list.map((t) => window.__ttc[t])), tags),
      );
    }
    return { cold: times[0], warm: times[1] };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs the family: per target, `runs` rounds of the three variants in turn (so a slow moment
 * of the machine falls on all three). Returns medians per target and variant, cold and warm.
 */
export async function measureTimeToContent(browser, runs, targets = TARGETS) {
  const site = await startTimeToContent();
  try {
    const result = {};
    for (const target of targets) {
      const tags = target === 'all' ? WIDGETS.map((w) => w.tag) : [`uzl-${target}`];
      const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let i = 0; i < runs; i++)
        for (const variant of VARIANTS)
          samples[variant].push(await visitTwice(browser, site, site.url(variant, target), tags));
      result[target] = Object.fromEntries(
        VARIANTS.map((v) => [
          v,
          {
            cold: median(samples[v].map((s) => s.cold)),
            warm: median(samples[v].map((s) => s.warm)),
          },
        ]),
      );
    }
    return result;
  } finally {
    await site.close();
  }
}

/** The family's table, as Markdown rows. */
export function timeToContentTable(result, target = 1.3) {
  const ms = (v) => `${Math.round(v)} ms`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const head = [
    'page (cold, phone network)',
    'README snippet',
    'exact-version snippet',
    'floor',
    'README / floor',
    'exact / floor',
    `≤ ${target}× floor`,
    'warm: README / exact / floor',
  ];
  const rows = Object.entries(result).map(([name, r]) => [
    name === 'all' ? 'all five widgets' : `\`<uzl-${name}>\` alone`,
    ms(r.readme.cold),
    ms(r.exact.cold),
    ms(r.floor.cold),
    ratio(r.readme.cold, r.floor.cold),
    ratio(r.exact.cold, r.floor.cold),
    r.readme.cold / r.floor.cold <= target ? 'yes' : 'NO',
    `${ms(r.readme.warm)} / ${ms(r.exact.warm)} / ${ms(r.floor.warm)}`,
  ]);
  return markdownTable(head, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 5);
  const only = process.argv[3]?.split(',');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    console.log(timeToContentTable(await measureTimeToContent(browser, runs, only ?? TARGETS)));
  } finally {
    await browser.close();
  }
}
