/**
 * How an event reads: its time ("14:00–16:00"), its day and time in full, and its place
 * ("Campus Gasthuisberg", "Online via Microsoft Teams"). Shared by the month grid, the list,
 * the details panel and the calendar file. Called inside a render, so `msg()` answers in the
 * element's language.
 *
 * Dates and times are `<time datetime>` elements, which browsers, search engines and
 * assistive technology read without parsing the language. A range is seen with a dash and
 * heard with a word ("14:00 to 16:00"): screen readers drop the dash.
 */
import { html, type TemplateResult } from 'lit';
import { countText, dateFormatter } from '../core/format.js';
import { zoneOffset } from '../core/zone-offset.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { pickLocalized, type PickedText } from '../core/localized-text.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry } from './event-index.js';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "vrijdag 9 januari 2026": a day in full, in the page's language. */
export const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
// "14:00" depends only on the minute of the day on the zone's clock: each is formatted once
// per language (a month of events asks Intl a few dozen times, not twice per event).
const timesOfDay = new Map<Lang, string[]>();

/** "14:00", on the 24-hour clock, in `zone`. */
export function eventTime(instant: Date, lang: Lang, zone: string): string {
  const local = instant.getTime() + zoneOffset(instant.getTime(), zone);
  const minute = ((Math.floor(local / MINUTE) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  let times = timesOfDay.get(lang);
  if (!times) timesOfDay.set(lang, (times = []));
  return (times[minute] ??= dateFormatter(lang, TIME, 'UTC').format(minute * MINUTE));
}

/** A day key (`2026-01-09`) shown as `text`. */
export const dayElement = (day: string, text: string): TemplateResult =>
  html`<time datetime=${day}>${text}</time>`;

/** An instant shown as `text`; its `datetime` in UTC, which is exact in every zone. */
const instantElement = (instant: Date, text: string): TemplateResult =>
  html`<time datetime=${instant.toISOString()}>${text}</time>`;

/** "14:00 at start, 16:00 at end": seen with a dash (spaced between dates), heard with `word`. */
function range(from: TemplateResult, to: TemplateResult, word: string, dates: boolean) {
  return html`${from}<span aria-hidden="true">${dates ? ' – ' : '–'}</span
    ><span class="visually-hidden"> ${word} </span>${to}`;
}

/**
 * "14:00–16:00"; with `long`, the day first; "All day" for all-day events, and both ends for
 * multi-day ones. Timed events read in `zone`; all-day ones are calendar days, never shifted.
 */
export function renderWhen(
  entry: CalendarEntry,
  lang: Lang,
  zone: string,
  long = false,
): TemplateResult {
  const date = (time: number | Date, dateZone: string) =>
    dateFormatter(lang, LONG_DAY, dateZone).format(time);
  const to = msg('to', {
    id: 'calendar.to',
    desc: 'Event calendar: between the start and end of a range of dates or times (9:00 to 17:00), read by screen readers; the visible text shows a dash. Lower case, one short word.',
  });
  const { firstDay, lastDay } = entry;
  if (entry.allDay) {
    const allDay = msg('All day', {
      id: 'calendar.all-day',
      desc: 'Event calendar: in place of the time for an event that lasts all day, in the list and the details. Two words, about 12 characters.',
    });
    if (!long) return html`${allDay}`;
    return lastDay > firstDay
      ? range(
          dayElement(firstDay, date(dayTime(firstDay), 'UTC')),
          dayElement(lastDay, date(dayTime(lastDay), 'UTC')),
          to,
          true,
        )
      : html`${dayElement(firstDay, date(dayTime(firstDay), 'UTC'))}, ${allDay}`;
  }
  const start = entry.start!;
  const end = entry.end!;
  if (lastDay > firstDay) {
    return range(
      instantElement(start, `${date(start, zone)} ${eventTime(start, lang, zone)}`),
      instantElement(end, `${date(end, zone)} ${eventTime(end, lang, zone)}`),
      to,
      true,
    );
  }
  const from = instantElement(start, eventTime(start, lang, zone));
  const times =
    end.getTime() > start.getTime()
      ? range(from, instantElement(end, eventTime(end, lang, zone)), to, false)
      : from;
  return long ? html`${dayElement(firstDay, date(start, zone))}, ${times}` : times;
}

/** "1 event", "12 events": a count of events in words. */
export function eventCount(count: number, lang: Lang): string {
  return countText(
    count,
    lang,
    (n) =>
      msg(str`${n} event`, {
        id: 'calendar.count-one',
        desc: 'Event calendar: the number of events when it is exactly one (1 event); in the month grid read by screen readers, in announcements. A few words.',
      }),
    (n) =>
      msg(str`${n} events`, {
        id: 'calendar.count',
        desc: 'Event calendar: the number of events, plural (3 events); in the month grid read by screen readers, in announcements. A few words.',
      }),
  );
}

/** The campus or place name (in its own language when the feed has none in `lang`), or "Online via Microsoft Teams". */
export function eventPlace(entry: CalendarEntry, lang: Lang): PickedText {
  const { location, online } = entry.event;
  if (location) return pickLocalized(location.name, lang);
  if (online) {
    const text = online.platform
      ? msg(str`Online via ${online.platform}`, {
          id: 'calendar.online-via',
          desc: "Event calendar: in place of the location for an online event; the value is the platform's name (Microsoft Teams). One line, about 30 characters with the name.",
        })
      : msg('Online', {
          id: 'calendar.online',
          desc: 'Event calendar: in place of the location for an online event whose platform is not named. One word.',
        });
    return { text, lang: undefined };
  }
  return { text: '', lang: undefined };
}
