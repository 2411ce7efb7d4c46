// <uzl-news-list> as a visitor meets it: real feeds from the test server (including the demo
// page's own feed), real layout in Chromium, the keyboard, axe, and hostile feed content.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsFeed, NewsItem } from '../../src/news-list/news-feed.js';
import '../../src/news-list/uzl-news-list.js';
import type { UzlNewsList } from '../../src/news-list/news-list.js';
import { $, $$, focused, fold, text, widgetMounter } from '../helpers/widgets.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../helpers/hostile.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { runFeedElementSuite } from '../suites/feed-element.suite.js';
import { newsHarness } from '../helpers/harness/news.js';

const DEMO = 'demo/data/news.json';
const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

// ---- what the visitor sees -------------------------------------------------------------

const showMore = (el: Element) => $<HTMLButtonElement>(el, 'button[part~="show-more"]');
const moreLink = (el: Element) => $<HTMLAnchorElement>(el, 'a[part~="more"]');

// ---- feeds made in the test ----------------------------------------------------------

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;

function newsItem(n: number, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    id: `item-${n}`,
    date: day(n),
    title: { en: `News ${n}`, nl: `Nieuws ${n}`, fr: `Actualité ${n}` },
    summary: { en: `Summary ${n}.`, nl: `Samenvatting ${n}.`, fr: `Résumé ${n}.` },
    url: `https://www.uzleuven.be/en/news/${n}`,
    ...extra,
  };
}

/** `count` items, newest first (item `count` is the newest). */
function newsFeed(count: number, extra: Partial<NewsFeed> = {}): NewsFeed {
  return {
    version: 1,
    moreUrl: 'https://www.uzleuven.be/en/news',
    items: Array.from({ length: count }, (_, i) => newsItem(count - i)),
    ...extra,
  };
}

/** A fixed shuffle, so a failure can be reproduced. */
function shuffled<T>(values: T[], seed = 7): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---- mounting ----------------------------------------------------------------------------

const FALLBACK = '<a href="https://www.uzleuven.be/en/news">UZ Leuven news</a>';
const { mountSrc, mountData, page } = widgetMounter<UzlNewsList>('uzl-news-list', FALLBACK);

// ---- the tests -----------------------------------------------------------------------------

describe('<uzl-news-list>: states', () => {
  afterEach(() => fixtureCleanup());

  it('reserves room for the number of items limit asks for', async () => {
    const heights: number[] = [];
    for (const limit of [2, 8]) {
      const container = await page({ width: 640 });
      container.innerHTML = `<uzl-news-list limit="${limit}" src="${demoFeed('hang', 'hang')}"></uzl-news-list>`;
      const el = container.firstElementChild as UzlNewsList;
      await el.updateComplete;
      heights.push(el.getBoundingClientRect().height);
      fixtureCleanup();
    }
    expect(heights[1]! / heights[0]!).to.be.greaterThan(2.5);
    // The same when a framework sets the property instead of the attribute.
    const container = await page({ width: 640 });
    const el = document.createElement('uzl-news-list');
    el.limit = 8;
    el.src = demoFeed('hang-property', 'hang');
    container.append(el);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(heights[1]);
  });

  it('shows the demo feed: five newest items, Show more and More news', async () => {
    const { el, detail } = await mountSrc(demoFeed('ready'), { fallback: true });
    expect(detail.count).to.equal(15);
    expect(newsHarness(el).items()).to.have.length(5);
    expect(newsHarness(el).titles()[0]).to.equal(
      'Breast cancer patients too often receive unnecessary new cancer drugs',
    );
    expect(newsHarness(el).dates()).to.deep.equal([
      '18 December 2025',
      '17 December 2025',
      '10 December 2025',
      '20 May 2022',
      '18 March 2022',
    ]);
    expect($$(el, '[part~="summary"]')).to.have.length(5);
    expect(fold(showMore(el)!.textContent)).to.equal('Show 5 more');
    expect(moreLink(el)!.href).to.equal('https://www.uzleuven.be/nl/nieuws');
    expect(fold(moreLink(el)!.textContent)).to.equal('More news');
    // The page author's fallback link is hidden while the news shows.
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('keeps the More news link beside the empty message when the feed has one', async () => {
    const { el } = await mountData({ version: 1, moreUrl: '/news', items: [] });
    expect(text(el)).to.contain('No news at the moment.');
    expect(moreLink(el)!.href).to.equal(new URL('/news', location.href).href);
  });
});

describe('<uzl-news-list>: languages', () => {
  afterEach(() => fixtureCleanup());

  const expected = {
    nl: {
      date: '18 december 2025',
      title: 'Borstkankerpatiënten krijgen te vaak overbodige nieuwe kankergeneesmiddelen',
      showMore: 'Toon nog 5',
      more: 'Meer nieuws',
    },
    en: {
      date: '18 December 2025',
      title: 'Breast cancer patients too often receive unnecessary new cancer drugs',
      showMore: 'Show 5 more',
      more: 'More news',
    },
    fr: {
      date: '18 décembre 2025',
      title:
        "Les patients atteints d'un cancer du sein reçoivent trop souvent de nouveaux médicaments anticancéreux superflus",
      showMore: 'En afficher 5 de plus',
      more: 'Plus d’actualités',
    },
  } as const;

  for (const [lang, want] of Object.entries(expected)) {
    it(`speaks ${lang}: dates, titles, buttons and links`, async () => {
      const { el } = await mountSrc(demoFeed(`lang-${lang}`), { lang });
      expect(newsHarness(el).dates()[0]).to.equal(want.date);
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2025-12-18');
      expect(newsHarness(el).titles()[0]).to.equal(want.title);
      expect(fold(showMore(el)!.textContent)).to.equal(want.showMore);
      expect(fold(moreLink(el)!.textContent)).to.equal(want.more);
    });
  }

  it('changes language live without fetching again', async () => {
    const id = uniqueId('live');
    const { el } = await mountSrc(feedUrl(id, 'ok', { file: DEMO }), { lang: 'nl' });
    expect(newsHarness(el).dates()[0]).to.equal('18 december 2025');
    el.parentElement!.lang = 'fr-BE';
    await until(() => newsHarness(el).dates()[0] === '18 décembre 2025', 'French dates');
    expect(fold(showMore(el)!.textContent)).to.equal('En afficher 5 de plus');
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('shows date-times in Brussels time, or in the time-zone attribute’s', async () => {
    const feed = newsFeed(0, {
      items: [newsItem(1, { date: '2025-12-31T23:30:00Z' })],
    });
    const brussels = await mountData(feed);
    expect(newsHarness(brussels.el).dates()).to.deep.equal(['1 January 2026']);
    expect($(brussels.el, 'time')!.getAttribute('datetime')).to.equal('2025-12-31T23:30:00.000Z');
    const utc = await mountData(feed, { attrs: 'time-zone="UTC"' });
    expect(newsHarness(utc.el).dates()).to.deep.equal(['31 December 2025']);
    const unknown = await mountData(feed, { attrs: 'time-zone="Mars/Olympus_Mons"' });
    expect(newsHarness(unknown.el).dates()).to.deep.equal(['1 January 2026']);
  });
});

describe('<uzl-news-list>: order, limit and tag', () => {
  afterEach(() => fixtureCleanup());

  it('shows the newest first whatever the feed’s order, ties in feed order', async () => {
    const feed = newsFeed(12);
    feed.items = shuffled(feed.items);
    // Two items on one day keep the order the feed gives them.
    feed.items.push(newsItem(20, { id: 'tie-a', title: 'Tie A' }));
    feed.items.push(newsItem(20, { id: 'tie-b', title: 'Tie B' }));
    // A date-time later that day comes before the day itself.
    feed.items.push(
      newsItem(5, {
        id: 'morning-20',
        date: '2025-03-20T09:00:00+01:00',
        title: 'Morning of the 20th',
      }),
    );
    const { el } = await mountData(feed, { attrs: 'limit="20"' });
    expect(newsHarness(el).titles().slice(0, 5)).to.deep.equal([
      'Morning of the 20th',
      'Tie A',
      'Tie B',
      'News 12',
      'News 11',
    ]);
    const times = $$(el, 'time').map((t) => Date.parse(t.getAttribute('datetime')!));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    // The feed object itself is not reordered: other widgets may share it.
    expect(feed.items[feed.items.length - 1]!.title).to.equal('Morning of the 20th');
  });

  it('shows limit items and reveals limit more at a time', async () => {
    const { el } = await mountData(newsFeed(8), { attrs: 'limit="3"' });
    expect(newsHarness(el).titles()).to.deep.equal(['News 8', 'News 7', 'News 6']);
    expect(fold(showMore(el)!.textContent)).to.equal('Show 3 more');
    showMore(el)!.click();
    await el.updateComplete;
    expect(newsHarness(el).items()).to.have.length(6);
    expect(fold(showMore(el)!.textContent)).to.equal('Show 2 more');
    showMore(el)!.click();
    await el.updateComplete;
    expect(newsHarness(el).titles()).to.have.length(8);
    expect(newsHarness(el).titles().at(-1)).to.equal('News 1');
    expect(showMore(el)).to.equal(null);
    // A new limit starts from the first page again.
    el.limit = 4;
    await el.updateComplete;
    expect(newsHarness(el).items()).to.have.length(4);
  });

  it('falls back to 5 for a limit that makes no sense', async () => {
    for (const limit of ['0', '-2', 'many']) {
      const { el } = await mountData(newsFeed(8), { attrs: `limit="${limit}"` });
      expect(newsHarness(el).items(), `limit="${limit}"`).to.have.length(5);
    }
  });

  it('shows only the items carrying the tag, and says so when none do', async () => {
    const { el, detail } = await mountSrc(demoFeed('tag'), { attrs: 'tag="Award"' });
    expect(detail.count).to.equal(3);
    expect(newsHarness(el).items()).to.have.length(3);
    expect(newsHarness(el).titles()).to.deep.equal([
      'UZ Leuven one of the 50 best hospitals in the world',
      'European quality label for UZ Leuven obesity clinic',
      'Top Employer 2022',
    ]);
    expect(showMore(el)).to.equal(null);
    el.tag = 'no-such-tag';
    await el.updateComplete;
    expect(text(el)).to.contain('No news at the moment.');
  });
});

describe('<uzl-news-list>: layout and markup', () => {
  afterEach(() => fixtureCleanup());

  const left = (el: Element) =>
    newsHarness(el)
      .items()
      .map((a) => Math.round(a.getBoundingClientRect().left));
  const columns = (el: Element) => new Set(left(el)).size;

  it('lays the grid out in one column at 320 px and more as it widens', async () => {
    const narrow = await mountData(newsFeed(6), { width: 320, attrs: 'layout="grid" limit="6"' });
    expect(columns(narrow.el)).to.equal(1);
    const wide = await mountData(newsFeed(6), { width: 1000, attrs: 'layout="grid" limit="6"' });
    expect(columns(wide.el)).to.be.at.least(3);
    // Cards in a row line up at the top.
    const tops = newsHarness(wide.el)
      .items()
      .map((a) => Math.round(a.getBoundingClientRect().top));
    expect(tops[0]).to.equal(tops[1]);
  });

  it('keeps the list in one column at any width', async () => {
    const { el } = await mountData(newsFeed(6), { width: 1000 });
    expect(columns(el)).to.equal(1);
    expect(el.getAttribute('layout')).to.equal('list');
  });

  it('shows only title and date in the compact layout', async () => {
    const feed = newsFeed(3);
    feed.items[0]!.image = { src: 'https://www.uzleuven.be/a.jpg', width: 800, height: 450 };
    const { el } = await mountData(feed, { attrs: 'layout="compact"' });
    expect(newsHarness(el).titles()).to.have.length(3);
    expect(newsHarness(el).dates()).to.have.length(3);
    expect($$(el, '[part~="summary"]')).to.have.length(0);
    expect($$(el, '[part~="image"]')).to.have.length(0);
  });

  it('uses the heading level asked for, within 2 to 6', async () => {
    for (const [value, tag] of [
      [null, 'H3'],
      ['2', 'H2'],
      ['5', 'H5'],
      ['6', 'H6'],
      ['1', 'H2'],
      ['9', 'H6'],
      ['three', 'H3'],
    ] as const) {
      const attrs = value === null ? '' : `heading-level="${value}"`;
      const { el } = await mountData(newsFeed(2), { attrs });
      const headings = $$(el, '[part~="title"]');
      expect(
        headings.map((h) => h.tagName),
        `heading-level=${value}`,
      ).to.deep.equal([tag, tag]);
    }
  });

  it('links titles to the article, resolving relative URLs against the feed’s URL', async () => {
    const src = feedUrl(uniqueId('relative'), 'ok', {
      file: 'test/fixtures/feeds/news/valid-full.json',
    });
    const { el } = await mountSrc(src);
    const feedLocation = new URL(src, location.href);
    // "/nieuws/…" and "images/…" in the feed mean the feed's own site, not the host page.
    expect($<HTMLAnchorElement>(el, '[part~="title"] a')!.href).to.equal(
      new URL('/nieuws/newsweek-2022', feedLocation).href,
    );
    expect($<HTMLImageElement>(el, 'img[part~="image"]')!.src).to.equal(
      new URL('images/newsweek.jpg', feedLocation).href,
    );
    // Same tab by default; the item without a url has a plain heading.
    expect($(el, '[part~="title"] a')!.hasAttribute('target')).to.equal(false);
    expect($$(el, '[part~="title"]')[1]!.querySelector('a')).to.equal(null);
    expect(fold($$(el, '[part~="title"]')[1]!.textContent)).to.equal(
      'First abdominal wall transplant in Belgium',
    );
  });

  it('opens links in a new tab with rel="noopener noreferrer" when asked', async () => {
    const { el } = await mountData(newsFeed(7), { attrs: 'link-target="_blank"' });
    const links = [...$$<HTMLAnchorElement>(el, '[part~="title"] a'), moreLink(el)!];
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(fold(link.textContent)).to.match(/\(opens in a new tab\)$/);
    }
  });

  it('shows images lazily, with their space reserved and their alt text', async () => {
    const feed = newsFeed(3);
    feed.items[0]!.image = {
      src: '/demo/data/images/news-1.svg',
      alt: { en: 'A surgeon at work', nl: 'Een chirurg aan het werk' },
      width: 800,
      height: 450,
    };
    feed.items[1]!.image = { src: '/demo/data/images/news-2.svg' };
    const { el } = await mountData(feed, { width: 320 });
    const [described, decorative] = $$<HTMLImageElement>(el, 'img[part~="image"]');
    expect(described!.alt).to.equal('A surgeon at work');
    expect(described!.getAttribute('width')).to.equal('800');
    expect(described!.getAttribute('height')).to.equal('450');
    expect(decorative!.getAttribute('alt')).to.equal('');
    for (const img of [described!, decorative!]) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      // The box has its size before any byte of the image arrives.
      expect(img.getBoundingClientRect().height).to.be.greaterThan(40);
    }
    // An item without an image has none, not a broken one.
    expect($$(el, 'article')[2]!.querySelector('img')).to.equal(null);
  });

  it('shows an item whose image fails to load as an item without image', async () => {
    const feed = newsFeed(2);
    feed.items[0]!.image = { src: '/demo/data/images/no-such-image.jpg', width: 800, height: 450 };
    feed.items[1]!.image = { src: '/demo/data/images/news-3.svg', alt: 'Illustration' };
    const { el } = await mountData(feed, { width: 640 });
    await until(() => $$(el, 'img').length === 1, 'the broken image to go');
    expect(newsHarness(el).items()[0]!.querySelector('img')).to.equal(null);
    expect(newsHarness(el).items()[1]!.querySelector('img')!.alt).to.equal('Illustration');
    expect(newsHarness(el).titles()).to.deep.equal(['News 2', 'News 1']);
  });

  it('clamps the summary to three lines', async () => {
    const feed = newsFeed(1);
    feed.items[0]!.summary = 'A long summary that goes on and on. '.repeat(30);
    const { el } = await mountData(feed, { width: 320 });
    const summary = $(el, '[part~="summary"]')!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).to.be.closeTo(3 * lineHeight, 2);
    expect(summary.scrollHeight).to.be.greaterThan(summary.clientHeight);
  });

  it('names each article by its title and lists them as a list', async () => {
    const { el } = await mountData(newsFeed(2));
    const list = $(el, 'ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    for (const article of newsHarness(el).items()) {
      const title = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!);
      expect(title).to.equal(article.querySelector('[part~="title"]'));
      expect(article.parentElement!.tagName).to.equal('LI');
    }
  });
});

describe('<uzl-news-list>: keyboard', () => {
  afterEach(() => fixtureCleanup());

  /** Tabs from a button placed before the widget, returning a label for each stop. */
  async function tabStops(el: UzlNewsList, count: number): Promise<string[]> {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < count; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused();
      stops.push(active ? fold(active.textContent) : 'nothing');
    }
    return stops;
  }

  it('reaches every link and button in reading order', async () => {
    const feed = newsFeed(7);
    delete feed.items[1]!.url; // an item without a link has nothing to focus
    const { el } = await mountData(feed);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    expect(await tabStops(el, 7)).to.deep.equal([
      'News 7',
      'News 5',
      'News 4',
      'News 3',
      'Show 2 more',
      'More news',
      'after',
    ]);
  });

  it('puts the focus on the first new item after Show more', async () => {
    const { el } = await mountData(newsFeed(12));
    showMore(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => newsHarness(el).items().length === 10, 'five more items');
    await until(() => fold(focused()?.textContent) === 'News 7', 'focus on the sixth item');
    expect(focused()!.tagName).to.equal('A');
    // Tab goes on from there, through the new items.
    await sendKeys({ press: 'Tab' });
    expect(fold(focused()!.textContent)).to.equal('News 6');
  });

  it('focuses the new article itself when it has no link', async () => {
    const { el } = await mountSrc(demoFeed('no-links')); // the demo feed has no links
    showMore(el)!.focus();
    await sendKeys({ press: ' ' });
    await until(() => focused()?.tagName === 'ARTICLE', 'focus on an article');
    expect(focused()).to.equal(newsHarness(el).items()[5]);
    expect(fold(focused()!.querySelector('[part~="title"]')!.textContent)).to.equal(
      newsHarness(el).titles()[5],
    );
  });
});

describe('<uzl-news-list>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  // Loading, empty, error and the demo feed are checked in every layout by the shared suite.
  for (const layout of ['list', 'grid', 'compact']) {
    it(`is clean with images, items without links and Show more, ${layout} layout`, async () => {
      const feed = newsFeed(7);
      feed.items[0]!.image = { src: '/demo/data/nothing.jpg', alt: 'Campus Gasthuisberg' };
      feed.items[1]!.image = { src: '/demo/data/nothing.jpg' };
      delete feed.items[2]!.url;

      const ready = await mountData(feed, { attrs: `layout="${layout}"`, width: 900 });
      await expect(ready.el).to.be.accessible();
      showMore(ready.el)!.click();
      await ready.el.updateComplete;
      await expect(ready.el).to.be.accessible();
    });
  }
});

// ---- the contract every feed widget keeps ----------------------------------------------------

// White space and control characters inside a URL fail the schema: those items are skipped
// (with a warning each), so they can never reach an attribute either.
const hiddenUrls = [
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\njavascript:x',
];

runFeedElementSuite({
  tag: 'uzl-news-list',
  demo: DEMO,
  fallbackHtml: FALLBACK,
  emptyFeed: () => ({ version: 1, items: [] }),
  emptyText: {
    nl: 'Er is momenteel geen nieuws.',
    en: 'No news at the moment.',
    fr: 'Aucune actualité pour le moment.',
  },
  variants: [
    { name: 'list layout', attrs: 'layout="list"', widths: [320, 900], count: 15 },
    { name: 'compact layout', attrs: 'layout="compact"', widths: [320], count: 15 },
    { name: 'grid layout', attrs: 'layout="grid"', widths: [640], count: 15 },
  ],
  reserve: [0.8, 1.25],
  hostile: {
    feed: () => ({
      version: 1,
      moreUrl: 'javascript:window.__pwned=1',
      items: [
        ...HOSTILE_TEXT.map((payload, i) =>
          newsItem(i + 1, { title: payload, summary: { en: payload }, url: HOSTILE_URLS[i] }),
        ),
        ...HOSTILE_URLS.map((url, i) =>
          newsItem(10 + i, {
            url,
            image: { src: url, alt: HOSTILE_TEXT[i % HOSTILE_TEXT.length] },
          }),
        ),
        ...hiddenUrls.map((url, i) => newsItem(20 + i, { url })),
      ],
    }),
    attrs: 'limit="50"',
    urls: /^https?:/,
    check(el, warnings) {
      expect(warnings).to.have.length(hiddenUrls.length);
      // Every other item is on screen, so each dangerous URL really met the widget.
      expect(newsHarness(el).items()).to.have.length(HOSTILE_TEXT.length + HOSTILE_URLS.length);
      expect(newsHarness(el).titles()).to.include.members(HOSTILE_TEXT);
      expect($$(el, 'img')).to.have.length(0);
      // No link kept a non-HTTP(S) URL; those items show a plain heading instead.
      expect(moreLink(el)).to.equal(null);
      expect($$(el, '[part~="title"] a')).to.have.length(0);
    },
  },
});
