// What every <uzl-event-calendar> test file shares: the tag defined, the demo feed, mounting,
// reading what the visitor sees (and hears) in the shadow root, and feeds made in the test.
import '../../src/event-calendar/uzl-event-calendar.js';
import type { UzlEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { CalendarEvent, EventsFeed } from '../../src/event-calendar/events-feed.js';
import { focused, fold, widgetMounter } from '../helpers/widgets.js';
import { feedUrl, uniqueId } from '../helpers/feeds.js';
import { calendarHarness } from '../helpers/harness/calendar.js';

export const DEMO = 'demo/data/events.json';
export const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

export const FALLBACK = '<a href="https://www.uzleuven.be/en/events">UZ Leuven events</a>';
export const { mountSrc, mountData } = widgetMounter<UzlEventCalendar>(
  'uzl-event-calendar',
  FALLBACK,
);

// ---- what the visitor sees -------------------------------------------------------------

// Short names for the harness's (test/helpers/harness/calendar.ts), which every file here uses.
export const title = (el: Element) => calendarHarness(el).title();
export const cell = (el: Element, day: string) => calendarHarness(el).cell(day);
export const chips = (el: Element, day: string) => calendarHarness(el).chips(day);
export const focusedDay = () => (focused() as HTMLElement | null)?.dataset.day;

/** What a screen reader reads in `node`: its text, without what is aria-hidden. */
export function spoken(node: Node): string {
  const read = (n: Node): string =>
    n instanceof Element && n.getAttribute('aria-hidden') === 'true'
      ? ''
      : n.nodeType === Node.TEXT_NODE
        ? (n.textContent ?? '')
        : [...n.childNodes].map(read).join('');
  return fold(read(node));
}
/** A button's name: its aria-label, else what it reads. */
export const accessibleName = (el: Element) => fold(el.getAttribute('aria-label') ?? spoken(el));
/** What a sighted visitor reads in `node`: its text, without what is visually hidden (a 1 px box). */
export function seen(node: Node): string {
  const read = (n: Node): string => {
    if (n instanceof Element) {
      const box = n.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return '';
    }
    return n.nodeType === Node.TEXT_NODE
      ? (n.textContent ?? '')
      : [...n.childNodes].map(read).join('');
  };
  return fold(read(node));
}

// ---- feeds made in the test --------------------------------------------------------------

export function calendarEvent(
  id: string,
  start: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  return {
    id,
    title: { en: `Event ${id}`, nl: `Activiteit ${id}`, fr: `Activité ${id}` },
    start,
    ...extra,
  };
}
export const feedOf = (events: CalendarEvent[], extra: Partial<EventsFeed> = {}): EventsFeed => ({
  version: 1,
  events,
  ...extra,
});
