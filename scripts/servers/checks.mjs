// What the feed-server lane checks against one real server, in each browser: the partner page
// (one origin) shows the news feed from the feed origin (another) on first load; the widget's
// refresh is answered 304, as the server's access log shows; a feed published anew shows on the
// next refresh; the browser's own response carries the headers the reference config promises.
// Then plain requests ask for each encoding, revalidate and ask for a missing feed.
// The functions passed to tab.top run in the browser.
/* global window */
import { collapsed, deepText, poll } from '../lane/in-page.mjs';
import { checkPlainRequests, headerProblems, shown } from './headers.mjs';
import { LIMIT, NEWS } from './site.mjs';

/** @typedef {import('../lane/browsers.mjs').Engine} Engine */
/** @typedef {{ id: string, date: string, title: Record<string, string> }} NewsItem */

const FEED_LINE = new RegExp(`"GET /feeds/${NEWS.replace('.', '\\.')} HTTP/1\\.1" (\\d{3})`);

/**
 * @param {{ server: string, site: import('./site.mjs').Site, brotli: boolean,
 *   htaccessUrl?: string, engines: (() => Promise<Engine>)[], log: (line: string) => void,
 *   evidence: (line: string) => void }} context
 * @returns {Promise<{ failed: number }>}
 */
export async function runChecks({ server, site, brotli, htaccessUrl, engines, log, evidence }) {
  let failed = 0;
  const check = async (/** @type {string} */ name, /** @type {() => Promise<string>} */ body) => {
    const started = Date.now();
    try {
      const detail = await body();
      log(`  ok   ${server} ${name}: ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      log(`  FAIL ${server} ${name}: ${error instanceof Error ? error.message : error}`);
    }
  };
  /** Lines of the access log for the news feed from `from` (a length of the log) on. */
  const feedLines = (/** @type {number} */ from) =>
    site
      .read('access.log')
      .slice(from)
      .split('\n')
      .filter((line) => FEED_LINE.test(line));
  const status = (/** @type {string} */ line) => FEED_LINE.exec(line)?.[1];
  const pageOrigin = new URL(site.pageUrl).origin;

  /** @type {{ items: NewsItem[] }} */
  const original = site.feed(NEWS);
  const newest = [...original.items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LIMIT);

  for (const launch of engines) {
    /** @type {Engine | undefined} */
    let engine;
    try {
      engine = await launch();
    } catch (error) {
      failed += 1;
      log(
        `  FAIL ${server}: a browser did not start: ${error instanceof Error ? error.message : error}`,
      );
      continue;
    }
    const browser = engine.name;
    // Each browser starts from the feed as the demo has it, published anew.
    site.publish(NEWS, original);
    const start = site.read('access.log').length;
    const tab = await engine.open();
    const text = () => tab.top(deepText, null).then((t) => t ?? '');
    /** @type {() => Promise<{ type: string, refresh?: boolean, message?: string }[]>} */
    const events = () => tab.top(() => /** @type {any} */ (window).uzlEvents ?? [], null);

    await check(`${browser} first load`, async () => {
      await tab.goto(site.pageUrl);
      const want = collapsed(newest[0].title.en);
      const shownText = await poll(text, (t) => t.includes(want), 15000);
      if (!shownText.ok)
        throw new Error(`"${want}" not shown; the page shows "${shownText.value.slice(0, 300)}"`);
      const first = feedLines(start);
      if (status(first[0] ?? '') !== '200')
        throw new Error(`the feed's first request: ${first[0] ?? '(none)'}`);
      return `"${want}" shown, the feed's first request answered ${status(first[0])}`;
    });

    await check(`${browser} refresh answered 304`, async () => {
      const got = await poll(
        async () => ({
          lines: feedLines(start),
          refreshed: (await events()).some((e) => e.type === 'uzl-load' && e.refresh),
        }),
        ({ lines, refreshed }) => refreshed && lines.some((line) => status(line) === '304'),
        10000,
      );
      const line = got.value.lines.find((l) => status(l) === '304');
      if (!got.ok || !line)
        throw new Error(
          `no 304 in the access log after a refresh: ${got.value.lines.slice(0, 3).join(' | ') || '(no request)'}`,
        );
      evidence(`${server} ${browser}: ${line}`);
      return `access log: ${line}`;
    });

    await check(`${browser} changed feed picked up`, async () => {
      const changed = structuredClone(original);
      const item = /** @type {NewsItem} */ (changed.items.find((i) => i.id === newest[0].id));
      item.title.en = `${item.title.en} (updated at ${new Date().toISOString().slice(11, 19)})`;
      const mark = site.read('access.log').length;
      site.publish(NEWS, changed);
      const want = collapsed(item.title.en);
      const shownText = await poll(text, (t) => t.includes(want), 10000);
      if (!shownText.ok) throw new Error(`"${want}" not shown after publishing it`);
      const line = feedLines(mark).find((l) => status(l) === '200');
      if (!line) throw new Error(`no 200 for the changed feed: ${feedLines(mark).join(' | ')}`);
      return `"${want}" shown; access log: ${line}`;
    });

    await check(`${browser} CORS from another origin`, async () => {
      const errors = (await events()).filter((e) => e.type === 'uzl-error');
      if (errors.length > 0)
        throw new Error(`uzl-error: ${errors.map((e) => e.message).join('; ')}`);
      const lines = feedLines(start);
      const without = lines.filter((line) => !line.includes(`origin=${pageOrigin} `));
      if (without.length > 0)
        throw new Error(`requests without the page's Origin: ${without.join(' | ')}`);
      return `page ${pageOrigin}, feed ${site.feedOrigin}: ${lines.length} requests with Origin, no uzl-error`;
    });

    await check(`${browser} response headers`, async () => {
      const response = tab
        .responses()
        .find((r) => r.url === site.feedUrl(NEWS) && r.status === 200);
      if (!response) throw new Error('the browser saw no 200 for the feed');
      const problems = headerProblems(response.headers, ['gzip', 'br']);
      if (problems.length > 0) throw new Error(problems.join('; '));
      return shown(response.headers);
    });
    await tab.close();
    await engine.close();
  }
  site.publish(NEWS, original);

  await check('plain requests', () =>
    checkPlainRequests({
      url: site.feedUrl(NEWS),
      origin: pageOrigin,
      brotli,
      missing: site.feedUrl('missing.json'),
    }),
  );
  if (htaccessUrl)
    await check('.htaccess (shared hosting)', () =>
      checkPlainRequests({ url: htaccessUrl, origin: pageOrigin, brotli }),
    );
  return { failed };
}
