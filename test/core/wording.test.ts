// Wording a page can change (issue #28 point 4): a page replaces a widget's text, per
// language, by message id, through `setMessages()` or a `data-uzl-messages` JSON block, in all
// five widgets; the text follows a language switch; hostile text stays text; a replacement
// that does not fit its message's values, or names no message, warns once.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import { setMessages, type MessageId } from '../../src/core/wording.js';
import type { WidgetId } from '../../src/widgets.js';
import { until } from '../helpers/feeds.js';
import { HOSTILE_TEXT, pwned, resetPwned } from '../helpers/hostile.js';
import { $$, demoFeed, text, WIDGETS, widgetMounter, type TestWidget } from '../helpers/widgets.js';

// The page's own block, as a CMS editor pastes it: read when a widget first needs a text.
const block = document.createElement('script');
block.type = 'application/json';
block.dataset['uzlMessages'] = '';
block.textContent = JSON.stringify({ en: { 'campus.copy': 'Copy (the page’s words)' } });
document.head.append(block);

/** Per widget, a text its demo feed shows, and the attributes that show it. */
const SHOWN: Record<WidgetId, { id: MessageId; attrs: string; values?: string }> = {
  // "Show 5 more": the replacement places the count itself.
  'news-list': { id: 'list.show-more', attrs: 'limit="5"', values: '{0}' },
  'event-calendar': { id: 'calendar.upcoming', attrs: 'view="list"' },
  'campus-card': { id: 'campus.map', attrs: '' },
  'stats-counter': { id: 'stats.caption', attrs: 'no-animation' },
  'ai-publications': { id: 'ai.publications', attrs: '' },
};

const replaced = (widget: TestWidget, lang: string) =>
  `Info sessions ${lang} ${widget.id}${SHOWN[widget.id].values ? ' ({0})' : ''}`;

async function mount(widget: TestWidget, lang: string) {
  const { mountData } = widgetMounter<HTMLElement & { data?: unknown }>(widget.tag, '');
  const { el } = await mountData(await demoFeed(widget), {
    lang,
    attrs: SHOWN[widget.id].attrs,
    width: 400,
  });
  return el;
}

const said: string[] = [];
/** Collects console.warn's messages in `said` while `work` runs. */
async function warnings(work: () => Promise<void> | void): Promise<string[]> {
  said.length = 0;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
  }
  return [...said];
}

describe('wording a page can change', () => {
  before(() => {
    const overrides: Record<string, Record<string, string>> = {};
    for (const lang of ['nl', 'fr'])
      overrides[lang] = Object.fromEntries(WIDGETS.map((w) => [SHOWN[w.id].id, replaced(w, lang)]));
    setMessages(overrides);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> shows the page's text in nl and in fr, and follows a switch`, async () => {
      const el = await mount(widget, 'nl');
      const count = (s: string) => (SHOWN[widget.id].values ? s.replace('{0}', '5') : s);
      expect(text(el)).to.contain(count(replaced(widget, 'nl')));
      expect(text(el)).not.to.contain('{0}');
      el.parentElement!.lang = 'fr';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(text(el)).to.contain(count(replaced(widget, 'fr')));
      expect(text(el)).not.to.contain(count(replaced(widget, 'nl')));
      // English was not replaced: the widget's own text.
      el.parentElement!.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(text(el)).not.to.contain('Info sessions');
    });

    it(`<${widget.tag}> shows a hostile replacement as text`, async () => {
      resetPwned();
      const { id, values } = SHOWN[widget.id];
      const hostile = `${HOSTILE_TEXT.join(' ')}${values ? ` ${values}` : ''}`;
      const el = await mount(widget, 'nl');
      setMessages({ nl: { [id]: hostile } });
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(text(el)).to.contain(HOSTILE_TEXT.join(' '));
      expect($$(el, 'img[src="x"], script, svg[onload]')).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).to.equal(false);
      setMessages({ nl: { [id]: replaced(widget, 'nl') } });
    });
  }

  it('reads the page’s data-uzl-messages block', async () => {
    const campus = WIDGETS.find((w) => w.id === 'campus-card')!;
    expect(text(await mount(campus, 'en'))).to.contain('Copy (the page’s words)');
  });

  it('a replacement without the message’s value is dropped for the widget’s text, and warns once', async () => {
    const news = WIDGETS.find((w) => w.id === 'news-list')!;
    const own = `En afficher ${new Intl.NumberFormat('fr-BE').format(5)}`;
    const heard = await warnings(async () => {
      setMessages({ fr: { 'list.show-more': 'Encore {1}' } });
      const el = await mount(news, 'fr');
      // The check is a chunk of its own: the widget may show the misfit until it has loaded.
      await until(() => text(el).includes(own), 'the message’s own text');
      expect(text(el)).not.to.contain('Encore');
      // Given again and shown again: no second warning.
      setMessages({ fr: { 'list.show-more': 'Encore {1}' } });
      await mount(news, 'fr');
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(heard.filter((s) => s.includes('"list.show-more"'))).to.have.length(1);
    expect(heard[0]).to.contain('{0}');
  });

  it('an id no widget has warns once; a known one does not', async () => {
    const heard = await warnings(async () => {
      setMessages({ en: { 'calender.upcoming': 'x', 'calendar.upcomming': 'y' } as never });
      await until(() => said.length >= 2, 'the warnings');
      setMessages({ en: { 'calender.upcoming': 'x', 'calendar.close': 'Done' } as never });
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(heard.filter((s) => s.includes('"calender.upcoming"'))).to.have.length(1);
    expect(heard.filter((s) => s.includes('"calendar.upcomming"'))).to.have.length(1);
    expect(heard.join(' ')).not.to.contain('calendar.close');
  });
});
