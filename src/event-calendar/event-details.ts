/**
 * The details panel: one event (opened from its chip or list entry) or every event of a day
 * (opened from the day), with when and where, the description, the feed's links, and "Add to
 * calendar". Its heading takes the focus when it opens; Escape and Close hand it back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading, subheadingLevel } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg } from '../core/localize.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import type { CalendarEntry } from './event-index.js';
import { eventPlace, eventWhen } from './event-text.js';

export interface DetailsContext {
  lang: Lang;
  /** The zone timed events read in. */
  zone: string;
  /** The feed's URL, which its relative links are relative to. */
  base: string;
  /** Level of the panel's heading; event titles sit one below. */
  level: number;
  /** Whether each event shows its own title (a day's events), or the panel's heading is the event's. */
  eventTitles: boolean;
  onKeydown: (event: KeyboardEvent) => void;
  onClose: () => void;
  /** Downloads the event as a calendar file. */
  onAdd: (entry: CalendarEntry) => void;
}

export function renderDetailsPanel(
  title: string,
  entries: readonly CalendarEntry[],
  context: DetailsContext,
): TemplateResult {
  const { level } = context;
  return html`<section
    class="details"
    part="details"
    aria-labelledby="details-title"
    @keydown=${context.onKeydown}
  >
    <div class="details-head">
      ${renderHeading(level, title, { class: 'details-title', id: 'details-title', tabindex: -1 })}
      <button type="button" class="uzl-button close" part="close" @click=${context.onClose}>
        ${msg('Close', { id: 'calendar.close' })}
      </button>
    </div>
    ${
      entries.length
        ? entries.map((entry) => renderEventDetails(entry, context))
        : html`<p class="uzl-empty">
            ${msg('No events on this day.', { id: 'calendar.no-events-day' })}
          </p>`
    }
  </section>`;
}

function renderEventDetails(entry: CalendarEntry, context: DetailsContext): TemplateResult {
  const { lang, zone, base } = context;
  const { event } = entry;
  const register = safeUrl(event.registrationUrl, 'link', base);
  const info = safeUrl(event.url, 'link', base);
  const join = safeUrl(event.online?.url, 'link', base);
  const description = pickText(event.description, lang);
  const address = pickText(event.location?.address, lang);
  return html`<article class="event-details" data-id=${event.id}>
    ${
      context.eventTitles
        ? renderHeading(subheadingLevel(context.level), pickText(event.title, lang), {
            class: 'event-title',
          })
        : nothing
    }
    <p class="when">${eventWhen(entry, lang, zone, true)}</p>
    <p class="where">${eventPlace(entry, lang)}${address ? html`<br />${address}` : nothing}</p>
    ${description ? html`<p class="description">${description}</p>` : nothing}
    <div class="actions">
      ${register ? html`<a class="link" href=${register}>${msg('Register', { id: 'calendar.register' })}</a>` : nothing}
      ${join ? html`<a class="link" href=${join}>${msg('Join online', { id: 'calendar.join' })}</a>` : nothing}
      ${info ? html`<a class="link" href=${info}>${msg('More information', { id: 'calendar.info' })}</a>` : nothing}
      <button type="button" class="uzl-button add" part="add" @click=${() => context.onAdd(entry)}>
        ${msg('Add to calendar', { id: 'calendar.add' })}
      </button>
    </div>
  </article>`;
}
