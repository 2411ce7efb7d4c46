// Dev-server middleware that plays a feed server, good and bad, for the browser tests.
//
//   GET /__feeds/<id>?plan=500,500,ok      1st request 500, 2nd 500, then 200 with a feed
//   GET /__feeds/<id>?plan=hang            never answers (until the client gives up)
//   GET /__feeds/<id>?plan=ok&delay=800    answers after 800 ms
//   GET /__feeds/<id>?plan=ok&label=A      item titles start with "A"
//   GET /__feeds/<id>?plan=ok&file=demo/data/news.json   serves that file
//   GET /__feeds/<id>?plan=cacheable       cacheable for an hour, with an ETag; 304 to a matching If-None-Match
//                                          (with `file`, that file as it is)
//   GET /__feeds/<id>?plan=401             401 (and 403, 404, 500, 503): that status, an HTML body
//   GET /__feeds/<id>?plan=ok&cors=allow   with Access-Control-Allow-Origin: * (without it, a
//                                          page on another origin, say 127.0.0.1 for a page on
//                                          localhost, is refused the answer by its browser)
//   GET /__feeds/<id>?plan=ok&cors=credentials   echoes the request's Origin, with
//                                          Access-Control-Allow-Credentials: true (what a feed
//                                          read with cookies, credentials="include", needs)
//   GET /__feeds/<id>?plan=ok&cc=no-cache  with that Cache-Control (every feed else says
//                                          no-store, which a last good copy, `persist`, obeys);
//                                          with `cacheable`, its max-age is replaced, its ETag kept
//   GET /__count/<id>                      {"requests": n, "closedEarly": n, "revalidated": n}
//   GET /__down/<id>?step=drop             the feed host down: every request to <id> takes that
//                                          step (drop, 500, hang…), however many the browser
//                                          makes (Chromium tries a dropped connection again by
//                                          itself), without moving on in the plan;
//                                          `?step=` brings it back, at the plan's next step
//
// With `file`, the steps that make a feed make it from that file, so every widget gets its own
// shape: `empty` empties its top-level arrays, `bad-item` puts an item without its required
// fields into the first one, `version-2` changes the version, `extra` adds unknown fields
// everywhere, `fresh` puts "Fresh " before every title, label and name of the top-level lists'
// items (a feed that changed, visibly), `duplicate` repeats each array's first item (same id), `huge` repeats the first
// array's items up to 10 MB, `truncated` sends the first half of the file. `drop` closes the
// connection without an answer (a network error), with or without a file: a server that is
// down, as a refused connection is to a script.
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
  '401',
  '403',
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
  'extra',
  'duplicate',
  'huge',
  'truncated',
  'drop',
  'fresh',
]);

const HUGE_BYTES = 10 * 1024 * 1024;

/** The file's feed, changed the way `step` says; `undefined` for steps that do not use a file. */
function fromFile(step, text) {
  const feed = JSON.parse(text);
  const arrays = Object.keys(feed).filter((key) => Array.isArray(feed[key]));
  const first = arrays[0];
  switch (step) {
    case 'ok':
      return text;
    case 'truncated':
      return text.slice(0, Math.floor(text.length / 2));
    case 'empty':
      for (const key of arrays) feed[key] = [];
      break;
    case 'bad-item':
      feed[first].splice(1, 0, { id: 'broken' });
      break;
    case 'version-2':
      feed.version = 2;
      break;
    case 'extra':
      feed['x-unknown'] = { nested: [1, 2, 3] };
      for (const key of arrays)
        feed[key] = feed[key].map((item) => ({ ...item, 'x-unknown-field': 'ignored' }));
      break;
    case 'duplicate':
      for (const key of arrays) if (feed[key].length) feed[key].push(feed[key][0]);
      break;
    case 'fresh':
      for (const key of arrays)
        for (const item of feed[key])
          for (const field of ['title', 'label', 'name'])
            if (typeof item[field] === 'string') item[field] = `Fresh ${item[field]}`;
            else if (item[field] && typeof item[field] === 'object')
              for (const lang of Object.keys(item[field]))
                item[field][lang] = `Fresh ${item[field][lang]}`;
      break;
    case 'huge': {
      const items = feed[first];
      const itemBytes = JSON.stringify(items).length / Math.max(1, items.length);
      const copies = Math.ceil(HUGE_BYTES / itemBytes / Math.max(1, items.length));
      feed[first] = Array.from({ length: copies }, (_, copy) =>
        items.map((item) => ({ ...item, id: `${item.id}-${copy}` })),
      ).flat();
      break;
    }
    default:
      return undefined;
  }
  return JSON.stringify(feed);
}

/** @type {Map<string, {requests: number, closedEarly: number, revalidated: number}>} */
const counts = new Map();
/** Ids whose host is down, with the step every request takes meanwhile (`/__down/<id>`). */
const down = new Map();
/** Requests that took a plan step, per id: where each id is in its plan. */
const planned = new Map();

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
    const downMatch = /^\/__down\/([\w.-]+)$/.exec(ctx.path);
    if (downMatch) {
      const step = String(ctx.query.step ?? '');
      if (step && !STEPS.has(step)) throw new Error(`feed-faults: unknown step ${step}`);
      if (step) down.set(downMatch[1], step);
      else down.delete(downMatch[1]);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '';
      return;
    }
    const feedMatch = /^\/__feeds\/([\w.-]+)$/.exec(ctx.path);
    if (!feedMatch) return next();

    const id = feedMatch[1];
    const count = countFor(id);
    count.requests++;
    const index = down.has(id) ? -1 : (planned.get(id) ?? 0);
    if (index >= 0) planned.set(id, index + 1);
    let finished = false;
    ctx.req.once('close', () => {
      if (!finished) count.closedEarly++;
    });

    const plan = String(ctx.query.plan ?? 'ok').split(',');
    const step = down.get(id) ?? plan[Math.min(index, plan.length - 1)];
    if (!STEPS.has(step)) throw new Error(`feed-faults: unknown step ${step}`);
    const label = String(ctx.query.label ?? '');
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await wait(delay, ctx.req);

    if (step === 'drop') {
      finished = true;
      ctx.req.socket.destroy();
      return;
    }
    const cacheControl = ctx.query.cc === undefined ? undefined : String(ctx.query.cc);
    ctx.set('Cache-Control', cacheControl ?? 'no-store');
    if (ctx.query.cors === 'allow') ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.query.cors === 'credentials' && ctx.get('Origin')) {
      ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
      ctx.set('Access-Control-Allow-Credentials', 'true');
      ctx.set('Vary', 'Origin');
    }
    ctx.type = 'application/json';
    const file = ctx.query.file
      ? await readFile(resolve(process.cwd(), String(ctx.query.file)), 'utf8')
      : undefined;
    const body = file === undefined ? undefined : fromFile(step, file);
    if (body !== undefined) {
      ctx.body = body;
      finished = true;
      return;
    }
    switch (step) {
      case 'cacheable':
        ctx.set('Cache-Control', cacheControl ?? 'public, max-age=3600');
        ctx.set('ETag', '"feed-v1"');
        if (ctx.get('If-None-Match') === '"feed-v1"') {
          count.revalidated++;
          ctx.status = 304;
          break;
        }
        ctx.body = file ?? JSON.stringify(testFeed(label));
        break;
      case 'ok':
        ctx.body = JSON.stringify(testFeed(label));
        break;
      case 'fresh':
        ctx.body = JSON.stringify(testFeed(`Fresh ${label}`));
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
      case '401':
      case '403':
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
      case 'truncated':
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
      case 'extra':
        ctx.body = JSON.stringify({ ...testFeed(label), 'x-unknown': true });
        break;
      case 'duplicate': {
        const feed = testFeed(label);
        feed.items.push(feed.items[0]);
        ctx.body = JSON.stringify(feed);
        break;
      }
      case 'huge':
        ctx.body = JSON.stringify(testFeed(label, 60_000));
        break;
    }
    finished = true;
  };
}
