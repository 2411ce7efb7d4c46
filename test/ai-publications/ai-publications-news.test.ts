// <uzl-ai-publications>: the news section, newest first, paged with Show more, linked by title or
// by "Read the article".
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $$, focused, fold } from '../helpers/widgets.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import {
  demoFeed,
  mountSrc,
  mountData,
  showMore,
  newsItems,
  newsTitles,
  newsItem,
  without,
  feedOf,
  FIXTURES,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: news', () => {
  afterEach(() => fixtureCleanup());

  it('shows the newest first whatever the feed’s order, with localized dates', async () => {
    const evening = newsItem(5, {
      id: 'evening',
      date: '2025-03-05T18:00:00+01:00',
      title: 'Evening of the 5th',
    });
    const feed = feedOf([], [newsItem(3), newsItem(7), evening, newsItem(1), newsItem(5)]);
    const { el } = await mountData(feed, { attrs: 'limit="10"' });
    expect(newsTitles(el)).to.deep.equal([
      'AI news 7',
      'Evening of the 5th',
      'AI news 5',
      'AI news 3',
      'AI news 1',
    ]);
    const times = $$(el, 'time');
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-03-07',
      '2025-03-05T17:00:00.000Z',
      '2025-03-05',
      '2025-03-03',
      '2025-03-01',
    ]);
    expect(times.map((t) => fold(t.textContent))).to.deep.equal([
      '7 March 2025',
      '5 March 2025',
      '5 March 2025',
      '3 March 2025',
      '1 March 2025',
    ]);
    // The feed object itself is not reordered.
    expect(feed.news.map((n) => n.id)).to.deep.equal([
      'news-3',
      'news-7',
      'evening',
      'news-1',
      'news-5',
    ]);
    // The demo feed's news, newest first.
    const demo = await mountSrc(demoFeed('news-order'));
    expect($$(demo.el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2024-05-21',
      '2023-07-04',
      '2020-01-23',
      '2019-06-17',
      '2019-03-12',
    ]);
  });

  it('shows limit items and reveals limit more, moving the focus to the first new item', async () => {
    const feed = feedOf(
      [],
      Array.from({ length: 7 }, (_, i) => newsItem(i + 1)),
    );
    const { el } = await mountData(feed, { attrs: 'limit="3"' });
    expect(newsTitles(el)).to.deep.equal(['AI news 7', 'AI news 6', 'AI news 5']);
    const [more] = showMore(el);
    expect(fold(more!.textContent)).to.equal('Show 3 more');
    more!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => newsItems(el).length === 6, 'six news items');
    await until(() => fold(focused()?.textContent) === 'AI news 4', 'focus on the fourth');
    expect(focused()!.tagName).to.equal('A');
    expect(fold(showMore(el)[0]!.textContent)).to.equal('Show 1 more');
    showMore(el)[0]!.click();
    await el.updateComplete;
    expect(newsItems(el)).to.have.length(7);
    expect(showMore(el)).to.have.length(0);
    // A new limit starts from the first page again.
    el.limit = 2;
    await el.updateComplete;
    expect(newsItems(el)).to.have.length(2);
    // The default is 5, also for a limit that makes no sense.
    for (const limit of [null, '0', '-2', 'many']) {
      const attrs = limit === null ? '' : `limit="${limit}"`;
      const other = await mountData(feed, { attrs });
      expect(newsItems(other.el), attrs).to.have.length(5);
      expect(fold(showMore(other.el)[0]!.textContent)).to.equal('Show 2 more');
    }
  });

  it('focuses the new news item itself when it has no link', async () => {
    const { el } = await mountSrc(demoFeed('news-focus'), { attrs: 'limit="2"' });
    showMore(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await until(() => focused()?.tagName === 'LI', 'focus on a news item');
    expect(focused()).to.equal(newsItems(el)[2]);
    expect(fold(focused()!.querySelector('time')!.textContent)).to.equal('23 January 2020');
  });

  it('links titled items by their title and untitled ones by "Read the article"', async () => {
    const feed = feedOf(
      [],
      [
        newsItem(4),
        without(newsItem(3), 'url'),
        without(newsItem(2, { url: 'https://www.uzleuven.be/en/ai/untitled' }), 'title'),
        without(newsItem(1), 'title', 'url'),
      ],
    );
    const { el } = await mountData(feed);
    const [titled, titledNoUrl, untitled, bare] = newsItems(el);
    const link = titled!.querySelector<HTMLAnchorElement>('.news-title a')!;
    expect(fold(link.textContent)).to.equal('AI news 4');
    expect(link.href).to.equal('https://www.uzleuven.be/en/ai/news-4');
    expect(titled!.querySelector('.read-more')).to.equal(null);
    expect(fold(titledNoUrl!.querySelector('.news-title')!.textContent)).to.equal('AI news 3');
    expect(titledNoUrl!.querySelector('a')).to.equal(null);
    expect(untitled!.querySelector('.news-title')).to.equal(null);
    const readMore = untitled!.querySelector<HTMLAnchorElement>('a')!;
    expect(readMore.href).to.equal('https://www.uzleuven.be/en/ai/untitled');
    // Its name says which article: the date, for screen readers.
    expect(fold(readMore.textContent)).to.equal('Read the article (2 March 2025)');
    expect(fold(untitled!.querySelector('.summary')!.textContent)).to.equal('Summary 2.');
    expect(bare!.querySelector('a')).to.equal(null);
    expect(fold(bare!.querySelector('.summary')!.textContent)).to.equal('Summary 1.');

    const nl = await mountData(feed, { lang: 'nl' });
    expect(fold(newsItems(nl.el)[2]!.querySelector('a')!.textContent)).to.equal(
      'Lees het artikel (2 maart 2025)',
    );
    expect(newsTitles(nl.el)).to.deep.equal(['AI-nieuws 4', 'AI-nieuws 3']);
  });

  it('opens the article in the language shown when the feed links each language to its own page', async () => {
    const NL = 'https://www.uzleuven.be/nl/ai/robot';
    const FR = 'https://www.uzleuven.be/fr/ia/robot';
    const EN = 'https://www.uzleuven.be/en/ai/untitled';
    const feed = feedOf(
      [],
      [
        newsItem(2, { title: { nl: 'De robot', fr: 'Le robot' }, url: { nl: NL, fr: FR } }),
        without(newsItem(1, { url: { nl: 'javascript:window.__pwned=1', en: EN } }), 'title'),
      ],
    );
    const links = (el: Element) =>
      newsItems(el).map((li) => li.querySelector<HTMLAnchorElement>('a')?.href ?? null);
    const { el } = await mountData(feed, { lang: 'nl' });
    expect(newsTitles(el)).to.deep.equal(['De robot']);
    // The untitled item's Dutch address may not be a link: no "Read the article", and not the
    // English address instead.
    expect(links(el)).to.deep.equal([NL, null]);

    el.lang = 'fr';
    await until(() => links(el)[0] === FR, 'the French address');
    expect(newsTitles(el)).to.deep.equal(['Le robot']);
    // No French address for the untitled item: French pages take the English one (fr, en, nl).
    expect(links(el)).to.deep.equal([FR, EN]);

    // An English page opens the Dutch article of the item whose Dutch title it shows.
    el.lang = 'en';
    await until(() => links(el)[0] === NL, 'the Dutch address on an English page');
    expect(newsTitles(el)).to.deep.equal(['De robot']);
    expect(links(el)).to.deep.equal([NL, EN]);
    expect(fold(newsItems(el)[1]!.querySelector('a')!.textContent)).to.match(/^Read the article /);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('resolves a language’s relative address against the feed’s URL', async () => {
    const id = uniqueId('ai-links-per-language');
    const src = feedUrl(id, 'ok', { file: `${FIXTURES}/valid-news-url-per-language.json` });
    const { el } = await mountSrc(src, { lang: 'fr' });
    const feedBase = new URL(src, location.href);
    const links = () => newsItems(el).map((li) => li.querySelector('a')!.href);
    // The second item has only an English address, relative to the feed: every page opens it.
    const english = new URL('news/ai-2', feedBase).href;
    expect(links()).to.deep.equal(['https://www.uzleuven.be/fr/actualites/ai-1', english]);
    el.parentElement!.lang = 'nl';
    await until(() => links()[0] === new URL('/nl/nieuws/ai-1', feedBase).href, 'Dutch address');
    expect(links()[1]).to.equal(english);
    expect((await serverCount(id)).requests).to.equal(1);
  });
});
