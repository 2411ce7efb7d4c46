// <uzl-news-list> with a link per language (`url: {"nl": …, "fr": …}`, as `uzl-widgets convert`
// writes when a feed's languages link to different pages): the visitor opens the article in the
// language the widget shows, that language follows the page while it runs, a language without
// its own address takes the next one in the order texts fall back in, and an address a link may
// not have is dropped, never swapped for another language's.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { NewsFeed } from '../../src/news-list/news-feed.js';
import '../../src/news-list/uzl-news-list.js';
import type { UzlNewsList } from '../../src/news-list/news-list.js';
import { $, $$, fold, widgetMounter } from '../helpers/widgets.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { newsHarness } from '../helpers/harness/news.js';

const { mountSrc, mountData } = widgetMounter<UzlNewsList>('uzl-news-list', '');

const NL = 'https://www.uzleuven.be/nl/nieuws/robot';
const FR = 'https://www.uzleuven.be/fr/actualites/robot';
const MORE_NL = 'https://www.uzleuven.be/nl/nieuws';
const MORE_EN = 'https://www.uzleuven.be/en/news';

/** The address each item's title links to, `null` for a title that is no link. */
const titleLinks = (el: Element) =>
  $$(el, '[part~="title"]').map((h) => h.querySelector('a')?.href ?? null);
const moreLink = (el: Element) => $<HTMLAnchorElement>(el, 'a[part~="more"]')?.href ?? null;

function feed(url: NewsFeed['items'][number]['url'], moreUrl?: NewsFeed['moreUrl']): NewsFeed {
  return {
    version: 1,
    ...(moreUrl ? { moreUrl } : {}),
    items: [
      {
        id: 'robot',
        date: '2025-12-18',
        title: { nl: 'De robot opereert', fr: 'Le robot opère' },
        ...(url ? { url } : {}),
      },
    ],
  };
}

describe('<uzl-news-list>: links per language', () => {
  afterEach(() => fixtureCleanup());

  it('opens the article in the language shown, and follows a change of language', async () => {
    const { el } = await mountData(feed({ nl: NL, fr: FR }, { nl: MORE_NL, en: MORE_EN }), {
      lang: 'nl',
    });
    expect(newsHarness(el).titles()).to.deep.equal(['De robot opereert']);
    expect(titleLinks(el)).to.deep.equal([NL]);
    expect(moreLink(el)).to.equal(MORE_NL);

    // The element's own lang attribute, set while the page runs.
    el.lang = 'fr';
    await until(() => titleLinks(el)[0] === FR, 'the French address');
    expect(newsHarness(el).titles()).to.deep.equal(['Le robot opère']);
    // French pages without a French overview take the English one (fr, then en, nl).
    expect(moreLink(el)).to.equal(MORE_EN);

    // An English page has no English article: it opens the Dutch one, as it shows the Dutch
    // title (en, then nl, then fr).
    el.lang = 'en-GB';
    await until(() => titleLinks(el)[0] === NL, 'the Dutch address on an English page');
    expect(newsHarness(el).titles()).to.deep.equal(['De robot opereert']);
    expect(moreLink(el)).to.equal(MORE_EN);
  });

  it('drops an address a link may not have, rather than opening another language’s', async () => {
    const hostile = feed(
      { nl: 'javascript:window.__pwned=1', fr: FR },
      { nl: 'javascript:window.__pwned=1', fr: 'https://www.uzleuven.be/fr' },
    );
    const nl = await mountData(hostile, { lang: 'nl' });
    expect(newsHarness(nl.el).titles()).to.deep.equal(['De robot opereert']);
    expect(titleLinks(nl.el)).to.deep.equal([null]);
    expect(moreLink(nl.el)).to.equal(null);
    // English pages fall back to the Dutch address, which is dropped too: no link, not the French one.
    const en = await mountData(hostile, { lang: 'en' });
    expect(titleLinks(en.el)).to.deep.equal([null]);
    expect(moreLink(en.el)).to.equal(null);
    // French pages have an address of their own.
    const fr = await mountData(hostile, { lang: 'fr' });
    expect(titleLinks(fr.el)).to.deep.equal([FR]);
    expect(moreLink(fr.el)).to.equal('https://www.uzleuven.be/fr');
    // No element anywhere carries the script.
    for (const { el } of [nl, en, fr])
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('resolves a language’s relative address against the feed’s URL, in every language', async () => {
    const id = uniqueId('links-per-language');
    const src = feedUrl(id, 'ok', { file: 'test/fixtures/feeds/news/valid-url-per-language.json' });
    const { el } = await mountSrc(src, { lang: 'nl' });
    const relative = new URL('fr/actualites/b', new URL(src, location.href)).href;
    expect(newsHarness(el).titles()).to.deep.equal(['Titel', 'Alleen een Franse link']);
    // The second item has only a French address: every page opens it.
    expect(titleLinks(el)).to.deep.equal(['https://www.uzleuven.be/nl/nieuws/a', relative]);
    expect(moreLink(el)).to.equal('https://www.uzleuven.be/nl/nieuws');
    el.parentElement!.lang = 'en';
    await until(() => fold(newsHarness(el).titles()[0]) === 'Title', 'English titles');
    expect(titleLinks(el)).to.deep.equal(['https://www.uzleuven.be/en/news/a', relative]);
    expect(moreLink(el)).to.equal('https://www.uzleuven.be/en/news');
    // The language changed on the page, not the feed: one request.
    expect((await serverCount(id)).requests).to.equal(1);
  });
});
