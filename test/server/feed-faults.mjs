// Dev-server middleware that plays a feed server, good and bad, for the browser tests.
//
//   GET /__feeds/<id>?plan=500,500,ok      1st request 500, 2nd 500, then 200 with a feed
//   GET /__feeds/<id>?plan=hang            never answers (until the client gives up)
//   GET /__feeds/<id>?plan=ok&delay=800    answers after 800 ms
//   GET /__feeds/<id>?plan=ok&label=A      item titles start with "A"
//   GET /__feeds/<id>?plan=ok&file=demo/data/news.json   serves that file
//   GET /__feeds/<id>?plan=cacheable       cacheable for an hour, with an ETag; 304 to a matching If-None-Match
//   GET /__count/<id>                      {"requests": n, "closedEarly": n, "revalidated": n}
//
// Each request to an id takes the next step of its plan (the last step repeats). Ids are
// chosen per test, so counts never mix between tests.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';

const STEPS = new Set([
  'ok',
  'empty',
  'bad-item',
  '404',
  '500',
  '503',
  'hang',
  'slow-body',
  'malformed',
  'html',
  'shape',
  'version-2',
  'cacheable',
]);

/** @type {Map<string, {requests: number, closedEarly: number, revalidated: number}>} */
const counts = new Map();

const countFor = (id) => {
  let count = counts.get(id);
  if (!count) {
    count = { requests: 0, closedEarly: 0, revalidated: 0 };
    counts.set(id, count);
  }
  return count;
};

function testFeed(label, n = 3) {
  return {
    version: 1,
    items: Array.from({ length: n }, (_, i) => ({
      id: `${label || 'item'}-${i + 1}`,
      title: {
        en: `${label}Item ${i + 1}`,
        nl: `${label}Bericht ${i + 1}`,
        fr: `${label}Article ${i + 1}`,
      },
    })),
  };
}

const wait = (ms, req) =>
  new Promise((done) => {
    const timer = setTimeout(done, ms);
    req.once('close', () => {
      clearTimeout(timer);
      done();
    });
  });

export function feedFaults() {
  return async function feedFaultsMiddleware(ctx, next) {
    const countMatch = /^\/__count\/([\w.-]+)$/.exec(ctx.path);
    if (countMatch) {
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(countFor(countMatch[1]));
      return;
    }
    const feedMatch = /^\/__feeds\/([\w.-]+)$/.exec(ctx.path);
    if (!feedMatch) return next();

    const id = feedMatch[1];
    const count = countFor(id);
    const index = count.requests++;
    let finished = false;
    ctx.req.once('close', () => {
      if (!finished) count.closedEarly++;
    });

    const plan = String(ctx.query.plan ?? 'ok').split(',');
    const step = plan[Math.min(index, plan.length - 1)];
    if (!STEPS.has(step)) throw new Error(`feed-faults: unknown step ${step}`);
    const label = String(ctx.query.label ?? '');
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await wait(delay, ctx.req);

    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    switch (step) {
      case 'cacheable':
        ctx.set('Cache-Control', 'public, max-age=3600');
        ctx.set('ETag', '"feed-v1"');
        if (ctx.get('If-None-Match') === '"feed-v1"') {
          count.revalidated++;
          ctx.status = 304;
          break;
        }
        ctx.body = JSON.stringify(testFeed(label));
        break;
      case 'ok':
        ctx.body = ctx.query.file
          ? await readFile(resolve(process.cwd(), String(ctx.query.file)), 'utf8')
          : JSON.stringify(testFeed(label));
        break;
      case 'empty':
        ctx.body = JSON.stringify({ version: 1, items: [] });
        break;
      case 'bad-item': {
        const feed = testFeed(label);
        feed.items.splice(1, 0, { id: 'broken', title: 42 });
        ctx.body = JSON.stringify(feed);
        break;
      }
      case '404':
      case '500':
      case '503':
        ctx.status = Number(step);
        ctx.type = 'text/html';
        ctx.body = `<h1>Error ${step}</h1>`;
        break;
      case 'hang':
        await wait(60_000, ctx.req);
        ctx.body = JSON.stringify(testFeed(label));
        break;
      case 'slow-body': {
        // Headers and half a body now, the rest never: the timeout must cover reading too.
        const stream = new PassThrough();
        stream.write('{"version": 1, "items": [');
        ctx.req.once('close', () => stream.end());
        ctx.body = stream;
        break;
      }
      case 'malformed':
        ctx.body = '{"version": 1, "items": [{"id": "a", "title": "A"';
        break;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Oops</title><p>Something went wrong</p>';
        break;
      case 'shape':
        ctx.body = JSON.stringify({ hello: 'world' });
        break;
      case 'version-2':
        ctx.body = JSON.stringify({ ...testFeed(label), version: 2 });
        break;
    }
    finished = true;
  };
}
