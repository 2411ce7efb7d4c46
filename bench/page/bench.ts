// The benchmark page's code: our elements (from src/), FullCalendar, countup.js and the
// hand-written floors, and `window.bench`, the functions bench/run.mjs calls. Each function
// does one run and returns milliseconds measured with performance.now() in the page: start
// before the change; end after `await el.updateComplete` (ours), `calendar.render()` /
// `calendar.next()` (FullCalendar) or the floor's synchronous render, and a forced style and
// layout (`getBoundingClientRect()` on the last cell or item).
import '../../src/uzl-widgets.js';
import type { UzlEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { UzlNewsList } from '../../src/news-list/news-list.js';
import type { NewsFeed } from '../../src/news-list/news-feed.js';
import type { StatsFeed } from '../../src/stats-counter/stats-feed.js';
import type { EventsFeed } from '../../src/event-calendar/events-feed.js';
import type { UzlFeedElement } from '../../src/core/uzl-feed-element.js';
import { Calendar, type EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import { CountUp } from 'countup.js';
import { syntheticPublicationsFeed } from '../../stories/support/synthetic-publications.js';
import demoNews from '../../demo/data/news.json' with { type: 'json' };
import demoStats from '../../demo/data/stats.json' with { type: 'json' };
import { syntheticEventsFeed } from './synthetic-events.js';
import { indexByDay, renderFloorMonth } from './floor-calendar.js';
import { renderFloorNews } from './floor-news.js';

const ZONE = 'Europe/Brussels';
const stage = document.getElementById('stage')!;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Two frames: lets observers, lazy work and the previous run's clean-up finish. */
const settle = async () => {
  await frame();
  await frame();
};
const yieldTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const layout = (node: Element | null | undefined) => node?.getBoundingClientRect();

function sheetsOf(tag: string): CSSStyleSheet[] {
  const ctor = customElements.get(tag) as unknown as typeof UzlEventCalendar;
  return ctor.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

// ---- calendar ------------------------------------------------------------------------------

/**
 * A calendar case: `500` is 500 events over the year; `500m` is 500 events in the shown
 * month and 500 in the next (what the month view and the paging then hold).
 */
type CalendarCase = string;

const eventFeeds = new Map<CalendarCase, EventsFeed>();
const fcInputs = new Map<CalendarCase, EventInput[]>();
const eventsFeed = (n: CalendarCase, month: string) => {
  let feed = eventFeeds.get(n);
  if (!feed) {
    const months = n.endsWith('m') ? [month, nextMonth(month)] : undefined;
    eventFeeds.set(n, (feed = syntheticEventsFeed(parseInt(n, 10), 2026, 1, months)));
  }
  return feed;
};
/** FullCalendar's input for the same events (mapped outside the timed part: FullCalendar's favour). */
const fcEvents = (n: CalendarCase, month: string) => {
  let input = fcInputs.get(n);
  if (!input) {
    input = eventsFeed(n, month).events.map((e) => ({
      id: e.id,
      title: typeof e.title === 'string' ? e.title : (e.title.en ?? ''),
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      allDay: e.allDay === true || !e.start.includes('T'),
    }));
    fcInputs.set(n, input);
  }
  return input;
};

interface Paged {
  render: number;
  page: number;
  /** What is visible, to check the three show the same: day cells, chips, "+N more" links. */
  cells: number;
  chips: number;
  more: number;
}

const lastOurCell = (el: UzlEventCalendar) =>
  el.shadowRoot!.querySelector('tbody tr:last-child td:last-child');

function countOurs(root: ParentNode) {
  return {
    cells: root.querySelectorAll('td.day').length,
    chips: root.querySelectorAll('td.day .chip').length,
    more: root.querySelectorAll('td.day .more').length,
  };
}

async function calendarOurs(n: CalendarCase, month: string): Promise<Paged> {
  const feed = eventsFeed(n, month);
  await settle();
  const t0 = performance.now();
  const el = document.createElement('uzl-event-calendar');
  el.setAttribute('view', 'month');
  el.setAttribute('month', month);
  el.data = feed;
  stage.append(el);
  await el.updateComplete;
  layout(lastOurCell(el));
  const t1 = performance.now();
  await settle();
  const next = el.shadowRoot!.querySelector<HTMLButtonElement>('.nav button:last-child')!;
  const t2 = performance.now();
  next.click();
  await el.updateComplete;
  layout(lastOurCell(el));
  const t3 = performance.now();
  const counts = countOurs(el.shadowRoot!);
  el.remove();
  return { render: t1 - t0, page: t3 - t2, ...counts };
}

async function calendarFloor(n: CalendarCase, month: string): Promise<Paged> {
  const feed = eventsFeed(n, month);
  const sheets = sheetsOf('uzl-event-calendar');
  await settle();
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const index = indexByDay(feed.events, ZONE);
  renderFloorMonth(root, feed, index, month, ZONE);
  stage.append(host);
  layout(root.querySelector('tbody tr:last-child td:last-child'));
  const t1 = performance.now();
  await settle();
  const t2 = performance.now();
  renderFloorMonth(root, feed, index, nextMonth(month), ZONE);
  layout(root.querySelector('tbody tr:last-child td:last-child'));
  const t3 = performance.now();
  const counts = countOurs(root);
  host.remove();
  return { render: t1 - t0, page: t3 - t2, ...counts };
}

async function calendarFc(n: CalendarCase, month: string): Promise<Paged> {
  const events = fcEvents(n, month);
  await settle();
  const t0 = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  const calendar = new Calendar(host, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: 'dayGridMonth',
    initialDate: `${month}-01`,
    firstDay: 1,
    dayMaxEvents: 3,
    events,
  });
  calendar.render();
  const lastCell = () => host.querySelector('.fc-daygrid-body tr:last-child td:last-child');
  layout(lastCell());
  const t1 = performance.now();
  await settle();
  const t2 = performance.now();
  calendar.next();
  layout(lastCell());
  const t3 = performance.now();
  // Visible chips: FullCalendar keeps hidden events in the DOM (visibility: hidden).
  const harnesses = [...host.querySelectorAll<HTMLElement>('.fc-daygrid-event-harness')];
  const counts = {
    cells: host.querySelectorAll('.fc-daygrid-body td.fc-daygrid-day').length,
    chips: harnesses.filter((h) => getComputedStyle(h).visibility !== 'hidden').length,
    more: host.querySelectorAll('.fc-daygrid-more-link').length,
  };
  calendar.destroy();
  host.remove();
  return { render: t1 - t0, page: t3 - t2, ...counts };
}

// ---- news ----------------------------------------------------------------------------------

const newsFeeds = new Map<number, NewsFeed>();
function newsFeed(n: number): NewsFeed {
  let feed = newsFeeds.get(n);
  if (!feed) {
    const source = demoNews as unknown as NewsFeed;
    const items = Array.from({ length: n }, (_, i) => {
      const item = source.items[i % source.items.length]!;
      const date = new Date(Date.UTC(2025, 11, 18) - i * 86_400_000).toISOString().slice(0, 10);
      return { ...item, id: `${item.id}-${i}`, date };
    });
    newsFeeds.set(n, (feed = { ...source, items }));
  }
  return feed;
}

async function newsOurs(n: number): Promise<number> {
  const feed = newsFeed(n);
  await settle();
  const t0 = performance.now();
  const el = document.createElement('uzl-news-list') as UzlNewsList;
  el.limit = n;
  el.data = feed;
  stage.append(el);
  await el.updateComplete;
  layout(el.shadowRoot!.querySelector('.items > li:last-child'));
  const t1 = performance.now();
  const shown = el.shadowRoot!.querySelectorAll('.items > li').length;
  el.remove();
  if (shown !== n) throw new Error(`news: ${shown} items shown, expected ${n}`);
  return t1 - t0;
}

async function newsFloor(n: number): Promise<number> {
  const feed = newsFeed(n);
  const sheets = sheetsOf('uzl-news-list');
  await settle();
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  renderFloorNews(root, feed, n);
  stage.append(host);
  layout(root.querySelector('.items > li:last-child'));
  const t1 = performance.now();
  host.remove();
  return t1 - t0;
}

// ---- publications --------------------------------------------------------------------------

let publications: (UzlFeedElement<unknown> & HTMLElement) | undefined;

async function publicationsSetup(n: number): Promise<number> {
  publications?.remove();
  const feed = syntheticPublicationsFeed(n, 1);
  await settle();
  const t0 = performance.now();
  const el = document.createElement('uzl-ai-publications');
  el.data = feed;
  stage.append(el);
  await el.updateComplete;
  layout(el.shadowRoot!.querySelector('.domain:last-child'));
  publications = el as unknown as UzlFeedElement<unknown> & HTMLElement;
  return performance.now() - t0;
}

function typeQuery(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
}

/** One keystroke: the box goes from `before` (applied first, untimed) to `after`. */
async function publicationsKeystroke(
  before: string,
  after: string,
): Promise<{ ms: number; shown: number }> {
  const el = publications!;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  typeQuery(input, before);
  await el.updateComplete;
  await settle();
  const t0 = performance.now();
  typeQuery(input, after);
  await el.updateComplete;
  const items = el.shadowRoot!.querySelectorAll('li.publication');
  layout(items[items.length - 1] ?? el.shadowRoot!.querySelector('.count'));
  const t1 = performance.now();
  return { ms: t1 - t0, shown: items.length };
}

// ---- counters ------------------------------------------------------------------------------

const stats = demoStats as unknown as StatsFeed;
let counterNodes: HTMLElement[] = [];
let counterCleanup: (() => void) | undefined;

/** Puts the figures below the fold (the page is 3,000 px taller than the window). */
function counterArea(): HTMLElement {
  let below = document.getElementById('below');
  if (!below) {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    below = document.createElement('div');
    below.id = 'below';
    below.style.minHeight = '400px';
    document.body.append(spacer, below);
  }
  scrollTo(0, 0);
  return below;
}

async function countersSetupOurs(duration: number): Promise<number> {
  counterCleanup?.();
  const below = counterArea();
  await settle();
  const t0 = performance.now();
  const el = document.createElement('uzl-stats-counter');
  el.duration = duration;
  el.data = stats;
  below.append(el);
  await el.updateComplete;
  layout(el.shadowRoot!.querySelector('.figure:last-child'));
  const t1 = performance.now();
  counterNodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.moving > .count')];
  counterCleanup = () => el.remove();
  return t1 - t0;
}

/** countup.js on the same six numbers: the figures' markup, six CountUps, started when half in view. */
async function countersSetupCountUp(duration: number): Promise<number> {
  counterCleanup?.();
  const below = counterArea();
  await settle();
  const t0 = performance.now();
  const list = document.createElement('ul');
  list.className = 'cu-figures';
  const counters: CountUp[] = [];
  counterNodes = [];
  for (const stat of stats.stats) {
    const li = document.createElement('li');
    li.className = 'cu-figure';
    const value = document.createElement('span');
    value.className = 'cu-value';
    const label = document.createElement('span');
    label.className = 'cu-label';
    const text = stat.label;
    label.textContent = typeof text === 'string' ? text : (text.en ?? '');
    li.append(value, label);
    list.append(li);
    counters.push(new CountUp(value, stat.value, { duration: duration / 1000 }));
    counterNodes.push(value);
  }
  below.append(list);
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.intersectionRatio >= 0.499)) {
        observer.disconnect();
        for (const counter of counters) counter.start();
      }
    },
    { threshold: [0.5] },
  );
  observer.observe(list);
  layout(list.lastElementChild);
  const t1 = performance.now();
  counterCleanup = () => {
    observer.disconnect();
    list.remove();
  };
  return t1 - t0;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const countersText = () => counterNodes.map((n) => n.textContent).join('|');
const rolling = () => counterNodes.some((n) => n.querySelector('.digit') !== null);
let countersBefore = '';

/**
 * Scrolls the figures into view and returns once they have started counting (their text
 * changed: countup.js writes a number, ours put their digit strips in). Polled with a timer,
 * not requestAnimationFrame: a frame loop here would make the main thread produce every
 * frame itself and charge ours, whose digits roll on the compositor, for work they do not do.
 */
async function countersStart(): Promise<boolean> {
  countersBefore = countersText();
  document.getElementById('below')!.scrollIntoView({ block: 'center' });
  for (let waited = 0; waited < 2000; waited += 2) {
    if (countersText() !== countersBefore) return true;
    await sleep(2);
  }
  return false;
}

/** Waits `ms` on a timer: the window the main thread's work is measured over. */
async function countersWait(ms: number): Promise<number> {
  const t0 = performance.now();
  await sleep(ms);
  return performance.now() - t0;
}

/** Whether the count ended on final text (no digit strip left), waiting up to a second for it. */
async function countersFinished(): Promise<boolean> {
  for (let waited = 0; waited < 1000; waited += 10) {
    if (!rolling() && countersText() !== countersBefore) return true;
    await sleep(10);
  }
  return false;
}

// ---- first render and memory ------------------------------------------------------------------

const DEMO: { tag: string; src: string; attrs: Record<string, string> }[] = [
  { tag: 'uzl-news-list', src: 'data/news.json', attrs: {} },
  { tag: 'uzl-stats-counter', src: 'data/stats.json', attrs: {} },
  { tag: 'uzl-campus-card', src: 'data/campuses.json', attrs: { campus: 'gasthuisberg' } },
  { tag: 'uzl-event-calendar', src: 'data/events.json', attrs: { month: '2026-01' } },
  { tag: 'uzl-ai-publications', src: 'data/ai-publications.json', attrs: { limit: '3' } },
];

function demoElement(tag: string, src: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  return el;
}

/** responseEnd of the feed to `uzl-load`, and to the next animation frame after it. */
async function firstRender(tag: string): Promise<{ load: number; frame: number }> {
  const demo = DEMO.find((d) => d.tag === tag)!;
  await settle();
  performance.clearResourceTimings();
  const url = new URL(`${demo.src}?run=${Math.random().toString(36).slice(2)}`, location.href).href;
  const el = demoElement(tag, url, demo.attrs);
  const loaded = new Promise<number>((resolve, reject) => {
    el.addEventListener('uzl-load', () => resolve(performance.now()), { once: true });
    el.addEventListener('uzl-error', (e) => reject(new Error(JSON.stringify(e.detail))), {
      once: true,
    });
  });
  stage.append(el);
  const load = await loaded;
  const shown = await frame().then(() => performance.now());
  const entry = performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined;
  el.remove();
  if (!entry) throw new Error(`no resource timing for ${url}`);
  return { load: load - entry.responseEnd, frame: shown - entry.responseEnd };
}

let memoryBox: HTMLElement | undefined;

/** All five widgets on their demo feeds, once each has fired `uzl-load`. */
async function memoryMount(): Promise<number> {
  memoryBox = document.createElement('div');
  const loads: Promise<unknown>[] = [];
  for (const { tag, src, attrs } of DEMO) {
    const el = demoElement(tag, src, attrs);
    loads.push(new Promise((resolve) => el.addEventListener('uzl-load', resolve, { once: true })));
    memoryBox.append(el);
  }
  document.body.append(memoryBox);
  await Promise.all(loads);
  await settle();
  return memoryBox.children.length;
}

/** Takes the five widgets off the page and back `cycles` times, letting each re-render. */
async function memoryCycles(cycles: number): Promise<number> {
  const box = memoryBox!;
  const widgets = [...box.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
  for (let i = 0; i < cycles; i++) {
    box.remove();
    await yieldTask();
    document.body.append(box);
    await Promise.all(widgets.map((w) => w.updateComplete));
    if (i % 50 === 49) await frame();
  }
  await settle();
  return cycles;
}

const bench = {
  calendarOurs,
  calendarFc,
  calendarFloor,
  newsOurs,
  newsFloor,
  publicationsSetup,
  publicationsKeystroke,
  countersSetupOurs,
  countersSetupCountUp,
  countersStart,
  countersWait,
  countersFinished,
  firstRender,
  memoryMount,
  memoryCycles,
  demoTags: () => DEMO.map((d) => d.tag),
  ready: true,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
