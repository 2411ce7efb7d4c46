/**
 * The details panel: one event (opened from its chip or list entry) or every event of a day
 * (opened from the day), with when and where, the description, the feed's links, and "Add to
 * calendar". Its heading takes the focus when it opens; Escape and Close hand it back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textButton } from '../core/button.js';
import { dateFormatter } from '../core/format.js';
import { renderHeading, subheadingLevel } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg } from '../core/localize.js';
import { pickLocalized, type PickedText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry, EventIndex } from './event-index.js';
import { dayElement, eventPlace, LONG_DAY, renderWhen } from './event-text.js';

export interface DetailsContext {
  lang: Lang;
  /** The zone timed events read in. */
  zone: string;
  /** The feed's URL, which its relative links are relative to. */
  base: string;
  /** Level of the panel's heading; event titles sit one below. */
  level: number;
  onKeydown: (event: KeyboardEvent) => void;
  onClose: () => void;
  /** Downloads the event as a calendar file. */
  onAdd: (entry: CalendarEntry) => void;
}

interface PanelContext extends DetailsContext {
  /** Whether each event shows its own title (a day's events), or the panel's heading is the event's. */
  eventTitles: boolean;
}

/**
 * What the panel shows: every event of a day, or one event. Each kind carries what it needs,
 * and what closing it hands the focus back to: the day (or its "+N more" button), or the
 * event's chip or list entry.
 */
export type Details =
  | {
      kind: 'day';
      day: string;
      /** Opened from the day's "+N more" button, which gets the focus back on close. */
      fromMore: boolean;
    }
  | { kind: 'event'; id: string };

/**
 * What gets the focus back in `root` once `closed` has closed: in the month grid, the event's
 * chip or the "+N more" it was opened from, else the day `focusDay`; in the list, the event's
 * entry (a day's details, opened in the grid, have nothing to go back to there).
 */
export function focusAfterClose(
  root: ParentNode,
  closed: Details | undefined,
  grid: { focusDay: string } | undefined,
): HTMLElement | null | undefined {
  if (!grid) {
    return closed?.kind === 'event'
      ? root.querySelector<HTMLElement>(`.list-event[data-id="${CSS.escape(closed.id)}"]`)
      : undefined;
  }
  const cell = root.querySelector<HTMLElement>(`td[data-day="${grid.focusDay}"]`);
  const opener =
    closed?.kind === 'event'
      ? cell?.querySelector<HTMLElement>(`.chip[data-id="${CSS.escape(closed.id)}"]`)
      : closed?.fromMore
        ? cell?.querySelector<HTMLElement>('.more')
        : undefined;
  return opener ?? cell;
}

/** The panel for `details`, with its events as `index` has them (after the filters). */
export function renderDetails(
  details: Details,
  index: EventIndex,
  context: DetailsContext,
): TemplateResult {
  const { lang } = context;
  if (details.kind === 'event') {
    const entries = index.entries.filter((e) => e.event.id === details.id).slice(0, 1);
    const title = pickLocalized(entries[0]?.event.title, lang);
    return renderPanel(title.text, entries, { ...context, eventTitles: false }, title.lang);
  }
  // A day's details list several events, each under its own title.
  const title = dayElement(
    details.day,
    dateFormatter(lang, LONG_DAY, 'UTC').format(dayTime(details.day)),
  );
  return renderPanel(title, index.byDay.get(details.day) ?? [], { ...context, eventTitles: true });
}

/** The panel under `title`; `titleLang` is the language of a title from the feed, when not the widget's. */
function renderPanel(
  title: string | TemplateResult,
  entries: readonly CalendarEntry[],
  context: PanelContext,
  titleLang?: PickedText['lang'],
): TemplateResult {
  const { level } = context;
  return html`<section
    class="details"
    part="details"
    aria-labelledby="details-title"
    @keydown=${context.onKeydown}
  >
    <div class="details-head">
      ${renderHeading(level, title, {
        class: 'details-title',
        id: 'details-title',
        tabindex: -1,
        lang: titleLang,
      })}
      ${textButton('close', 'close', msg('Close', { id: 'calendar.close', desc: "Event calendar: button that closes the panel with a day's or an event's details. Button label, one word, about 10 characters." }), context.onClose)}
    </div>
    ${
      entries.length
        ? entries.map((entry) => renderEventDetails(entry, context))
        : html`<p class="uzl-empty">
            ${msg('No events on this day.', { id: 'calendar.no-events-day', desc: 'Event calendar: in the details panel of a day that has no events. One short sentence.' })}
          </p>`
    }
  </section>`;
}

function renderEventDetails(entry: CalendarEntry, context: PanelContext): TemplateResult {
  const { lang, zone, base } = context;
  const { event } = entry;
  const register = safeUrl(event.registrationUrl, 'link', base);
  const info = safeUrl(event.url, 'link', base);
  const join = safeUrl(event.online?.url, 'link', base);
  const description = pickLocalized(event.description, lang);
  const address = pickLocalized(event.location?.address, lang);
  const place = eventPlace(entry, lang);
  // A day's panel repeats its actions for every event: each one's name ends with its event's
  // title ("Add to calendar, Grief is raw"), heard but not seen, so that a list of buttons
  // or links tells them apart; the name starts with what is seen, for voice control.
  const title = pickLocalized(event.title, lang);
  const whose = html`<span class="visually-hidden" lang=${ifDefined(title.lang)}
    >, ${title.text}</span
  >`;
  return html`<article class="event-details" data-id=${event.id}>
    ${
      context.eventTitles
        ? renderHeading(subheadingLevel(context.level), title.text, {
            class: 'event-title',
            lang: title.lang,
          })
        : nothing
    }
    <p class="when">${renderWhen(entry, lang, zone, true)}</p>
    <p class="where">
      <span lang=${ifDefined(place.lang)}>${place.text}</span>${
        address.text
          ? html`<br /><span lang=${ifDefined(address.lang)}>${address.text}</span>`
          : nothing
      }
    </p>
    ${
      description.text
        ? html`<p class="description" lang=${ifDefined(description.lang)}>${description.text}</p>`
        : nothing
    }
    <div class="actions">
      ${register ? html`<a class="link" href=${register}>${msg('Register', { id: 'calendar.register', desc: "Event calendar, event details: link to the event's registration page (followed, for screen readers, by the event's name). Link text, about 15 characters." })}${whose}</a>` : nothing}
      ${join ? html`<a class="link" href=${join}>${msg('Join online', { id: 'calendar.join', desc: 'Event calendar, event details: link to join an online event (Teams, Zoom). Link text, about 15 characters.' })}${whose}</a>` : nothing}
      ${info ? html`<a class="link" href=${info}>${msg('More information', { id: 'calendar.info', desc: "Event calendar, event details: link to the event's own page. Link text, about 20 characters." })}${whose}</a>` : nothing}
      ${textButton('add', 'add', html`${msg('Add to calendar', { id: 'calendar.add', desc: 'Event calendar, event details: button that downloads this one event as a calendar (.ics) file. Button label, about 20 characters.' })}${whose}`, () => context.onAdd(entry))}
    </div>
  </article>`;
}
