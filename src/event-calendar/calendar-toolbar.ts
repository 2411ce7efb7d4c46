/**
 * The bar above the calendar: its heading (the month shown, or "Upcoming events" in the list
 * view), Previous / Today / Next in the month view, the category filter when the feed has
 * categories, and "Download all (.ics)" for the events shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textButton } from '../core/button.js';
import { dateFormatter } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import { selectOptions } from '../core/select-options.js';
import { dayTime } from './calendar-days.js';
import type { CalendarEntry } from './event-index.js';
import { eventCount } from './event-text.js';
import type { EventCategory } from './events-feed.js';

const MONTH_TITLE: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** "January 2026": the month view's heading, and what the live region says on a new month. */
export function monthTitle(month: string, lang: Lang): string {
  return dateFormatter(lang, MONTH_TITLE, 'UTC').format(dayTime(`${month}-01`));
}

/**
 * What the filter leaves, said when the visitor picks a category, as the publications' filter
 * says its count: "Cancer and care: 2 events in January 2026" in the month view (the events
 * of the month shown), "Cancer and care: 5 events" in the list (all it reaches from today, or
 * from the first event with `show-past`).
 */
export function categoryResult(
  label: string,
  count: number,
  month: string | undefined,
  lang: Lang,
): string {
  let events = eventCount(count, lang);
  if (month !== undefined) {
    const title = monthTitle(month, lang);
    events = msg(str`${events} in ${title}`, { id: 'calendar.in-month' });
  }
  return msg(str`${label}: ${events}`, { id: 'calendar.category-result' });
}

export interface ToolbarContext {
  lang: Lang;
  /** Level of the calendar's heading. */
  level: number;
  /** The month shown, `YYYY-MM`, in the month view; the list view has none (and no month buttons). */
  month: string | undefined;
  /** The feed's categories, which the filter offers. */
  categories: readonly EventCategory[];
  /** The category chosen in the filter ('' for all). */
  category: string;
  /** The events shown, which "Download all" hands over; without any, there is no such button. */
  shown: readonly CalendarEntry[];
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
  /** The filter's `change`; its `<select>` is the event's target. */
  onCategoryChange: (event: Event) => void;
  onDownloadAll: () => void;
}

/**
 * The toolbar's heading is the one the grid and the page's outline refer to (`id="title"`).
 * The month buttons show a word ("‹ Previous", "Next ›") that their names ("Previous month")
 * contain, so that a voice-control user can say what they see (WCAG 2.5.3, label in name).
 */
export function renderToolbar(context: ToolbarContext): TemplateResult {
  const { lang, month, categories } = context;
  const title =
    month === undefined
      ? msg('Upcoming events', { id: 'calendar.upcoming' })
      : html`<time datetime=${month}>${monthTitle(month, lang)}</time>`;
  return html`<div class="toolbar" part="toolbar">
    ${renderHeading(context.level, title, { class: 'title', part: 'title', id: 'title' })}
    ${
      month === undefined
        ? nothing
        : html`<div class="nav">
            ${textButton(
              'nav-button',
              'nav',
              html`<span aria-hidden="true">‹</span
                >${msg('Previous', { id: 'calendar.previous-short' })}`,
              context.onPrevious,
              { label: msg('Previous month', { id: 'calendar.previous' }) },
            )}
            ${textButton('nav-button', 'nav', msg('Today', { id: 'calendar.today' }), context.onToday)}
            ${textButton(
              'nav-button',
              'nav',
              html`${msg('Next', { id: 'calendar.next-short' })}<span aria-hidden="true">›</span>`,
              context.onNext,
              { label: msg('Next month', { id: 'calendar.next' }) },
            )}
          </div>`
    }
    ${
      categories.length
        ? html`<label class="filter">
            <span>${msg('Category', { id: 'calendar.category' })}</span>
            <select
              part="filter"
              @change=${context.onCategoryChange}
              ${selectOptions(
                [
                  { value: '', label: msg('All categories', { id: 'calendar.all-categories' }) },
                  ...categories.map((c) => {
                    const label = pickLocalized(c.label, lang);
                    return { value: c.id, label: label.text, lang: label.lang };
                  }),
                ],
                context.category,
              )}
            ></select>
          </label>`
        : nothing
    }
    ${
      context.shown.length
        ? textButton(
            'add add-all',
            'add',
            msg('Download all (.ics)', { id: 'calendar.download-all' }),
            context.onDownloadAll,
          )
        : nothing
    }
  </div>`;
}
