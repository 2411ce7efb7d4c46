// HTTP caching, the option that stores nothing of ours (#26, README "HTTP caching"): a feed
// served with `Cache-Control: max-age=60, stale-while-revalidate=86400` and an ETag is, on the
// next load, answered by the browser's own cache (the server sees no new request); once
// max-age has passed, a load still shows at once and the browser revalidates (the server
// answers 304), and a refresh (`refresh`) always revalidates. The server's counts come from
// test/server/feed-faults.mjs; nothing is mocked.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import type { UzlLoadDetail } from '../../src/core/events.js';
import { skipIn } from '../helpers/engine.js';
import { feedUrl, nextEvent, serverCount, sleep, uniqueId, until } from '../helpers/feeds.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { WIDGETS, type WidgetElement } from '../helpers/widgets.js';
import { contentText } from './persist-helpers.js';

failOnUncaught();

const SWR = (maxAge: number) => `max-age=${maxAge}, stale-while-revalidate=86400`;

/** A test feed widget (the news list) on `src`, once its data has rendered. */
async function load(src: string, attrs = '') {
  const container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  const loaded = nextEvent<UzlLoadDetail>(container, 'uzl-load', 12000);
  container.innerHTML = `<uzl-news-list src="${src}" ${attrs}></uzl-news-list>`;
  await loaded;
  const el = container.firstElementChild as WidgetElement;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const container of document.querySelectorAll('body > div[lang]')) container.remove();
});

// WebKitGTK's automation session keeps no HTTP cache (test/core/feed-controller.test.ts).
describe('HTTP caching: max-age with stale-while-revalidate', () => {
  const file = WIDGETS[0]!.file;

  skipIn(['webkit'], 'the WebDriver session has no HTTP cache')(
    'within max-age the next load is the browser cache: no request reaches the server',
    async () => {
      const id = uniqueId('http-swr');
      const src = feedUrl(id, 'cacheable', { file, cacheControl: SWR(60) });
      const first = await load(src);
      const shown = contentText(first);
      first.parentElement!.remove();
      const again = await load(src);
      expect(contentText(again)).to.equal(shown);
      expect(await serverCount(id)).to.include({ requests: 1, revalidated: 0 });
    },
  );

  skipIn(['webkit'], 'the WebDriver session has no HTTP cache')(
    'after max-age a load revalidates (304), and a refresh always does',
    async () => {
      const id = uniqueId('http-swr-stale');
      const src = feedUrl(id, 'cacheable', { file, cacheControl: SWR(1) });
      const first = await load(src);
      const shown = contentText(first);
      first.parentElement!.remove();
      await sleep(1500);
      // Stale: shown from the cache, revalidated with the ETag (in the background where the
      // engine implements stale-while-revalidate, before the answer where it does not).
      const stale = await load(src);
      await until(async () => (await serverCount(id)).revalidated >= 1, 'a 304 after max-age');
      expect(contentText(stale)).to.equal(shown);
      stale.parentElement!.remove();
      // A refresh asks the server whatever the cache holds (`cache: 'no-cache'`): 304 again.
      const count = (await serverCount(id)).revalidated;
      const refreshing = await load(src, 'refresh="0.3"');
      await nextEvent<UzlLoadDetail>(refreshing, 'uzl-load', 8000);
      await until(async () => (await serverCount(id)).revalidated > count, 'a 304 for the refresh');
    },
  );
});
