/**
 * The list view: upcoming events grouped under their day, each a button that opens its
 * details. The month grid's narrow-screen alternative, and what `view="list"` shows.
 * It shows `limit` events at first; "Show earlier events" above the list and "Show later
 * events" below it reveal `limit` more each, so that every event of the feed, past ones
 * included, can be reached at any width (WCAG 1.4.10: the grid's month buttons reach them
 * at 560 px and wider).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textButton } from '../core/button.js';
import { countText, dateFormatter } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import { emptyView } from '../core/state-views.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry, ListPage } from './event-index.js';
import { dayElement, eventPlace, LONG_DAY, renderWhen } from './event-text.js';

export interface AgendaContext {
  lang: Lang;
  /** The zone timed events read in. */
  zone: string;
  /** Today's day key in that zone. */
  today: string;
  /** Whether past events are listed (else one that started earlier and still runs shows under today). */
  showPast: boolean;
  /** Level of the day headings. */
  level: number;
  /** Opens an event's details; the button carries the event's id in `data-id`. */
  onEventClick: (event: Event) => void;
  /** Reveals `limit` more events: before those shown from the button of class `show-earlier`, else after them. */
  onShowMore: (event: Event) => void;
}

/** "20 more events shown": what the live region says after "Show earlier" or "Show later". */
export function revealedText(count: number, lang: Lang): string {
  return countText(
    count,
    lang,
    (n) =>
      msg(str`${n} more event shown`, {
        id: 'calendar.shown-one',
        desc: 'Event calendar, list view: announced to screen readers after Show earlier/later events revealed exactly one more event; the value is 1. Never seen.',
      }),
    (n) =>
      msg(str`${n} more events shown`, {
        id: 'calendar.shown',
        desc: 'Event calendar, list view: announced to screen readers after Show earlier/later events revealed more events; the value is how many (plural). Never seen.',
      }),
  );
}

/**
 * Where reading goes on after "Show earlier events" (`earlier`) or "Show later events", in the
 * list rendered again; `shown` is how many events it listed before. "Show earlier" keeps the
 * keyboard (null), as what it revealed follows it (Tab reads it, Enter reveals more), until it
 * has nothing left to show and leaves: then the first event has it. "Show later" follows the
 * last event: the first one it revealed.
 */
export function focusAfterReveal(
  root: ParentNode,
  earlier: boolean,
  shown: number,
): Element | null | undefined {
  const events = root.querySelectorAll('.list-event');
  if (!earlier) return events[shown];
  return root.querySelector('.show-earlier') ? null : events[0];
}

/**
 * The page of the list in `page`, between its two buttons. Each keeps its place in the
 * template whatever the list holds, so the keyboard stays on "Show earlier events" while it
 * reveals events after itself.
 */
export function renderAgenda(page: ListPage, context: AgendaContext): TemplateResult {
  const { entries, earlier, later, upcoming } = page;
  const { onShowMore } = context;
  return html`${
    earlier
      ? textButton(
          'show-more show-earlier',
          'show-more',
          msg('Show earlier events', {
            id: 'calendar.show-earlier',
            desc: 'Event calendar, list view: button above the list that reveals past events. Button label, about 25 characters.',
          }),
          onShowMore,
        )
      : nothing
  }${entries.length ? renderList(entries, context) : nothing}${
    upcoming
      ? nothing
      : emptyView(
          msg('No upcoming events.', {
            id: 'calendar.no-upcoming',
            desc: 'Event calendar, list view: shown under the past events when none is still to come. One short sentence.',
          }),
        )
  }${
    later
      ? textButton(
          'show-more show-later',
          'show-more',
          msg('Show later events', {
            id: 'calendar.show-later',
            desc: 'Event calendar, list view: button under the list that reveals more coming events. Button label, about 25 characters.',
          }),
          onShowMore,
        )
      : nothing
  }`;
}

function renderList(entries: CalendarEntry[], context: AgendaContext): TemplateResult {
  const { lang, zone, today, showPast, level, onEventClick } = context;
  const groups = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    // An event that started before today and still runs is listed under today; one that
    // ended before today (revealed by "Show earlier events") under its own first day.
    const day =
      !showPast && entry.firstDay < today && entry.lastDay >= today ? today : entry.firstDay;
    const group = groups.get(day);
    if (group) group.push(entry);
    else groups.set(day, [entry]);
  }
  return html`<ul class="list" part="list" role="list">
    ${[...groups].map(
      ([day, group]) =>
        html`<li class="group">
          ${renderHeading(
            level,
            dayElement(day, dateFormatter(lang, LONG_DAY, 'UTC').format(dayTime(day))),
            { class: 'list-day', part: 'list-day' },
          )}
          <ul role="list">
            ${group.map((entry) => {
              const title = pickLocalized(entry.event.title, lang);
              const place = eventPlace(entry, lang);
              return html`<li>
                <button
                  type="button"
                  class="list-event"
                  part="event"
                  data-id=${entry.event.id}
                  @click=${onEventClick}
                >
                  <span class="time">${renderWhen(entry, lang, zone)}</span>
                  <span class="event-title" lang=${ifDefined(title.lang)}>${title.text}</span>
                  <span class="place" lang=${ifDefined(place.lang)}>${place.text}</span>
                </button>
              </li>`;
            })}
          </ul>
        </li>`,
    )}
  </ul>`;
}
