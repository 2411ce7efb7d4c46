/**
 * The month view: a table of the month's weeks (Monday first, other months' days dimmed)
 * following the WAI-ARIA grid pattern. One day holds the grid's single tab stop, and the
 * event buttons in that day follow it in the tab order; each day shows at most three events
 * and "+N more". What the keys and clicks do is the element's: this only draws the month.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dateFormatter } from '../core/format.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import { dayTime, monthWeeks } from './calendar-days.js';
import type { CalendarEntry } from './event-index.js';
import { dayElement, eventCount, eventTime, LONG_DAY } from './event-text.js';

/** Events shown in a day cell before "+N more". */
const CHIPS_PER_DAY = 3;

const WEEKDAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short' };
const WEEKDAY_LONG: Intl.DateTimeFormatOptions = { weekday: 'long' };

export interface MonthGridContext {
  lang: Lang;
  /** The zone timed events read in. */
  zone: string;
  /** The month shown, `YYYY-MM`. */
  month: string;
  /** Today's day key in that zone. */
  today: string;
  /** The day that holds the grid's tab stop. */
  focusDay: string;
  /** The events on each day, in start order. */
  byDay: ReadonlyMap<string, CalendarEntry[]>;
  /** Moves the tab stop (arrows, Home, End, Ctrl+Home, Ctrl+End, Page Up, Page Down) or opens the day (Enter, Space). */
  onKeydown: (event: KeyboardEvent) => void;
  /** A day focused by pointer or script takes the tab stop. */
  onFocusin: (event: FocusEvent) => void;
  /** Opens a day's events; the cell carries its day key in `data-day`. */
  onDayClick: (event: Event) => void;
  /** Opens an event's details; the button carries the event's id in `data-id`. */
  onEventClick: (event: Event) => void;
  /** Opens the events of the day whose "+N more" was pressed. */
  onMoreClick: (event: Event) => void;
}

/** The day key of the grid's day cell that holds `target` (or is it), if any. */
export function dayOf(target: EventTarget | null): string | undefined {
  return target instanceof Element
    ? target.closest<HTMLElement>('td[data-day]')?.dataset.day
    : undefined;
}

/** The month's table: weekday names, then four to six weeks of day cells. */
export function renderMonthGrid(context: MonthGridContext): TemplateResult {
  const { lang, month, byDay } = context;
  const weeks = monthWeeks(month);
  const short = dateFormatter(lang, WEEKDAY_SHORT, 'UTC');
  const long = dateFormatter(lang, WEEKDAY_LONG, 'UTC');
  return html`<table
    class="grid"
    part="grid"
    role="grid"
    aria-labelledby="title"
    @keydown=${context.onKeydown}
    @focusin=${context.onFocusin}
  >
    <thead>
      <tr>
        ${(weeks[0] ?? []).map((day) => {
          const time = dayTime(day);
          return html`<th scope="col" part="weekday" abbr=${long.format(time)}>
            <span aria-hidden="true">${short.format(time)}</span
            ><span class="visually-hidden">${long.format(time)}</span>
          </th>`;
        })}
      </tr>
    </thead>
    <tbody>
      ${weeks.map(
        (week) =>
          html`<tr>
            ${week.map((day) => renderDay(day, byDay.get(day) ?? [], context))}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One day cell: its number, a label that reads the day in full, its events and "+N more". */
function renderDay(
  day: string,
  entries: CalendarEntry[],
  context: MonthGridContext,
): TemplateResult {
  const { lang, focusDay } = context;
  const outside = !day.startsWith(context.month);
  const isToday = day === context.today;
  const count = entries.length;
  const label = [
    isToday
      ? msg('today', {
          id: 'calendar.today-lower',
          desc: 'Event calendar, month grid: read by screen readers in a day\'s name, between the date and the event count ("12 January, today, 2 events"); never seen. Lower case, one word.',
        })
      : '',
    count === 0
      ? msg('no events', {
          id: 'calendar.no-events',
          desc: 'Event calendar, month grid: read by screen readers in the name of a day without events ("12 January, no events"); never seen. Lower case.',
        })
      : eventCount(count, lang),
  ]
    .filter(Boolean)
    .join(', ');
  const hidden = count - CHIPS_PER_DAY;
  const chips = entries.slice(0, CHIPS_PER_DAY);
  // The buttons inside the day holding the grid's tab stop follow it in the tab order.
  const inner = day === focusDay ? 0 : -1;
  return html`<td
    role="gridcell"
    class="day ${outside ? 'outside' : ''} ${isToday ? 'today' : ''}"
    part="day${outside ? ' outside' : ''}${isToday ? ' today' : ''}"
    data-day=${day}
    tabindex=${day === focusDay ? 0 : -1}
    aria-current=${ifDefined(isToday ? 'date' : undefined)}
    @click=${context.onDayClick}
  >
    <span class="num" aria-hidden="true">${Number(day.slice(8))}</span
    ><span class="visually-hidden label"
      >${dayElement(day, dateFormatter(lang, LONG_DAY, 'UTC').format(dayTime(day)))}, ${label}</span
    >
    ${chips.map((entry) => {
      const title = pickLocalized(entry.event.title, lang);
      return html`<button
        type="button"
        class="chip ${entry.allDay || entry.firstDay < day ? 'span' : ''}"
        part="event"
        tabindex=${inner}
        data-id=${entry.event.id}
        @click=${context.onEventClick}
      >
        ${
          !entry.allDay && entry.firstDay === day
            ? html`<time class="time" datetime=${entry.start!.toISOString()}
                >${eventTime(entry.start!, lang, context.zone)}</time
              > `
            : nothing
        }<span class="chip-title" lang=${ifDefined(title.lang)}>${title.text}</span>
      </button>`;
    })}
    ${
      hidden > 0
        ? html`<button
            type="button"
            class="more"
            part="more"
            tabindex=${inner}
            @click=${context.onMoreClick}
          >
            ${msg(str`+${hidden} more`, { id: 'calendar.more', desc: "Event calendar, month grid: small button in a day's cell when more events than fit are hidden; the value is how many (+2 more). A cell is about 40 px wide on a phone: as short as possible." })}
          </button>`
        : nothing
    }
  </td>`;
}
