// The two servers the widget needs besides WordPress: the embed service under test
// (`uzl-widgets serve` from the built dist/cli.js) and a feed origin that serves the demo news
// in French with CORS open to all (a sandboxed frame's origin is `null`), each item linking to
// an article page on that same, allowed origin.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { portOpen, running, startServer, waitUntil } from './processes.mjs';

/**
 * @param {number} port @param {string} root the repository
 * @returns {Promise<{ origin: string, url: string, feed: { items: { id: string, date: string, title: Record<string, string>, url: string }[] }, close: () => Promise<void> }>}
 */
export async function startFeedServer(port, root) {
  const origin = `http://127.0.0.1:${port}`;
  const feed = JSON.parse(readFileSync(join(root, 'demo', 'data', 'news.json'), 'utf8'));
  for (const item of feed.items) item.url = `${origin}/article.html?id=${item.id}`;
  feed.moreUrl = `${origin}/article.html?id=more`;
  const body = JSON.stringify(feed);
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', origin);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (pathname === '/news.json') {
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
    url: `${origin}/news.json`,
    feed,
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
