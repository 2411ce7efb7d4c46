// A tiny static server for the benchmark page, on a free port of 127.0.0.1:
//   /            bench/page/index.html
//   /bench.js    the page bundle (in memory)
//   /data/…      demo/data/… (the demo feeds); ?delay=400 answers 400 ms late; &cache=no-cache
//                sends that Cache-Control (every other answer says no-store)
//   /cls.html    bench/page/cls.html, a partner's page with the five widgets on the drop-in
//                (?bundle=all: on dist/uzl-widgets.all.js; &blocking=render: its script tag
//                blocks rendering until it has run; &css=link: it links dist/uzl-widgets.css;
//                &persist=1: `data-uzl-persist` on its body and its feeds sent no-cache, so a
//                last good copy may be kept: the return-visit family, bench/return-visit.mjs)
//   /dist/…      dist/… (the built package)
//   /demo/…      demo/dist/… (the demo's production build), else demo/… (its feeds)
// Nothing is cached, so every feed request reaches the network stack. Text goes gzip to a
// browser that accepts it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { ROOT } from './build-page.mjs';

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** @param {string} bundle @returns {Promise<{url: string, close: () => Promise<void>}>} */
export function startServer(bundle) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    /** @type {string | Buffer | undefined} */
    let body;
    let type = 'text/plain';
    let cacheControl = 'no-store';
    try {
      if (path === '/' || path === '/index.html') {
        body = await readFile(join(ROOT, 'bench/page/index.html'));
        type = TYPES['.html'];
      } else if (path === '/cls.html') {
        // ?bundle=all: the all-in-one file instead of the loader.
        const all = new URL(req.url ?? '/', 'http://x').searchParams.get('bundle') === 'all';
        const page = await readFile(join(ROOT, 'bench/page/cls.html'), 'utf8');
        const blocking =
          new URL(req.url ?? '/', 'http://x').searchParams.get('blocking') === 'render';
        body = all ? page.replace('/dist/uzl-widgets.js', '/dist/uzl-widgets.all.js') : page;
        if (blocking)
          body = body.replace('<script type="module"', '<script type="module" blocking="render"');
        // &css=link: the page links dist/uzl-widgets.css in its head, as the README advises.
        if (new URL(req.url ?? '/', 'http://x').searchParams.get('css') === 'link')
          body = body.replace(
            '<script type="module"',
            '<link rel="stylesheet" href="/dist/uzl-widgets.css" />\n    <script type="module"',
          );
        // &hint=copy: the page fetches the copy's code with the rest, as the builder's
        // exact-version snippet has it do for an element with `persist`.
        if (new URL(req.url ?? '/', 'http://x').searchParams.get('hint') === 'copy') {
          const copyChunk = (await readdir(join(ROOT, 'dist/cdn'))).find((f) =>
            /^persisted-copy-.*\.js$/.test(f),
          );
          body = body.replace(
            '<script type="module"',
            `<link rel="modulepreload" href="/dist/cdn/${copyChunk}" />\n    <script type="module"`,
          );
        }
        if (new URL(req.url ?? '/', 'http://x').searchParams.get('persist') === '1')
          body = body
            .replace('<body>', '<body data-uzl-persist>')
            .replaceAll('?delay=400', '?delay=400&cache=no-cache');
        type = TYPES['.html'];
      } else if (path === '/demo' || path.startsWith('/demo/')) {
        // The demo's production build (demo/dist, made by bench/run.mjs), its feeds and images
        // from demo/ itself.
        const file = normalize(path.slice('/demo/'.length) || 'index.html');
        if (!file.startsWith('..')) {
          body = await readFile(join(ROOT, 'demo/dist', file)).catch(() =>
            readFile(join(ROOT, 'demo', file)),
          );
          type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        }
      } else if (path.startsWith('/dist/')) {
        const file = normalize(path.slice('/dist/'.length));
        if (!file.startsWith('..')) {
          body = await readFile(join(ROOT, 'dist', file));
          type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        }
      } else if (path === '/bench.js') {
        body = bundle;
        type = TYPES['.js'];
      } else if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      } else if (path.startsWith('/data/')) {
        // ?delay=400: the feed arrives late, as from a slow server.
        const query = new URL(req.url ?? '/', 'http://x').searchParams;
        const delay = Number(query.get('delay') ?? 0);
        if (query.get('cache') === 'no-cache') cacheControl = 'no-cache';
        if (delay > 0) await new Promise((done) => setTimeout(done, delay));
        const file = normalize(path.slice('/data/'.length));
        if (!file.startsWith('..')) {
          body = await readFile(join(ROOT, 'demo/data', file));
          type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        }
      }
    } catch {
      body = undefined;
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Text is sent gzip to a browser that takes it, as any production server sends it: what
    // Lighthouse and the network-bound families weigh is the bytes a visitor downloads.
    const headers = {
      'content-type': type,
      'cache-control': cacheControl,
      vary: 'Accept-Encoding',
    };
    if (
      /^(?:text\/|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    )
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
    else res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
