// <uzl-ai-publications> as a visitor first meets it: loading, the data, an empty feed, errors
// and Retry; and axe over every state, in each language.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { UzlLoadDetail } from '../../src/core/events.js';
import { $, fold, text } from '../helpers/widgets.js';
import { feedUrl, nextEvent, serverCount, uniqueId } from '../helpers/feeds.js';
import {
  DEMO,
  FIXTURES,
  demoFeed,
  mountSrc,
  mountData,
  mountLoading,
  page,
  type El,
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

  it('is busy with a placeholder while the feed loads, then shows the feed', async () => {
    const held = await mountLoading();
    expect($(held, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(held, '[part="loading"]')).to.exist;
    expect(text(held)).to.equal('Loading…');
    expect(held.getBoundingClientRect().height).to.be.greaterThan(200);
    fixtureCleanup();

    const container = await page({ lang: 'nl' });
    container.innerHTML = `<uzl-ai-publications src="${demoFeed('slow', 'ok', 500)}"></uzl-ai-publications>`;
    const el = container.firstElementChild as El;
    const loaded = nextEvent(el, 'uzl-load');
    await el.updateComplete;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.equal('Bezig met laden…');
    await loaded;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(toggles(el)).to.have.length(12);
  });

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
    expect(data.detail).to.deep.equal({ src: '', count: 5 });
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

  it('says there is nothing, in words that fit the sections shown', async () => {
    const fromServer = await mountSrc(
      feedUrl(uniqueId('empty'), 'ok', { file: `${FIXTURES}/valid-minimal-empty-arrays.json` }),
    );
    expect(fromServer.detail.count).to.equal(0);
    expect(text(fromServer.el)).to.equal('No news or publications at the moment.');
    expect($(fromServer.el, '[part="empty"]')).to.exist;
    expect(filter(fromServer.el)).to.equal(null);

    const empty = feedOf([]);
    for (const [sections, message] of [
      ['both', 'No news or publications at the moment.'],
      ['news', 'No news at the moment.'],
      ['publications', 'No publications at the moment.'],
    ]) {
      const { el } = await mountData(empty, { attrs: `sections="${sections}"` });
      expect(text(el), sections).to.equal(message);
    }
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

  it('shows a 404 with Retry and the fallback link, and recovers on Retry', async () => {
    const id = uniqueId('404-then-ok');
    const { el, detail } = await mountSrc(
      feedUrl(id, '404,ok', { file: DEMO }),
      { fallback: true },
      'uzl-error',
    );
    expect(detail).to.include({ kind: 'http', status: 404 });
    expect(text(el)).to.contain('The information could not be found.');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]')!;
    expect(fold(retry.textContent)).to.equal('Retry');
    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    retry.click();
    expect((await loaded).detail.count).to.equal(20);
    await el.updateComplete;
    expect(toggles(el)).to.have.length(12);
    expect((await serverCount(id)).requests).to.equal(2);
    // The visitor who pressed Retry hears that it worked.
    expect(fold($(el, '[role="status"]:not([part])')!.textContent)).to.equal(
      'The information has been loaded.',
    );
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

    const nl = await mountSrc(feedUrl(uniqueId('404-nl'), '404'), { lang: 'nl' }, 'uzl-error');
    expect(text(nl.el)).to.contain('De informatie werd niet gevonden.');
    expect(fold($(nl.el, 'button[part~="retry"]')!.textContent)).to.equal('Opnieuw proberen');
  });

  it('refuses a feed of another shape', async () => {
    // The server's "empty" step is a news-list feed ({version, items}): not ours.
    const { el, detail } = await mountSrc(feedUrl(uniqueId('shape'), 'empty'), {}, 'uzl-error');
    expect(detail.kind).to.equal('invalid');
    expect(text(el)).to.contain('The information could not be read.');
  });
});

describe('<uzl-ai-publications>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  for (const lang of ['en', 'nl', 'fr']) {
    it(`is clean in every state, ${lang}`, async () => {
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

      const empty = await mountData(feedOf([]), { lang });
      await expect(empty.el).to.be.accessible();
      const error = await mountSrc(
        feedUrl(uniqueId(`axe-error-${lang}`), '404'),
        { lang, fallback: true },
        'uzl-error',
      );
      await expect(error.el).to.be.accessible();
      const loading = await mountLoading({ lang });
      await expect(loading).to.be.accessible();
    });
  }
});
