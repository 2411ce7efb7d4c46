/**
 * The list view: upcoming events grouped under their day, each a button that opens its
 * details. The month grid's narrow-screen alternative, and what `view="list"` shows.
 */
import { html, type TemplateResult } from 'lit';
import { dateFormatter } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg } from '../core/localize.js';
import { pickText } from '../core/localized-text.js';
import { emptyView } from '../core/state-views.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry } from './event-index.js';
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
}

export function renderAgenda(entries: CalendarEntry[], context: AgendaContext): TemplateResult {
  if (!entries.length) {
    return emptyView(msg('No upcoming events.', { id: 'calendar.no-upcoming' }));
  }
  const { lang, zone, today, showPast, level, onEventClick } = context;
  const groups = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    // An event that started before today and still runs is listed under today.
    const day = !showPast && entry.firstDay < today ? today : entry.firstDay;
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
            ${group.map(
              (entry) =>
                html`<li>
                  <button
                    type="button"
                    class="list-event"
                    part="event"
                    data-id=${entry.event.id}
                    @click=${onEventClick}
                  >
                    <span class="time">${renderWhen(entry, lang, zone)}</span>
                    <span class="event-title">${pickText(entry.event.title, lang)}</span>
                    <span class="place">${eventPlace(entry, lang)}</span>
                  </button>
                </li>`,
            )}
          </ul>
        </li>`,
    )}
  </ul>`;
}
