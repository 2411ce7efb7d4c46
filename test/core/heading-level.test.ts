// Every widget starts its headings at the same level when the page does not say
// (`heading-level`): h3, under the h2 of the page's section that holds it (issue #16 point 8).
import { expect, fixtureCleanup } from '@open-wc/testing';
import aiDemo from '../../demo/data/ai-publications.json' with { type: 'json' };
import campusesDemo from '../../demo/data/campuses.json' with { type: 'json' };
import eventsDemo from '../../demo/data/events.json' with { type: 'json' };
import newsDemo from '../../demo/data/news.json' with { type: 'json' };
import statsDemo from '../../demo/data/stats.json' with { type: 'json' };
import '../../src/ai-publications/uzl-ai-publications.js';
import '../../src/campus-card/uzl-campus-card.js';
import '../../src/event-calendar/uzl-event-calendar.js';
import '../../src/news-list/uzl-news-list.js';
import '../../src/stats-counter/uzl-stats-counter.js';
import { $$, WIDGET_TAGS, widgetMounter } from '../helpers/widgets.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const FEEDS: Record<string, unknown> = {
  'uzl-news-list': newsDemo,
  'uzl-event-calendar': eventsDemo,
  'uzl-campus-card': campusesDemo,
  'uzl-stats-counter': statsDemo,
  'uzl-ai-publications': aiDemo,
};

/** The level of the widget's top heading. */
const topLevel = (el: Element) =>
  Math.min(...$$(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1))));

describe('heading-level: one default for every widget', () => {
  afterEach(() => fixtureCleanup());

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> starts at h3 by default, and where heading-level says`, async () => {
      const { mountData } = widgetMounter<Widget>(tag, '');
      const { el } = await mountData(FEEDS[tag], { width: 900 });
      expect(topLevel(el), 'default').to.equal(3);
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(topLevel(el), 'heading-level="2"').to.equal(2);
    });
  }
});
