// The floor for the calendar: the month grid <uzl-event-calendar view="month"> shows, written
// by hand with createElement/textContent, in a shadow root with the element's own styles.
// It does the same work: reads every event's day in the display zone, indexes the events by
// day in the same order, and renders the toolbar, the weekday header, 4–6 weeks of 7 day
// cells with up to three chips each and "+N more", and the same accessible labels.
import type { CalendarEvent, EventsFeed } from '../../src/event-calendar/events-feed.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const CHIPS = 3;

interface Entry {
  event: CalendarEvent;
  allDay: boolean;
  start: number;
  day: string;
}

type Index = Map<string, Entry[]>;

const keyOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayTime = (key: string) =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));

/** The zone's UTC offset (ms) at an instant, with one Intl call per UTC day (per hour on a day it changes). */
function offsetReader(zone: string): (time: number) => number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const exact = (time: number) => {
    const p: Record<string, number> = {};
    for (const { type, value } of parts.formatToParts(time)) p[type] = Number(value);
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
    return wall - Math.floor(time / 60_000) * 60_000;
  };
  const byDay = new Map<number, number | undefined>();
  const byHour = new Map<number, number>();
  return (time) => {
    const day = Math.floor(time / DAY_MS);
    let offset = byDay.get(day);
    if (!byDay.has(day)) {
      const a = exact(day * DAY_MS);
      offset = a === exact(day * DAY_MS + DAY_MS - 1) ? a : undefined;
      byDay.set(day, offset);
    }
    if (offset !== undefined) return offset;
    const hour = Math.floor(time / HOUR_MS);
    let hourly = byHour.get(hour);
    if (hourly === undefined) byHour.set(hour, (hourly = exact(hour * HOUR_MS)));
    return hourly;
  };
}

/** The events by day key in `zone`, each day in the element's order (all-day first, then by start). */
export function indexByDay(events: readonly CalendarEvent[], zone: string): Index {
  const offset = offsetReader(zone);
  const entries: Entry[] = [];
  for (const event of events) {
    const allDay = event.allDay === true || !event.start.includes('T');
    if (allDay) {
      entries.push({ event, allDay, start: 0, day: event.start.slice(0, 10) });
      continue;
    }
    const start = Date.parse(event.start);
    if (Number.isNaN(start)) continue;
    entries.push({ event, allDay, start, day: keyOf(start + offset(start)) });
  }
  entries.sort((a, b) =>
    a.day !== b.day
      ? a.day < b.day
        ? -1
        : 1
      : Number(b.allDay) - Number(a.allDay) || a.start - b.start,
  );
  const index: Index = new Map();
  for (const entry of entries) {
    const list = index.get(entry.day);
    if (list) list.push(entry);
    else index.set(entry.day, [entry]);
  }
  return index;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, part: string, text: string): HTMLButtonElement {
  const node = el('button', className, text);
  node.type = 'button';
  node.setAttribute('part', part);
  return node;
}

/** Monday-first weeks covering `month` (`2026-03`), as the element's monthWeeks(). */
function weeksOf(month: string): string[][] {
  const first = dayTime(`${month}-01`);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS;
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = Date.UTC(y, m, 0);
  const weeks: string[][] = [];
  for (let t = start; t <= last;) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, t += DAY_MS) week.push(keyOf(t));
    weeks.push(week);
  }
  return weeks;
}

/** A month grid in `root`, replacing what was there. */
export function renderFloorMonth(
  root: ShadowRoot,
  feed: EventsFeed,
  index: Index,
  month: string,
  zone: string,
): void {
  const locale = 'en-GB';
  const long = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  });
  const title = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayTime(`${month}-01`));
  const today = keyOf(Date.now());

  const base = el('div', 'uzl-root');
  base.setAttribute('part', 'base');
  base.setAttribute('aria-busy', 'false');
  const calendar = el('div', 'calendar month-view');

  const toolbar = el('div', 'toolbar');
  toolbar.setAttribute('part', 'toolbar');
  const heading = el('div', 'title', title);
  heading.id = 'title';
  heading.setAttribute('part', 'title');
  heading.setAttribute('role', 'heading');
  heading.setAttribute('aria-level', '3');
  const nav = el('div', 'nav');
  const prev = button('uzl-button nav-button', 'nav', '‹');
  prev.setAttribute('aria-label', 'Previous month');
  const next = button('uzl-button nav-button', 'nav', '›');
  next.setAttribute('aria-label', 'Next month');
  nav.append(prev, button('uzl-button nav-button', 'nav', 'Today'), next);
  const filter = el('label', 'filter');
  const select = el('select');
  select.setAttribute('part', 'filter');
  select.append(new Option('All categories', ''));
  for (const c of feed.categories ?? []) {
    select.append(new Option(typeof c.label === 'string' ? c.label : (c.label.en ?? c.id), c.id));
  }
  filter.append(el('span', undefined, 'Category'), select);
  toolbar.append(
    heading,
    nav,
    filter,
    button('uzl-button add add-all', 'add', 'Download all (.ics)'),
  );

  const weeks = weeksOf(month);
  const table = el('table', 'grid');
  table.setAttribute('part', 'grid');
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-labelledby', 'title');
  const head = el('tr');
  for (const day of weeks[0]!) {
    const t = dayTime(day);
    const th = el('th');
    th.scope = 'col';
    th.setAttribute('part', 'weekday');
    th.abbr = weekdayLong.format(t);
    const short = el('span', undefined, weekdayShort.format(t));
    short.setAttribute('aria-hidden', 'true');
    th.append(short, el('span', 'visually-hidden', th.abbr));
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  const focus = today.startsWith(month) ? today : `${month}-01`;
  for (const week of weeks) {
    const row = el('tr');
    for (const day of week) {
      const entries = index.get(day) ?? [];
      const outside = !day.startsWith(month);
      const isToday = day === today;
      const count = entries.length;
      const td = el('td', `day ${outside ? 'outside' : ''} ${isToday ? 'today' : ''}`);
      td.setAttribute('role', 'gridcell');
      td.setAttribute('part', `day${outside ? ' outside' : ''}${isToday ? ' today' : ''}`);
      td.dataset.day = day;
      td.tabIndex = day === focus ? 0 : -1;
      if (isToday) td.setAttribute('aria-current', 'date');
      const num = el('span', 'num', String(Number(day.slice(8))));
      num.setAttribute('aria-hidden', 'true');
      const label = [
        long.format(dayTime(day)),
        isToday ? 'today' : '',
        count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`,
      ]
        .filter(Boolean)
        .join(', ');
      td.append(num, el('span', 'visually-hidden label', label));
      const inner = day === focus ? 0 : -1;
      for (let i = 0; i < count && i < CHIPS; i++) {
        const entry = entries[i]!;
        const chip = button(`chip ${entry.allDay ? 'span' : ''}`, 'event', '');
        chip.tabIndex = inner;
        chip.dataset.id = entry.event.id;
        if (!entry.allDay) {
          chip.append(el('span', 'time', time.format(entry.start)), ' ');
        }
        const t = entry.event.title;
        chip.append(typeof t === 'string' ? t : (t.en ?? ''));
        td.append(chip);
      }
      if (count > CHIPS) {
        const more = button('more', 'more', `+${count - CHIPS} more`);
        more.tabIndex = inner;
        td.append(more);
      }
      row.append(td);
    }
    body.append(row);
  }
  const live = el('div', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');
  calendar.append(toolbar, table, live);
  base.append(calendar);
  const status = el('div', 'visually-hidden');
  status.setAttribute('role', 'status');
  root.replaceChildren(base, status);
}
