// A summary cut to three lines can be read whole when its item has no link to the article
// (WCAG 1.4.10 / 1.4.4, issue #16 point 6): at 320 CSS px (400 % zoom) "Read more" shows all
// of it, by keyboard, and "Show less" cuts it again.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsFeed, NewsItem } from '../../src/news-list/news-feed.js';
import type { UzlNewsList } from '../../src/news-list/news-list.js';
import '../../src/news-list/uzl-news-list.js';
import { until } from '../helpers/feeds.js';
import { focused, fold, widgetMounter } from '../helpers/widgets.js';
import { newsHarness } from '../helpers/harness/news.js';

const { mountData } = widgetMounter<UzlNewsList>('uzl-news-list', '');

const LONG = Array.from(
  { length: 12 },
  (_, i) => `Zin ${i + 1} van een lange samenvatting die niemand mag missen.`,
).join(' ');

const item = (id: string, summary: string, url?: string): NewsItem => ({
  id,
  date: '2025-03-01',
  title: { nl: `Titel ${id}` },
  summary: { nl: summary },
  ...(url ? { url } : {}),
});

const feed: NewsFeed = {
  version: 1,
  items: [
    item('long', LONG),
    item('short', 'Kort.'),
    item('linked', LONG, 'https://www.uzleuven.be/nl/nieuws/1'),
  ],
};

const summaryOf = (article: Element) => article.querySelector<HTMLElement>('.summary')!;
const toggleOf = (article: Element) =>
  article.querySelector<HTMLButtonElement>('button[part~="read-more"]');
/** Whether all of `p`'s text shows: nothing of it is cut off below its box. */
const whole = (p: HTMLElement) => p.scrollHeight <= p.clientHeight + 1;
const lineHeight = (p: HTMLElement) => parseFloat(getComputedStyle(p).lineHeight);

describe('<uzl-news-list>: summaries cut to a few lines', () => {
  afterEach(() => fixtureCleanup());

  for (const layout of ['list', 'grid']) {
    it(`${layout}: without a link, "Read more" shows the whole summary by keyboard at 320 px`, async () => {
      const { el } = await mountData(feed, { lang: 'nl', width: 320, attrs: `layout="${layout}"` });
      await until(() => toggleOf(newsHarness(el).items()[0]!) !== null, '"Lees meer" to show');
      const [long, short, linked] = newsHarness(el).items();
      const summary = summaryOf(long!);
      // Cut to three lines at first.
      expect(whole(summary)).to.equal(false);
      expect(summary.clientHeight / lineHeight(summary)).to.be.closeTo(3, 0.5);
      const button = toggleOf(long!)!;
      expect(fold(button.textContent)).to.equal('Lees meer');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(
        summary,
      );
      // Named apart from the other items' buttons by its item's title.
      expect(
        fold(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)?.textContent),
      ).to.equal('Titel long');
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      // A summary that fits needs no button; a linked item's article has the rest.
      expect(whole(summaryOf(short!))).to.equal(true);
      expect(toggleOf(short!)).to.equal(null);
      expect(toggleOf(linked!)).to.equal(null);
      await expect(el).to.be.accessible();

      // The keyboard opens it…
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => button.getAttribute('aria-expanded') === 'true', 'Enter to open');
      await el.updateComplete;
      expect(whole(summary)).to.equal(true);
      expect(summary.clientHeight / lineHeight(summary)).to.be.greaterThan(6);
      expect(fold(button.textContent)).to.equal('Toon minder');
      expect(focused()).to.equal(button);
      // …the page never scrolls sideways…
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expect(el).to.be.accessible();

      // …and closes it again.
      await sendKeys({ press: ' ' });
      await until(() => button.getAttribute('aria-expanded') === 'false', 'Space to close');
      await el.updateComplete;
      expect(whole(summary)).to.equal(false);
      expect(fold(button.textContent)).to.equal('Lees meer');
    });
  }

  it('offers "Read more" only once the summary is cut off, following the width', async () => {
    const { el } = await mountData(
      { version: 1, items: [item('medium', LONG.slice(0, 180))] },
      { lang: 'fr', width: 1000 },
    );
    const article = newsHarness(el).items()[0]!;
    expect(whole(summaryOf(article))).to.equal(true);
    expect(toggleOf(article)).to.equal(null);
    el.parentElement!.style.width = '280px';
    await until(() => toggleOf(article) !== null, 'the button once the summary is cut off');
    expect(whole(summaryOf(article))).to.equal(false);
    expect(fold(toggleOf(article)!.textContent)).to.equal('Lire la suite');
  });
});
