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
    events = msg(str`${events} in ${title}`, {
      id: 'calendar.in-month',
      desc: 'Event calendar, month view: announced to screen readers after choosing a category; the first value is the event count (3 events), the second the month (January 2026). Never seen.',
    });
  }
  return msg(str`${label}: ${events}`, {
    id: 'calendar.category-result',
    desc: "Event calendar: announced to screen readers after choosing a category; the first value is the category's name, the second the count (3 events in January 2026). Never seen. Keep the category first.",
  });
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
      ? msg('Upcoming events', {
          id: 'calendar.upcoming',
          desc: "Event calendar: the list view's heading, above the coming events. Heading, one line, about 20 characters.",
        })
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
                >${msg('Previous', { id: 'calendar.previous-short', desc: 'Event calendar: visible text of the toolbar button to the previous month, beside Today and Next on a 320 px wide toolbar. One word, about 10 characters.' })}`,
              context.onPrevious,
              {
                label: msg('Previous month', {
                  id: 'calendar.previous',
                  desc: "Event calendar: the same button's name for screen readers (its visible text is short). A few words.",
                }),
              },
            )}
            ${textButton('nav-button', 'nav', msg('Today', { id: 'calendar.today', desc: 'Event calendar: toolbar button that goes back to the current month, between Previous and Next. One word, about 10 characters.' }), context.onToday)}
            ${textButton(
              'nav-button',
              'nav',
              html`${msg('Next', { id: 'calendar.next-short', desc: 'Event calendar: visible text of the toolbar button to the next month, beside Previous and Today on a 320 px wide toolbar. One word, about 10 characters.' })}<span
                  aria-hidden="true"
                  >›</span
                >`,
              context.onNext,
              {
                label: msg('Next month', {
                  id: 'calendar.next',
                  desc: "Event calendar: the same button's name for screen readers (its visible text is short). A few words.",
                }),
              },
            )}
          </div>`
    }
    ${
      categories.length
        ? html`<label class="filter">
            <span
              >${msg('Category', { id: 'calendar.category', desc: 'Event calendar: label above the category filter (a drop-down) in the toolbar. One word, about 12 characters.' })}</span
            >
            <select
              part="filter"
              @change=${context.onCategoryChange}
              ${selectOptions(
                [
                  {
                    value: '',
                    label: msg('All categories', {
                      id: 'calendar.all-categories',
                      desc: "Event calendar: the filter's first option, which shows every category; also announced after filtering. Drop-down option, about 20 characters.",
                    }),
                  },
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
            msg('Download all (.ics)', {
              id: 'calendar.download-all',
              desc: 'Event calendar: toolbar button that downloads every event as one calendar (.ics) file. Button label, about 25 characters; keep (.ics).',
            }),
            context.onDownloadAll,
          )
        : nothing
    }
  </div>`;
}
