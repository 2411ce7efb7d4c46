// <uzl-ai-publications> as a visitor first meets it: the data, what each choice of sections
// counts and says when empty, a server error in French, and axe over its own states; then the
// shared suite (test/suites/feed-element.suite.ts) for loading, empty, error, Retry, axe in
// every state and language, and hostile URLs.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { $, $$, fold, text } from '../helpers/widgets.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../helpers/hostile.js';
import { feedUrl, nextEvent, serverCount, uniqueId } from '../helpers/feeds.js';
import { runFeedElementSuite } from '../suites/feed-element.suite.js';
import {
  DEMO,
  FALLBACK,
  FIXTURES,
  demoFeed,
  mountSrc,
  mountData,
  filter,
  options,
  count,
  toggles,
  toggleLabel,
  domainBlocks,
  pubs,
  notes,
  showMore,
  newsItems,
  sectionTitles,
  searchFor,
  newsItem,
  without,
  publication,
  domain,
  feedOf,
  searchFeed,
  bigDomain,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: states', () => {
  afterEach(() => fixtureCleanup());

  it('shows the demo feed: five news items and twelve closed domains', async () => {
    const { el, detail } = await mountSrc(demoFeed('ready'), { fallback: true });
    // 5 news items + 15 publications.
    expect(detail.count).to.equal(20);
    expect(sectionTitles(el)).to.deep.equal(['News', 'Scientific publications']);
    expect(newsItems(el)).to.have.length(5);
    expect(showMore(el)).to.have.length(0);
    expect(count(el)).to.equal('15 publications');
    expect(options(el)[0]).to.equal('All domains (15)');
    expect(toggles(el).map(toggleLabel)).to.deep.equal([
      'Cardiovascular diseases',
      'Emergency medicine',
      'Gastroenterology and hepatology',
      'Gynaecology and obstetrics',
      'Intensive care medicine',
      'Laboratory medicine',
      'Nuclear medicine',
      'Oral, maxillofacial and facial surgery',
      'Otorhinolaryngology, head and neck surgery',
      'Physical medicine and rehabilitation',
      'Respiratory diseases',
      'Thoracic surgery',
    ]);
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(pubs(el)).to.have.length(0);
    // The page author's fallback link is hidden while the data shows.
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('counts in uzl-load what the sections show', async () => {
    const news = await mountSrc(demoFeed('count-news'), { attrs: 'sections="news"' });
    expect(news.detail.count).to.equal(5);
    expect(sectionTitles(news.el)).to.deep.equal(['News']);
    expect(filter(news.el)).to.equal(null);
    const publications = await mountSrc(demoFeed('count-pubs'), {
      attrs: 'sections="publications"',
    });
    expect(publications.detail.count).to.equal(15);
    expect(sectionTitles(publications.el)).to.deep.equal(['Scientific publications']);
    expect(newsItems(publications.el)).to.have.length(0);
    const data = await mountData(searchFeed());
    expect(data.detail).to.deep.equal({ src: '', count: 5, refresh: false });
  });

  it('shows a feed given as the data property, without any request', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'sections="publications"' });
    expect(count(el)).to.equal('5 publications');
    expect(toggles(el).map(toggleLabel)).to.deep.equal([
      'Hepatology',
      'Cardiology',
      'Nuclear medicine',
      'Emergency medicine',
    ]);
    expect(sectionTitles(el)).to.deep.equal(['Scientific publications']);
  });

  it('says there is nothing when the sections shown are empty, whatever the other holds', async () => {
    // The words for each choice of sections, in each language, are the shared suite's.
    const empty = await mountData(feedOf([]));
    expect($(empty.el, '[part="empty"]')).to.exist;
    expect(filter(empty.el)).to.equal(null);
    // The other section's content does not count: news only, without news, is empty…
    const newsOnly = await mountData(feedOf([domain('d', 'D', [publication('p')])]), {
      attrs: 'sections="news"',
    });
    expect(newsOnly.detail.count).to.equal(0);
    expect(text(newsOnly.el)).to.equal('No news at the moment.');
    // …and so are publications only, without domains.
    const pubsOnly = await mountData(feedOf([], [newsItem(1)]), {
      attrs: 'sections="publications"',
    });
    expect(text(pubsOnly.el)).to.equal('No publications at the moment.');
  });

  it('still shows domains that have no publications yet', async () => {
    const { el, detail } = await mountSrc(
      feedUrl(uniqueId('empty-domain'), 'ok', {
        file: `${FIXTURES}/valid-domain-without-publications.json`,
      }),
    );
    expect(detail.count).to.equal(0);
    expect($(el, '[part="empty"]')).to.equal(null);
    expect(count(el)).to.equal('0 publications');
    expect(toggles(el).map(toggleLabel)).to.deep.equal(['Thoracic surgery']);
    toggles(el)[0]!.click();
    await el.updateComplete;
    expect(notes(el)).to.deep.equal(['No publications in this domain yet.']);
  });

  it('shows a 500 in the page’s language, after the retries, and recovers on Retry', async () => {
    const id = uniqueId('500-fr');
    const { el, detail } = await mountSrc(
      feedUrl(id, '500,500,500,ok', { file: DEMO }),
      { lang: 'fr' },
      'uzl-error',
    );
    expect(detail).to.include({ kind: 'http', status: 500 });
    expect(text(el)).to.contain(
      'Les informations sont temporairement indisponibles. Veuillez réessayer plus tard.',
    );
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]')!;
    expect(fold(retry.textContent)).to.equal('Réessayer');
    const loaded = nextEvent(el, 'uzl-load');
    retry.click();
    await loaded;
    await el.updateComplete;
    expect(count(el)).to.equal('15 publications');
    expect((await serverCount(id)).requests).to.equal(4);
  });
});

describe('<uzl-ai-publications>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  // Loading, empty, error and the demo feed in each choice of sections are checked in every
  // language by the shared suite.
  for (const lang of ['en', 'nl', 'fr']) {
    it(`is clean with domains open, searches, a domain chosen and paging, ${lang}`, async () => {
      const ready = await mountSrc(demoFeed(`axe-${lang}`), { lang, width: 900 });
      await expect(ready.el).to.be.accessible();
      // One domain open.
      toggles(ready.el)[10]!.click();
      await ready.el.updateComplete;
      expect(pubs(ready.el)).to.have.length(3);
      await expect(ready.el).to.be.accessible();
      // An empty domain open.
      toggles(ready.el)[1]!.click();
      await ready.el.updateComplete;
      await expect(ready.el).to.be.accessible();
      // A search with matches, then none.
      await searchFor(ready.el, 'machine');
      await expect(ready.el).to.be.accessible();
      await searchFor(ready.el, 'zzz');
      expect(domainBlocks(ready.el)).to.have.length(0);
      await expect(ready.el).to.be.accessible();
      // A domain chosen, narrow.
      const chosen = await mountSrc(demoFeed(`axe-chosen-${lang}`), {
        lang,
        width: 320,
        attrs: 'domain="respiratory-diseases" limit="2"',
      });
      await expect(chosen.el).to.be.accessible();
      showMore(chosen.el)[0]!.click();
      await chosen.el.updateComplete;
      await expect(chosen.el).to.be.accessible();
      // Titled and untitled news with links, 45 publications paged.
      const made = await mountData(
        feedOf([bigDomain('big', 45)], [newsItem(2), without(newsItem(1), 'title')]),
        { lang, attrs: 'domain="big" heading-level="4"' },
      );
      showMore(made.el)[0]!.click();
      await made.el.updateComplete;
      await expect(made.el).to.be.accessible();
    });
  }
});

// ---- the contract every feed widget keeps ----------------------------------------------------

runFeedElementSuite({
  tag: 'uzl-ai-publications',
  demo: DEMO,
  fallbackHtml: FALLBACK,
  emptyFeed: () => feedOf([]),
  emptyText: {
    nl: 'Er zijn momenteel geen nieuwsberichten of publicaties.',
    en: 'No news or publications at the moment.',
    fr: 'Aucune actualité ni publication pour le moment.',
  },
  variants: [
    { name: 'news and publications', widths: [900, 320], count: 20 },
    {
      name: 'news only',
      attrs: 'sections="news"',
      widths: [900],
      count: 5,
      emptyText: {
        nl: 'Er is momenteel geen nieuws.',
        en: 'No news at the moment.',
        fr: 'Aucune actualité pour le moment.',
      },
    },
    {
      name: 'publications only',
      attrs: 'sections="publications"',
      widths: [900],
      count: 15,
      emptyText: {
        nl: 'Er zijn momenteel geen publicaties.',
        en: 'No publications at the moment.',
        fr: 'Aucune publication pour le moment.',
      },
    },
  ],
  reserve: [0.8, 1.25],
  hostile: {
    // Every dangerous URL on a titled and an untitled news item, and on a publication with a
    // DOI and one without; the publications' titles carry the hostile text.
    feed: () =>
      feedOf(
        [
          domain(
            'd',
            'D',
            HOSTILE_URLS.flatMap((url, i) => [
              publication(`with-doi-${i}`, { url, doi: `10.1000/x${i}`, year: 2020 }),
              publication(`url-only-${i}`, {
                url,
                year: 2010,
                title: HOSTILE_TEXT[i % HOSTILE_TEXT.length],
              }),
            ]),
          ),
        ],
        HOSTILE_URLS.flatMap((url, i) => [
          newsItem(i + 1, { id: `titled-${i}`, url }),
          without(newsItem(i + 1, { id: `untitled-${i}`, url }), 'title'),
        ]),
      ),
    attrs: 'domain="d" limit="50"',
    urls: /^https:\/\//,
    check(el, warnings) {
      // Nothing was skipped: every dangerous URL really met the widget.
      expect(warnings).to.deep.equal([]);
      expect(newsItems(el)).to.have.length(2 * HOSTILE_URLS.length);
      expect(pubs(el)).to.have.length(2 * HOSTILE_URLS.length);
      // The publications with a DOI link their title to it instead; the others are plain.
      const titleLinks = $$<HTMLAnchorElement>(el, '.publication-title a').map((a) => a.href);
      expect(titleLinks).to.deep.equal(HOSTILE_URLS.map((_, i) => `https://doi.org/10.1000/x${i}`));
      // No news link at all: titles are plain, untitled items have no "Read the article".
      expect($$(el, '.news-item a')).to.have.length(0);
      expect($$(el, 'img')).to.have.length(0);
    },
  },
});
