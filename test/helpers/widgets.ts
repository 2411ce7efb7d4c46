// The one table of the widgets under test/ (WIDGETS: the registry's entries with what the tests
// need per widget), and mounting a widget and reading what a visitor sees in it: shared by every
// widget's tests.
import { fixture, html } from '@open-wc/testing';
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import { WIDGETS as REGISTRY, type Widget, type WidgetId } from '../../src/widgets.js';
import { feedUrl, nextEvent, uniqueId } from './feeds.js';
import './engine.js'; // its root hook gives each test page keyboard focus

/** A feed as JSON holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Where a value is in a feed: `['items', 0, 'title']`. */
export type FeedPath = (string | number)[];
/** A widget's element, defined. */
export type WidgetElement = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** What the tests need per widget beside the registry (src/widgets.ts). */
interface WidgetTestData {
  /** The attributes that make its demo feed render the same on every run: no count-up, a fixed month. */
  steady: string;
  /** Its empty state's message. */
  empty: { nl: string; en: string };
  /** The attribute sets the room it keeps before it is defined depends on (`limit="3"`). */
  rooms: readonly string[];
  /**
   * The attributes that show the most of a feed at once (every event, past ones too; links to
   * a new tab, with their hint): the tests that put every field of a feed on screen.
   */
  showAll: Readonly<Record<string, string>>;
  /**
   * A few items of its demo feed, with every optional field the demo leaves out filled in (and
   * some text as a plain string): the feed the hostile-content and property tests start from.
   */
  full: (demo: Json) => Json;
  /** Paths in its feed whose text is not shown as such (ids, dates, URLs…). */
  unshown: RegExp;
  /**
   * Opens what it shows only on demand (an event's details, collapsed lists), yielding after
   * each step so the caller can look; given a feed path, only what that path's item shows.
   */
  explore?: (el: WidgetElement, path?: FeedPath) => AsyncGenerator<void>;
}

const clone = <T>(value: T): T => structuredClone(value);
/** Text in all three languages. */
const text3 = (en: string): Json => ({ nl: `${en} (nl)`, en, fr: `${en} (fr)` });
const IMAGE = '/demo/data/images/news-1.svg';
type JsonObject = { [key: string]: Json };
/** The feed's top-level object with its lists, to reshape. */
const lists = <K extends string>(demo: Json) => clone(demo) as JsonObject & Record<K, JsonObject[]>;

// A Record over every id: a widget added to the registry fails the type check until it is here.
const TEST_DATA: Record<WidgetId, WidgetTestData> = {
  'news-list': {
    steady: '',
    empty: { nl: 'Er is momenteel geen nieuws.', en: 'No news at the moment.' },
    rooms: [
      '',
      'limit="3"',
      'limit="12" layout="grid"',
      'limit="4" layout="compact"',
      'limit="2" theme="dark"',
    ],
    showAll: { 'link-target': '_blank' },
    full(demo) {
      const feed = lists<'items'>(demo);
      const items = feed.items.slice(0, 2);
      items[0]!.url = 'https://www.uzleuven.be/nl/nieuws/een';
      items[0]!.image = { src: IMAGE, alt: text3('Image alt'), width: 160, height: 90 };
      items[1]!.title = 'Plain-string title';
      return { ...feed, items };
    },
    unshown: /(^|\.)(id|date|url|moreUrl|src)$|\.tags\[/,
  },
  'event-calendar': {
    steady: 'month="2026-01"',
    empty: {
      nl: 'Momenteel zijn er geen activiteiten gepland.',
      en: 'No events planned at the moment.',
    },
    rooms: [''],
    showAll: { view: 'list', 'show-past': '', month: '2026-01' },
    full(demo) {
      const feed = lists<'events'>(demo);
      const first = feed.events[0]!;
      const online = clone(feed.events.find((e) => e['online'] && !e['location']))!;
      const allDay = clone(feed.events.find((e) => e['allDay']))!;
      first['url'] = 'https://www.uzleuven.be/nl/agenda/een';
      first['registrationUrl'] = 'https://www.uzleuven.be/nl/inschrijven';
      online['online'] = { platform: 'Microsoft Teams', url: 'https://teams.example.org/meet/1' };
      online['title'] = 'Plain-string event title';
      allDay['location'] = { name: 'Plain-string place', address: 'Herestraat 49, 3000 Leuven' };
      return { ...feed, events: [first, online, allDay] };
    },
    unshown: /(^|\.)(id|timeZone|start|end|category|campus|url|registrationUrl)$/,
    async *explore(el, path) {
      // The details of the event the path is in (every event's for the feed's own fields).
      const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list-event')];
      const events = (el.data as { events?: { id?: unknown }[] } | undefined)?.events;
      const id = path?.[0] === 'events' ? events?.[path[1] as number]?.id : undefined;
      const targets = id === undefined ? buttons().map((b) => b.dataset['id']) : [id];
      for (const target of targets) {
        buttons()
          .find((b) => b.dataset['id'] === target)
          ?.click();
        await el.updateComplete;
        yield;
      }
      // The month grid, whose chips show the titles.
      if (!path || path.includes('title')) {
        (el as WidgetElement & { view: string }).view = 'month';
        await el.updateComplete;
        yield;
      }
    },
  },
  'campus-card': {
    steady: '',
    empty: {
      nl: 'Er is momenteel geen campusinformatie.',
      en: 'No campus information at the moment.',
    },
    rooms: ['campus="gasthuisberg"', ''],
    showAll: {},
    full(demo) {
      const feed = lists<'campuses'>(demo);
      const campuses = feed.campuses.slice(0, 2);
      Object.assign(campuses[0]!, {
        email: 'info@uzleuven.be',
        image: { src: IMAGE, alt: text3('Campus photo') },
        visitingHours: text3('Every day 14:00–20:00'),
        notice: 'Roadworks on the Herestraat',
      });
      return { ...feed, campuses };
    },
    unshown: /(^|\.)(id|url|src|country)$/,
  },
  'stats-counter': {
    steady: 'no-animation',
    empty: { nl: 'Er zijn momenteel geen kerncijfers.', en: 'No key figures at the moment.' },
    rooms: [''],
    showAll: { 'no-animation': '' },
    full(demo) {
      const feed = lists<'stats'>(demo);
      const stats = feed.stats.slice(0, 2);
      Object.assign(stats[0]!, {
        unit: text3('per year'),
        description: text3('Outpatient visits'),
      });
      stats[1]!.label = 'Plain-string label';
      return { ...feed, year: 2024, stats };
    },
    unshown: /(^|\.)id$/,
  },
  'ai-publications': {
    steady: '',
    empty: {
      nl: 'Er zijn momenteel geen nieuwsberichten of publicaties.',
      en: 'No news or publications at the moment.',
    },
    rooms: ['', 'sections="news"', 'sections="publications"'],
    showAll: {},
    full(demo) {
      const feed = lists<'news' | 'domains'>(demo);
      const news = feed.news.slice(0, 2);
      news[0]!.title = text3('AI news title');
      news[0]!.url = 'https://www.uzleuven.be/nl/nieuws/ai';
      news[1]!.summary = 'Plain-string summary';
      const domains = feed.domains
        .slice(0, 2)
        .map((domain): JsonObject & { publications: Json[] } => ({
          ...domain,
          publications: (domain['publications'] as Json[]).slice(0, 2),
        }));
      Object.assign(domains[0]!.publications[0] as JsonObject, {
        authors: ['Topalovic M', 'Das N'],
        journal: 'European Respiratory Journal',
        url: 'https://example.org/publication',
        summary: text3('Lay summary'),
      });
      domains[1]!.label = 'Plain-string domain';
      return { ...feed, news, domains };
    },
    // Authors after the sixth read "et al.".
    unshown: /(^|\.)(id|date|url|doi)$|\.authors\[([6-9]|\d\d+)\]$/,
    async *explore(el) {
      // Every domain's publications.
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>(
        'button[aria-expanded="false"]',
      ))
        toggle.click();
      await el.updateComplete;
      yield;
    },
  },
};

export type TestWidget = Widget &
  WidgetTestData & {
    /** Its demo feed, from the repository's root (`demo/data/news.json`), as the test server serves it. */
    file: string;
  };

/**
 * Every widget, for the tests that hold all of them to one behaviour: the one table of them
 * under test/, the registry's entries with the test data above.
 */
export const WIDGETS: readonly TestWidget[] = REGISTRY.map((widget) => ({
  ...widget,
  ...TEST_DATA[widget.id],
  file: `demo/data/${widget.feed.kind}.json`,
}));

/** Every widget's tag. */
export const WIDGET_TAGS: readonly string[] = WIDGETS.map((widget) => widget.tag);

/** The widget's demo feed, parsed (for `mountData`). */
export const demoFeed = async (widget: TestWidget): Promise<Json> =>
  (await fetch(`/${widget.file}`)).json() as Promise<Json>;

/** Every element matching `selector` in the widget's shadow root. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** The first element matching `selector` in the widget's shadow root. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

/** Text with white space folded, as it reads. */
export const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text a screen reader reads in `node` (a button's name from its content): its text
 * without what is `aria-hidden`, white space between words folded.
 */
export function spoken(node: Node | null | undefined): string {
  const read = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    return [...n.childNodes].map(read).join('');
  };
  // ASCII white space only: the no-break spaces that group digits (fr `1 200`) are kept.
  return (node ? read(node) : '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** All text in the widget's shadow root. */
export const text = (el: Element) => fold(el.shadowRoot!.textContent);

/**
 * Chooses `value` in the widget's `<select>` matching `selector` as a visitor does (the value,
 * then `change`), and waits for the widget's render. Returns the select.
 */
export async function choose(
  el: Element & { updateComplete: Promise<boolean> },
  selector: string,
  value: string,
): Promise<HTMLSelectElement> {
  const select = $<HTMLSelectElement>(el, selector);
  if (!select) throw new Error(`choose: no ${selector} in <${el.localName}>`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return select;
}

/** The element the keyboard is on, looking through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface MountOptions {
  lang?: string;
  /** CSS width of the element's container, in px. */
  width?: number;
  /** Attributes, as HTML: `limit="3" layout="grid"`. */
  attrs?: string;
  /** Put the page author's fallback link inside the tag. */
  fallback?: boolean;
}

type Detail = UzlLoadDetail & UzlErrorDetail;

async function page({ lang = 'en', width }: MountOptions): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  if (width) container.style.width = `${width}px`;
  return container;
}

/**
 * Mount helpers for one widget: `mountSrc` puts the tag on a page with `src` and waits for
 * `uzl-load` (or `uzl-error`); `mountData` sets the `data` property before connecting;
 * `mountLoading` holds it in its loading state on a feed that never answers.
 */
export function widgetMounter<E extends HTMLElement & { data?: unknown }>(
  tag: string,
  fallbackHtml: string,
) {
  async function mountSrc(
    src: string,
    options: MountOptions = {},
    event: 'uzl-load' | 'uzl-error' = 'uzl-load',
  ) {
    const container = await page(options);
    const done = nextEvent<Detail>(container, event, 12000);
    container.innerHTML = `<${tag} src="${src}" ${options.attrs ?? ''}>${options.fallback ? fallbackHtml : ''}</${tag}>`;
    const el = container.firstElementChild as E & { updateComplete: Promise<boolean> };
    const { detail } = await done;
    await el.updateComplete;
    return { el, detail };
  }

  async function mountData(
    data: unknown,
    options: MountOptions = {},
    event: 'uzl-load' | 'uzl-error' = 'uzl-load',
  ) {
    const container = await page(options);
    const template = document.createElement('template');
    template.innerHTML = `<${tag} ${options.attrs ?? ''}></${tag}>`;
    const el = template.content.firstElementChild as E & { updateComplete: Promise<boolean> };
    el.data = data;
    const done = nextEvent<Detail>(el, event);
    container.append(el);
    const { detail } = await done;
    await el.updateComplete;
    return { el, detail };
  }

  /** Mounts the tag on a feed that never answers: the loading state, held. */
  async function mountLoading(options: MountOptions = {}) {
    const container = await page(options);
    container.innerHTML = `<${tag} src="${feedUrl(uniqueId(`${tag}-loading`), 'hang')}" ${options.attrs ?? ''}></${tag}>`;
    const el = container.firstElementChild as E & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    return el;
  }

  return { mountSrc, mountData, mountLoading, page };
}
