// The two servers the widgets need besides WordPress: the embed service under test
// (`uzl-widgets serve` from the built dist/cli.js) and a feed origin that serves every widget's
// demo feed (demo/data/<kind>.json, the registry's kinds) with CORS open to all (a sandboxed
// frame's origin is `null`); the news items link to article pages on that same, allowed origin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { WIDGETS } from '../registry.mjs';
import { portOpen, running, startServer, waitUntil } from '../lane/processes.mjs';

/**
 * @typedef {{ origin: string, url: (kind: string) => string, feed: (kind: string) => any,
 *   close: () => Promise<void> }} Feeds
 * `url(kind)` is where the feed of that kind is served, `feed(kind)` the feed as served.
 */

/** @param {number} port @param {string} root the repository @returns {Promise<Feeds>} */
export async function startFeedServer(port, root) {
  const origin = `http://127.0.0.1:${port}`;
  /** @type {Map<string, any>} */
  const feeds = new Map();
  for (const { feed } of WIDGETS)
    feeds.set(
      feed.kind,
      JSON.parse(readFileSync(join(root, 'demo', 'data', `${feed.kind}.json`), 'utf8')),
    );
  const news = feeds.get('news');
  for (const item of news.items) item.url = `${origin}/article.html?id=${item.id}`;
  news.moreUrl = `${origin}/article.html?id=more`;
  const bodies = new Map([...feeds].map(([kind, feed]) => [`/${kind}.json`, JSON.stringify(feed)]));
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', origin);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const body = bodies.get(pathname);
    if (body) {
      response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(body);
    } else if (pathname === '/article.html') {
      const id = (searchParams.get('id') ?? '').replace(/[^\w-]/g, '');
      response
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="fr"><title>Article ${id}</title><h1>Article ${id}</h1>`);
    } else {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  return {
    origin,
    url: (kind) => `${origin}/${kind}.json`,
    feed: (kind) => feeds.get(kind),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * `uzl-widgets serve` on a loopback port, allowing the feed origin.
 * @param {{ root: string, port: number, allow: string[], dir: string }} options
 */
export async function startEmbedService({ root, port, allow, dir }) {
  const origin = `http://127.0.0.1:${port}`;
  const args = [join(root, 'dist', 'cli.js'), 'serve', '--port', String(port)];
  args.push('--host', '127.0.0.1', '--base-url', origin);
  for (const entry of allow) args.push('--allow', entry);
  startServer('embed service', process.execPath, args, join(dir, 'embed-service.log'));
  await waitUntil(
    async () => {
      if (!running('embed service')) {
        const log = readFileSync(join(dir, 'embed-service.log'), 'utf8');
        throw new Error(`uzl-widgets serve exited: ${log.slice(0, 600)}`);
      }
      return portOpen(port);
    },
    20000,
    'the embed service',
  );
  return { origin };
}
