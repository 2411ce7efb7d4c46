// One server's part of the run, under its own dir: a copy of the demo feeds (demo/data/*.json)
// at /feeds/ of the feed origin, which the checks rewrite as a publisher would, and the partner
// page of the other origin, which loads the built widgets from /dist/ and shows the news feed
// from the feed origin.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../free-port.mjs';

/**
 * @typedef {object} Site
 * @property {string} dir this server's dir (config, logs, pid)
 * @property {number} feedPort @property {number} pagePort
 * @property {string} feedRoot the feed origin's document root (feeds in `feeds/`)
 * @property {string} pageRoot the page origin's document root
 * @property {string} accessLog the server's access log, both origins
 * @property {string} feedOrigin @property {string} pageUrl
 * @property {(name: string) => string} feedUrl a feed's address, `news.json` …
 * @property {(name: string) => any} feed a feed as it is on disk now
 * @property {(name: string, feed: unknown) => void} publish writes a feed as a publisher should:
 *   a temp file beside it, renamed over it, so the server never serves half a file
 * @property {(name: string) => string} read a file of this server's dir, '' when there is none
 */

/** The news feed the page shows, and how many items. */
export const NEWS = 'news.json';
export const LIMIT = 3;

/**
 * @param {{ root: string, dir: string, name: string }} options the repository, the run's temp
 *   dir, the server's name
 * @returns {Promise<Site>}
 */
export async function makeSite({ root, dir, name }) {
  const own = join(dir, name);
  const feedRoot = join(own, 'feed-root');
  const feeds = join(feedRoot, 'feeds');
  const pageRoot = join(own, 'page-root');
  for (const d of [own, feeds, pageRoot]) {
    mkdirSync(d, { recursive: true });
    // The server's workers run as www-data.
    chmodSync(d, 0o755);
  }
  const demo = join(root, 'demo', 'data');
  for (const file of readdirSync(demo).filter((f) => f.endsWith('.json')))
    copyFileSync(join(demo, file), join(feeds, file));
  const [feedPort, pagePort] = [await freePort(), await freePort()];
  const feedOrigin = `http://127.0.0.1:${feedPort}`;
  const feedUrl = (/** @type {string} */ file) => `${feedOrigin}/feeds/${file}`;
  writeFileSync(join(pageRoot, 'index.html'), partnerPage(feedUrl(NEWS)));
  return {
    dir: own,
    feedPort,
    pagePort,
    feedRoot,
    pageRoot,
    accessLog: join(own, 'access.log'),
    feedOrigin,
    pageUrl: `http://127.0.0.1:${pagePort}/index.html`,
    feedUrl,
    feed: (file) => JSON.parse(readFileSync(join(feeds, file), 'utf8')),
    publish(file, feed) {
      const temp = join(feeds, `.${file}.tmp`);
      writeFileSync(temp, JSON.stringify(feed, null, 2));
      chmodSync(temp, 0o644);
      renameSync(temp, join(feeds, file));
    },
    read(file) {
      try {
        return readFileSync(join(own, file), 'utf8');
      } catch {
        return '';
      }
    },
  };
}

/**
 * A partner's page as the README's snippet has it, refreshing every second; it notes the
 * widgets' events (they bubble and are composed) for the checks.
 * @param {string} feed
 */
function partnerPage(feed) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A partner's page</title>
    <script>
      window.uzlEvents = [];
      for (const type of ['uzl-load', 'uzl-error'])
        document.addEventListener(type, (event) => window.uzlEvents.push({ type, ...event.detail }));
    </script>
    <script type="module" src="/dist/uzl-widgets.js"></script>
  </head>
  <body>
    <h1>A partner's page</h1>
    <uzl-news-list src="${feed}" refresh="1" limit="${LIMIT}">
      <a href="https://www.uzleuven.be/en/news">UZ Leuven news</a>
    </uzl-news-list>
  </body>
</html>
`;
}
