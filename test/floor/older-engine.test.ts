// The legacy lane's premises and what an older engine's visitor sees. This lane runs the whole
// suite with test/floor/older-engine.js first on every page (the test pages and the host pages
// with the drop-in bundle); the tests here prove that the floor really is missing (so the rest
// of the lane means something) and check what only shows without those features: colours,
// borders and the focus ring without light-dark(), room for the stats without :state(), a
// retry without AbortSignal.any. Runs in the legacy lane only (web-test-runner.config.mjs).
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/news-list/uzl-news-list.js';
import '../../src/stats-counter/uzl-stats-counter.js';
import type { UzlNewsList } from '../../src/news-list/news-list.js';
import type { UzlStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { olderEngine } from '../helpers/engine.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { $, focused, fold, text, widgetMounter } from '../helpers/widgets.js';

const news = widgetMounter<UzlNewsList>('uzl-news-list', '<a href="/news">News</a>');
const stats = widgetMounter<UzlStatsCounter>('uzl-stats-counter', '');

/** The colour a declaration computes to, as `rgb(…)`. */
function rgb(hex: string): string {
  const probe = document.createElement('div');
  probe.style.color = hex;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('older engines (Safari 16.4, Firefox ESR 115): the floor', () => {
  afterEach(() => fixtureCleanup());

  it('this page lacks what those engines lack', () => {
    expect(olderEngine, 'older-engine.js ran first').to.equal(true);
    expect(typeof (AbortSignal as { any?: unknown }).any).to.equal('undefined');
    expect('states' in ElementInternals.prototype).to.equal(false);
    for (const [property, value] of [
      ['color', 'light-dark(red, blue)'],
      ['width', 'round(up, 1.5px, 1px)'],
      ['height', '1lh'],
    ]) {
      expect(CSS.supports(property!, value!), `${property}: ${value}`).to.equal(false);
    }
    expect(CSS.supports('selector(:state(x))')).to.equal(false);
    // A style sheet a script builds (Lit's way) drops the declarations an older parser drops.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a { color: light-dark(red, blue); height: 1lh; } b:state(x) { color: red }');
    const rule = sheet.cssRules[0] as CSSStyleRule;
    expect(rule.style.color).to.equal('');
    expect(rule.style.height).to.equal('');
    expect(sheet.cssRules).to.have.length(1);
  });

  it('fetches, retries after a failure and renders, without AbortSignal.any', async () => {
    const id = uniqueId('floor-retry');
    const { el } = await news.mountSrc(feedUrl(id, '500,ok', { file: 'demo/data/news.json' }), {
      lang: 'nl',
    });
    expect((await serverCount(id)).requests).to.equal(2);
    expect($(el, '[part~="item"]')).to.not.equal(null);
    // And a change of language re-renders without fetching again.
    const showMore = () => fold($(el, '[part~="show-more"]')?.textContent);
    const dutch = showMore();
    el.parentElement!.lang = 'fr';
    await until(() => showMore() !== dutch, 'the French button');
    expect(showMore()).to.match(/\d/);
    expect((await serverCount(id)).requests).to.equal(2);
  });

  it('draws colours, borders and a visible focus ring without light-dark()', async () => {
    const { el } = await news.mountSrc(feedUrl(uniqueId('floor-404'), '404'), {}, 'uzl-error');
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]')!;
    const look = getComputedStyle(retry);
    expect(look.backgroundColor, 'button fill').to.equal(rgb('#00648c'));
    expect(look.borderTopColor, 'button border').to.equal(rgb('#00648c'));
    expect(look.color, 'button text').to.equal(rgb('#ffffff'));
    expect(getComputedStyle($(el, '.uzl-root')!).color, 'text').to.equal(rgb('#1b2631'));

    // Reach the button by keyboard, as a visitor would: the ring is drawn in the focus colour.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(retry);
    const ring = getComputedStyle(retry);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(ring.outlineColor).to.equal(rgb('#0b57d0'));
    before.remove();

    // A forced dark theme is dark here too.
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb('#16202a'));
    expect(getComputedStyle($(el, '.uzl-root')!).color).to.equal(rgb('#e8eef3'));
  });

  it('makes room for the figures items names while loading, without :state()', async () => {
    const heights: number[] = [];
    for (const items of ['a', 'a,b,c,d,e,f']) {
      const el = await stats.mountLoading({ width: 320, attrs: `items="${items}"` });
      expect(text(el)).to.equal('Loading…');
      heights.push(el.getBoundingClientRect().height);
      fixtureCleanup();
    }
    expect(heights[1]! / heights[0]!, `${heights.join(' / ')} px`).to.be.greaterThan(3);
  });
});
