// Every widget starts its headings at the same level when the page does not say
// (`heading-level`): h3, under the h2 of the page's section that holds it (issue #16 point 8).
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import { $$, demoFeed, WIDGETS, widgetMounter } from '../helpers/widgets.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** The level of the widget's top heading. */
const topLevel = (el: Element) =>
  Math.min(...$$(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1))));

describe('heading-level: one default for every widget', () => {
  afterEach(() => fixtureCleanup());

  for (const widget of WIDGETS) {
    const { tag } = widget;
    it(`<${tag}> starts at h3 by default, and where heading-level says`, async () => {
      const { mountData } = widgetMounter<Widget>(tag, '');
      const { el } = await mountData(await demoFeed(widget), { width: 900 });
      expect(topLevel(el), 'default').to.equal(3);
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(topLevel(el), 'heading-level="2"').to.equal(2);
    });
  }
});
