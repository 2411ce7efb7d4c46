// Text in another language than the widget's is marked with `lang` (WCAG 3.1.2, issue #16
// point 4), in all five widgets: feed text the fallback chain took from another language,
// publication titles as published, and the widget's own interface on a page in a language it
// does not speak. What counts is the language a screen reader uses for a piece of text: the
// nearest `lang` above it, through the shadow root to the page, as HTML defines it.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { AiPublicationsFeed } from '../../src/ai-publications/ai-publications-feed.js';
import '../../src/uzl-widgets.js'; // defines every widget
import type { CampusesFeed } from '../../src/campus-card/campuses-feed.js';
import type { EventsFeed } from '../../src/event-calendar/events-feed.js';
import type { NewsFeed } from '../../src/news-list/news-feed.js';
import type { StatsFeed } from '../../src/stats-counter/stats-feed.js';
import { langAttribute, pickLocalized } from '../../src/core/localized-text.js';
import { until } from '../helpers/feeds.js';
import type { WidgetId } from '../../src/widgets.js';
import { $, $$, choose, demoFeed, fold, WIDGETS, widgetMounter } from '../helpers/widgets.js';
import { calendarHarness } from '../helpers/harness/calendar.js';
import { newsHarness } from '../helpers/harness/news.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** The language `node` is read in: the nearest `lang` attribute above it, across shadow roots. */
function langOf(node: Node | null | undefined): string {
  for (let n: Node | null | undefined = node; n;) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
    n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
  }
  return '';
}

const mount = (id: WidgetId, data: unknown, lang: string, attrs = '') =>
  widgetMounter<Widget>(`uzl-${id}`, '').mountData(data, { lang, attrs, width: 900 });

const IMAGE = '/demo/data/images/news-1.svg';
/** Only in English: what a nl or fr page shows through the fallback chain. */
const en = (text: string) => ({ en: text });
/** Only in Dutch. */
const nl = (text: string) => ({ nl: text });

// ---- feeds: in each, something only in English, something only in Dutch, and a plain string ----

const newsFeed: NewsFeed = {
  version: 1,
  items: [
    {
      id: 'english',
      date: '2025-03-02',
      title: en('English title'),
      summary: en('English summary.'),
      image: { src: IMAGE, alt: en('English alt'), width: 160, height: 90 },
    },
    {
      id: 'dutch',
      date: '2025-03-01',
      title: nl('Nederlandse titel'),
      summary: 'The same text for every language.',
      url: 'https://www.uzleuven.be/nl/nieuws/1',
    },
  ],
};

const campusFeed: CampusesFeed = {
  version: 1,
  campuses: [
    {
      id: 'east',
      name: en('East campus'),
      address: { street: 'Herestraat 49', postalCode: '3000', locality: 'Leuven', country: 'BE' },
      phone: '+32 16 33 22 11',
      image: { src: IMAGE, alt: en('The entrance') },
      visitingHours: en('Every day 14:00–20:00'),
      notice: en('Roadworks'),
    },
  ],
};

const statsFeed: StatsFeed = {
  version: 1,
  source: en('Annual report'),
  stats: [
    {
      id: 'beds',
      value: 1995,
      label: en('Beds'),
      unit: en('beds'),
      description: en('On all campuses'),
    },
    { id: 'staff', value: 10000, label: nl('Medewerkers') },
  ],
};

const eventsFeed: EventsFeed = {
  version: 1,
  categories: [{ id: 'talks', label: en('Talks') }],
  events: [
    {
      id: 'talk',
      title: en('English talk'),
      description: en('What the talk is about.'),
      start: '2031-01-15T14:00:00+01:00',
      end: '2031-01-15T16:00:00+01:00',
      category: 'talks',
      location: { name: en('Auditorium'), address: en('Herestraat 49, Leuven') },
    },
    {
      id: 'lezing',
      title: nl('Nederlandse lezing'),
      start: '2031-01-16T14:00:00+01:00',
      end: '2031-01-16T15:00:00+01:00',
    },
  ],
};

const aiFeed: AiPublicationsFeed = {
  version: 1,
  news: [{ id: 'n1', date: '2024-05-21', title: en('English news'), summary: en('In English.') }],
  domains: [
    {
      id: 'radiology',
      label: en('Radiology'),
      publications: [
        { id: 'p1', title: 'Deep learning in radiology', journal: 'Radiology', year: 2024 },
        {
          id: 'p2',
          title: 'Artificiële intelligentie in de radiologie',
          journal: 'Tijdschrift voor Geneeskunde',
          language: 'nl',
          summary: en('A lay summary in English.'),
        },
      ],
    },
  ],
};

// ---- the tests ---------------------------------------------------------------------------

describe('lang on text in another language than the widget’s (WCAG 3.1.2)', () => {
  afterEach(() => fixtureCleanup());

  it('pickLocalized says which language the fallback chain took, when it is not the widget’s', () => {
    expect(pickLocalized({ nl: 'Nieuws', en: 'News' }, 'fr')).to.deep.equal({
      text: 'News',
      lang: 'en',
    });
    expect(pickLocalized({ nl: 'Nieuws', fr: 'Actualités' }, 'en')).to.deep.equal({
      text: 'Nieuws',
      lang: 'nl',
    });
    expect(pickLocalized({ fr: 'Actualités', en: 'News' }, 'fr')).to.deep.equal({
      text: 'Actualités',
      lang: undefined,
    });
    // A plain string is the feed's text for every language: nothing to mark.
    expect(pickLocalized('Plain', 'nl')).to.deep.equal({ text: 'Plain', lang: undefined });
    expect(pickLocalized({ de: 'Nachrichten' } as never, 'nl')).to.deep.equal({
      text: 'Nachrichten',
      lang: 'de',
    });
    expect(pickLocalized(undefined, 'nl')).to.deep.equal({ text: '', lang: undefined });
    expect(langAttribute('en-GB', 'en')).to.equal(undefined);
    expect(langAttribute('nl', 'en')).to.equal('nl');
    expect(langAttribute(undefined, 'en')).to.equal(undefined);
  });

  it('news list: a title, summary and image text taken from English on a Dutch page', async () => {
    const { el } = await mount('news-list', newsFeed, 'nl');
    const [english, dutch] = newsHarness(el).items();
    expect(langOf(english!.querySelector('.title'))).to.equal('en');
    expect(langOf(english!.querySelector('.summary'))).to.equal('en');
    expect(langOf(english!.querySelector('img'))).to.equal('en');
    expect(english!.querySelector('img')!.alt).to.equal('English alt');
    // Dutch text, and text the feed gives for every language, are read as the page's.
    expect(langOf(dutch!.querySelector('.title'))).to.equal('nl');
    expect(langOf(dutch!.querySelector('.summary'))).to.equal('nl');
    // The interface stays Dutch: the date.
    expect(langOf(english!.querySelector('time'))).to.equal('nl');
    await expect(el).to.be.accessible();
  });

  it('news list: a new-tab hint inside an English title still reads in Dutch', async () => {
    const feed: NewsFeed = {
      version: 1,
      items: [{ id: 'a', date: '2025-03-01', title: en('English'), url: 'https://example.org/' }],
    };
    const { el } = await mount('news-list', feed, 'nl', 'link-target="_blank"');
    const hint = $(el, '.title .visually-hidden')!;
    expect(fold(hint.textContent)).to.equal('(opent in een nieuw tabblad)');
    expect(langOf(hint)).to.equal('nl');
    expect(langOf(hint.parentElement)).to.equal('en');
  });

  it('campus card: name, notice, visiting hours and image text taken from English', async () => {
    const { el } = await mount('campus-card', campusFeed, 'fr');
    for (const selector of ['.name', '.notice', 'img']) {
      expect(langOf($(el, selector)), selector).to.equal('en');
    }
    const hours = $$(el, 'dd').find((dd) => fold(dd.textContent) === 'Every day 14:00–20:00');
    expect(langOf(hours)).to.equal('en');
    // Its label is the widget's: "Heures de visite".
    expect(langOf(hours!.previousElementSibling)).to.equal('fr');
    expect(langOf($(el, '.address'))).to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('key figures: label, unit, description and source taken from English', async () => {
    const { el } = await mount('stats-counter', statsFeed, 'nl', 'duration="0"');
    const [beds, staff] = $$(el, '[part~="figure"]');
    for (const selector of ['.label', '.final .unit', '.moving .unit', '.description']) {
      expect(langOf(beds!.querySelector(selector)), selector).to.equal('en');
    }
    expect(langOf(staff!.querySelector('.label'))).to.equal('nl');
    // "Bron:" is the widget's Dutch; the source's name is English.
    const source = $(el, '[part~="source"]')!;
    expect(fold(source.textContent)).to.equal('Bron: Annual report');
    expect(langOf(source)).to.equal('nl');
    const name = [...source.querySelectorAll('span')].find(
      (s) => s.textContent === 'Annual report',
    );
    expect(langOf(name)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('event calendar: titles, places, descriptions and categories taken from English', async () => {
    const { el } = await mount('event-calendar', eventsFeed, 'nl', 'month="2031-01" view="month"');
    const chips = $$<HTMLButtonElement>(el, '.chip');
    const chip = (text: string) => chips.find((c) => fold(c.textContent).endsWith(text))!;
    const english = chip('English talk');
    const titleIn = (c: Element) =>
      [...c.querySelectorAll('span')].find((s) => !s.classList.contains('time'));
    expect(langOf(titleIn(english))).to.equal('en');
    expect(langOf(english.querySelector('.time'))).to.equal('nl');
    expect(langOf(titleIn(chip('Nederlandse lezing')))).to.equal('nl');
    const option = [...$<HTMLSelectElement>(el, 'select[part~="filter"]')!.options].find(
      (o) => o.value === 'talks',
    );
    expect(langOf(option)).to.equal('en');
    // Chosen, it is announced: the category's name in English, the rest in Dutch.
    await choose(el, 'select[part~="filter"]', 'talks');
    const live = calendarHarness(el).liveRegion()!;
    const named = [...live.querySelectorAll('span')].find((s) => fold(s.textContent) === 'Talks');
    expect(named, `"Talks" in "${fold(live.textContent)}"`).to.exist;
    expect(langOf(named)).to.equal('en');
    expect(langOf(live)).to.equal('nl');
    const month = new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric' }).format(
      new Date(2031, 0, 15),
    );
    expect(fold(live.textContent)).to.match(
      new RegExp(`^Talks: \\d+ activiteit(en)? in ${month}$`),
    );
    await choose(el, 'select[part~="filter"]', '');
    // The details of the event.
    english.click();
    await until(() => $(el, '.details') !== null, 'the details to open');
    expect(langOf($(el, '.details-title'))).to.equal('en');
    expect(langOf($(el, '.description'))).to.equal('en');
    const where = [...$(el, '.where')!.querySelectorAll('span')].map((s) => [
      fold(s.textContent),
      langOf(s),
    ]);
    expect(where).to.deep.equal([
      ['Auditorium', 'en'],
      ['Herestraat 49, Leuven', 'en'],
    ]);
    expect(langOf(calendarHarness(el).when())).to.equal('nl');
    await expect(el).to.be.accessible();
    // The list view: title and place.
    el.setAttribute('view', 'list');
    el.setAttribute('show-past', '');
    await until(() => calendarHarness(el).listEvents().length > 0, 'the list view');
    const entry = calendarHarness(el)
      .listEvents()
      .find((b) => fold(b.textContent).includes('English talk'))!;
    expect(langOf(entry.querySelector('.event-title'))).to.equal('en');
    expect(langOf(entry.querySelector('.place'))).to.equal('en');
    expect(langOf(entry.querySelector('.time'))).to.equal('nl');
  });

  it('AI publications: publication titles as published, and news and domains from English', async () => {
    const { el } = await mount('ai-publications', aiFeed, 'nl');
    expect(langOf($(el, '.news-title'))).to.equal('en');
    expect(langOf($(el, '.news-item .summary'))).to.equal('en');
    expect(langOf($(el, '.toggle-label'))).to.equal('en');
    const option = [...$<HTMLSelectElement>(el, 'select[part~="filter"]')!.options].find(
      (o) => o.value === 'radiology',
    );
    expect(langOf(option)).to.equal('en');
    // The section headings and the count are the widget's Dutch.
    expect(langOf($(el, '.section-title'))).to.equal('nl');
    $<HTMLButtonElement>(el, 'button[part~="domain-toggle"]')!.click();
    await el.updateComplete;
    const [english, dutch] = $$(el, 'li[part~="publication"]');
    // Without `language`, a publication is English, as nearly all are.
    expect(langOf(english!.querySelector('.publication-title'))).to.equal('en');
    expect(langOf(english!.querySelector('.journal'))).to.equal('en');
    expect(langOf(dutch!.querySelector('.publication-title'))).to.equal('nl');
    expect(langOf(dutch!.querySelector('.journal'))).to.equal('nl');
    expect(langOf(dutch!.querySelector('.summary'))).to.equal('en');
    // The chosen domain's plain heading.
    (el as Widget & { domain?: string }).domain = 'radiology';
    await el.updateComplete;
    expect(langOf($(el, '.domain-title'))).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks nothing when the text is in the widget’s language', async () => {
    const { el } = await mount('ai-publications', aiFeed, 'en-GB');
    for (const node of $$(el, '[lang]')) {
      // Only the Dutch publication, in a widget speaking English.
      expect(fold(node.textContent), node.outerHTML.slice(0, 80)).to.be.oneOf([
        'Artificiële intelligentie in de radiologie',
        'Tijdschrift voor Geneeskunde',
      ]);
    }
  });
});

describe('lang on the widget’s own interface where the page speaks another language', () => {
  afterEach(() => fixtureCleanup());

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> speaks English, marked so, on a German page; nothing on a nl-BE page`, async () => {
      const { el } = await mount(widget.id, await demoFeed(widget), 'de', widget.steady);
      const root = $(el, '.uzl-root')!;
      expect(langOf(root)).to.equal('en');
      expect(langOf($(el, '[aria-live="polite"]'))).to.equal('en');
      // The host is the page's: the widget writes no lang on it.
      expect(el.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
      // The page turns to a language the widget speaks: the mark goes.
      el.parentElement!.lang = 'nl-BE';
      await until(() => !root.hasAttribute('lang'), 'the root’s lang to go');
      expect(langOf(root)).to.equal('nl-BE');
      expect($(el, '[aria-live="polite"]')!.hasAttribute('lang')).to.equal(false);
      // And back to one it does not.
      el.parentElement!.lang = 'es';
      await until(() => root.getAttribute('lang') === 'en', 'the root’s lang to come back');
    });
  }
});
