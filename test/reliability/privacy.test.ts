// The privacy ledger (README, "Privacy"): the five widgets on a partner's page (loader from
// the "CDN" origin, feeds and images from the page's, test/server/security-pages.mjs), and
// every request the page made, from the server's log and the page's resource timing, each
// one of: the page, our files, the feeds, their images. No cookie sent or set, nothing
// written to localStorage, sessionStorage, IndexedDB or Cache Storage. Links carry
// rel="noopener noreferrer" and no tracking parameters; images are asked for without a
// Referer (referrerpolicy="no-referrer").
import { expect } from '@open-wc/testing';
import { engine, olderEngine } from '../helpers/engine.js';
import { sleep } from '../helpers/feeds.js';
import {
  closePages,
  expectWidgetsShowData,
  openSecurityPage,
  settled,
  type FrameWindow,
} from '../helpers/security-page.js';

/** What the page's origin holds: cookies, storage keys, IndexedDB databases, caches. */
async function storage(win: FrameWindow): Promise<Record<string, string[]>> {
  const names = (store: Storage) => Array.from({ length: store.length }, (_, i) => store.key(i)!);
  return {
    cookies: win.document.cookie ? win.document.cookie.split('; ') : [],
    localStorage: names(win.localStorage),
    sessionStorage: names(win.sessionStorage),
    // Missing in older Firefox: then nothing to compare.
    indexedDB:
      'databases' in win.indexedDB
        ? (await win.indexedDB.databases()).map((db) => db.name ?? '')
        : [],
    caches: 'caches' in win ? await win.caches.keys() : [],
  };
}

/** Each request's kind of file, by its path under /__sec/<run>/. */
const KINDS: [RegExp, string][] = [
  [/\/page\.html$/, 'the page'],
  [/\/(probe|older-engine)\.js$/, 'the test itself'],
  [/\/dist\/uzl-widgets\.css$/, 'our stylesheet'],
  [/\/dist\/uzl-widgets\.js$/, 'our loader'],
  [/\/dist\/cdn\/core-[\w-]+\.js$/, 'our shared chunk'],
  [/\/dist\/cdn\/uzl-[a-z-]+-[\w-]+\.js$/, "a widget's chunk"],
  [/\/feeds\/[\w-]+\.json$/, 'a feed'],
  [/\/images\/news-\d\.svg$/, "a feed's image"],
];
const kindOf = (url: string) => KINDS.find(([pattern]) => pattern.test(url))?.[1];

describe('privacy ledger', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('the five widgets request only our files, the feeds and their images, and store nothing', async () => {
    const before = await storage(window as FrameWindow);
    const page = await openSecurityPage('loader');
    await settled(page);
    expectWidgetsShowData(page);
    // Late requests (lazy images) have their moment.
    await sleep(500);

    const origin = location.origin;
    const log = await page.log();
    const timing = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming);
    const ledger = log.map((request) => {
      const url = new URL(request.url);
      const kind = kindOf(url.pathname);
      const initiator = timing.find((t) => t.name === request.url)?.initiatorType;
      return {
        origin: url.origin === origin ? 'page origin' : 'CDN origin',
        kind,
        path: url.pathname.replace(/^\/__sec\/[\w-]+/, ''),
        dest: request.dest || initiator || '',
        referer: request.referer,
        cookie: request.cookie,
      };
    });
    console.log(
      `privacy ledger (${olderEngine ? 'legacy' : engine}):\n${ledger.map((r) => `${r.origin}\t${r.kind}\t${r.dest}\t${r.path}\treferer=${r.referer || '(none)'}`).join('\n')}`,
    );

    // Every request is one of ours, and our server saw every request the page timed.
    for (const r of ledger) expect(r.kind, `what is ${r.path}?`).to.be.a('string');
    const logged = new Set(log.map((r) => r.url));
    for (const t of timing)
      expect(logged.has(t.name), `${t.name} went to a server other than ours`).to.equal(true);
    const count = (kind: string) => ledger.filter((r) => r.kind === kind).length;
    expect(count('a feed'), 'feeds: five widgets and the failing one').to.equal(6);
    expect(count("a widget's chunk"), "the five widgets' chunks").to.equal(5);
    expect(count('our loader')).to.equal(1);
    expect(count('our shared chunk')).to.equal(1);
    expect(count("a feed's image"), 'the news images').to.be.greaterThan(0);
    // Our files from the CDN, the feeds and images from theirs (here: the page's origin).
    for (const r of ledger.filter(
      (r) => r.kind?.startsWith('our') || r.kind === "a widget's chunk",
    ))
      expect(r.origin, r.path).to.equal('CDN origin');
    // No cookie went anywhere; the images' host is not told the page's address.
    for (const r of ledger) expect(r.cookie, `cookie on ${r.path}`).to.equal('');
    for (const r of ledger.filter((r) => r.kind === "a feed's image"))
      expect(r.referer, `Referer of ${r.path}`).to.equal('');

    // Nothing stored.
    expect(await storage(page.win), 'cookies and storage after the widgets loaded').to.deep.equal(
      before,
    );

    // Links and images, in every widget's shadow root.
    const roots = [...page.doc.querySelectorAll('[id]')]
      .map((el) => el.shadowRoot)
      .filter((root): root is ShadowRoot => root !== null);
    const links = roots.flatMap((root) => [...root.querySelectorAll('a[href]')]);
    expect(links.length, 'links').to.be.greaterThan(0);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, `rel of ${href}`).to.include.members(['noopener', 'noreferrer']);
      if (/^https?:/.test(href))
        expect(
          [...new URL(href).searchParams.keys()].filter((key) =>
            /^(utm_|fbclid$|gclid$|mc_|_hs)/.test(key),
          ),
          `tracking parameters in ${href}`,
        ).to.deep.equal([]);
    }
    const images = roots.flatMap((root) => [...root.querySelectorAll('img')]);
    expect(images.length, 'images').to.be.greaterThan(0);
    for (const image of images)
      expect(image.getAttribute('referrerpolicy'), image.src).to.equal('no-referrer');
  });
});
