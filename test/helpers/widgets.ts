// Mounting a widget and reading what a visitor sees in it: shared by every widget's tests.
import { fixture, html } from '@open-wc/testing';
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import { WIDGETS as REGISTRY, type Widget, type WidgetId } from '../../src/widgets.js';
import { feedUrl, nextEvent, uniqueId } from './feeds.js';
import './engine.js'; // its root hook gives each test page keyboard focus

/** What the tests need per widget beside the registry (src/widgets.ts). */
interface WidgetTestData {
  /** The attributes that make its demo feed render the same on every run: no count-up, a fixed month. */
  steady: string;
  /** Its empty state's message. */
  empty: { nl: string; en: string };
}

// A Record over every id: a widget added to the registry fails the type check until it is here.
const TEST_DATA: Record<WidgetId, WidgetTestData> = {
  'news-list': {
    steady: '',
    empty: { nl: 'Er is momenteel geen nieuws.', en: 'No news at the moment.' },
  },
  'event-calendar': {
    steady: 'month="2026-01"',
    empty: {
      nl: 'Momenteel zijn er geen activiteiten gepland.',
      en: 'No events planned at the moment.',
    },
  },
  'campus-card': {
    steady: '',
    empty: {
      nl: 'Er is momenteel geen campusinformatie.',
      en: 'No campus information at the moment.',
    },
  },
  'stats-counter': {
    steady: 'no-animation',
    empty: { nl: 'Er zijn momenteel geen kerncijfers.', en: 'No key figures at the moment.' },
  },
  'ai-publications': {
    steady: '',
    empty: {
      nl: 'Er zijn momenteel geen nieuwsberichten of publicaties.',
      en: 'No news or publications at the moment.',
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
export const demoFeed = async (widget: TestWidget): Promise<unknown> =>
  (await fetch(`/${widget.file}`)).json();

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
