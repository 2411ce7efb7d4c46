// <uzl-event-calendar>: this file is the element (its attributes, state, keyboard and events).
// Its folder, along the calendar's seams: month-grid.ts, agenda-list.ts, calendar-toolbar.ts
// and event-details.ts (render modules), event-index.ts and calendar-days.ts (events by day,
// pure), event-text.ts (times and texts), ics.ts and calendar-file.ts (the .ics download),
// event-filters.ts (`category` and `campus`), events-feed.ts (the feed's type, held to
// schemas/events.schema.json), event-calendar.styles.ts and uzl-event-calendar.ts (the tag).
// Its events are declared with the others in src/core/events.ts; "Show more", announcements
// and the rule for an id the feed does not have come from src/core/.
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveTimeZone } from '../core/format.js';
import { itemLimit } from '../core/limit.js';
import { matchId } from '../core/match-id.js';
import { memoize } from '../core/memo.js';
import { addMessages, msg } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import { messages } from '../generated/messages/event-calendar.js';
import { emptyView } from '../core/state-views.js';
import { fieldStyles } from '../core/field.styles.js';
import { subheadingLevel } from '../core/heading.js';
import { UzlFeedElement } from '../core/uzl-feed-element.js';
import { ResizeController, widthBeforeRender } from '../core/resize-controller.js';
import { ShowMore } from '../core/show-more.js';
import { downloadFile } from '../core/download-file.js';
import { addMonths, dayForKey, parseMonth, zonedDayKey } from './calendar-days.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import {
  entriesInMonth,
  indexEvents,
  listPage,
  type CalendarEntry,
  type EventIndex,
  type ListPage,
} from './event-index.js';
import { eventsFeedSpec, type EventsFeed } from './events-feed.js';
import { filterIds, passes } from './event-filters.js';
import { calendarFile } from './calendar-file.js';
import { focusAfterReveal, renderAgenda, revealedText } from './agenda-list.js';
import { categoryResult, monthTitle, renderToolbar } from './calendar-toolbar.js';
import { dayOf, renderMonthGrid } from './month-grid.js';
import { focusAfterClose, renderDetails, type Details } from './event-details.js';

// This element's nl and fr messages, next to the core's.
addMessages(messages);

export type CalendarView = 'month' | 'list';

export type { UzlEventSelectDetail, UzlMonthChangeDetail } from '../core/events.js';

const DEFAULT_LIMIT = 20;
/** Element width from which the month grid is the default view. */
const MONTH_VIEW_MIN_WIDTH = 560;

/** The view for an element `width` px wide, when `view` does not choose one. */
const viewForWidth = (width: number): CalendarView =>
  width >= MONTH_VIEW_MIN_WIDTH ? 'month' : 'list';

/**
 * UZ Leuven's events (information sessions on a campus or online) as a month grid or an
 * agenda list, in the page's language and the feed's time zone, with details and "Add to
 * calendar" for each event.
 *
 * The month grid follows the WAI-ARIA grid pattern: one tab stop; arrow keys move by day and
 * week, Home and End to the start and end of the week, Ctrl+Home and Ctrl+End to the first and
 * last day of the month, Page Up and Page Down by month (with Shift by year); Enter or Space
 * opens the day's events, Escape closes them and returns to the day. Other chords with Ctrl,
 * Alt or Meta pass through to the browser and to screen readers (Alt+← goes back,
 * Ctrl+Alt+arrows read the table). Tab from that day goes to its events and its "+N more"
 * (buttons): Enter opens an event's details, Escape returns to it. Each day holds at most
 * three events and "+N more", whatever the size of the feed.
 *
 * The list view (below 560 px, where the grid does not fit) shows `limit` events from today;
 * "Show earlier events" and "Show later events" reveal `limit` more each, so that every event
 * of the feed, past ones included, is reached by keyboard at any width.
 *
 * A page can replace any of its texts, per language, by message id (`calendar.`, and the
 * shared `state.` and `error.` ones): a `<script type="application/json" data-uzl-messages>`
 * block or `setMessages()`, shown as text (README, "Changing a widget's wording on one page").
 *
 * @tag uzl-event-calendar
 * @summary A localized, keyboard-accessible month grid and agenda of events from a JSON feed, with iCalendar downloads.
 *
 * @slot - Fallback content, such as a plain link to UZ Leuven's events page: it shows before the
 *   script loads, without JavaScript and beside the error message; it is hidden while events show.
 *
 * @csspart toolbar - The bar above the calendar: title, Previous / Today / Next, the category filter, "Download all".
 * @csspart title - The heading: the month shown ("January 2026") or "Upcoming events" in the list view.
 * @csspart nav - Each of the Previous, Today and Next buttons.
 * @csspart filter - The category filter (a `<select>`), when the feed has categories.
 * @csspart grid - The month grid (a table).
 * @csspart weekday - Each weekday name above the grid.
 * @csspart day - Each day cell; other months' days also carry `outside`, today `today`.
 * @csspart event - Each event in a day cell or in the list.
 * @csspart more - The "+N more" button of a day with more than three events.
 * @csspart list - The agenda list of the list view.
 * @csspart list-day - Each day's heading in the list view.
 * @csspart show-more - The list view's "Show earlier events" (above it) and "Show later events" (below it) buttons.
 * @csspart details - The panel with the details of a day's events or of one event.
 * @csspart close - The panel's Close button.
 * @csspart add - Each "Add to calendar" button, and "Download all".
 *
 * @cssprop --uzl-event-calendar-gap - Space between the parts (default: the `--uzl-space` unit).
 * @cssprop --uzl-event-calendar-day-height - Least height of a day cell in the month grid (default 6.5rem).
 * @cssprop --uzl-event-calendar-event-background - Background of an event in a day cell (default: `--uzl-color-subtle`).
 * @cssprop --uzl-event-calendar-today - Colour marking today (default: the accent colour `--uzl-color-primary`).
 *
 * @fires {CustomEvent<{month: string}>} uzl-month-change - The visitor moved to another month; `month` is `YYYY-MM`.
 * @fires {CustomEvent<{id: string}>} uzl-event-select - The visitor opened an event's details; `id` is the event's id.
 */
export class UzlEventCalendar extends UzlFeedElement<EventsFeed> {
  static override styles = [...UzlFeedElement.styles, fieldStyles, eventCalendarStyles];

  /** `month` (the grid) or `list` (the agenda). Without it: month when the element is at least 560 px wide, list below, following resizes. */
  @property({ reflect: true }) view?: CalendarView;

  /** The month shown first, `YYYY-MM` (default: the current month in the calendar's time zone). */
  @property() month?: string;

  /** Show only the events of this category id (any case; an id the feed lacks is ignored, with a warning); the toolbar's filter starts there. */
  @property() category?: string;

  /** Show only the events on this campus id (`gasthuisberg`; any case; an id no event has is ignored, with a warning). */
  @property() campus?: string;

  /**
   * Events the list view shows at first, and how many more each of its "Show earlier events"
   * and "Show later events" buttons reveals (default 20).
   */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /**
   * In the list view, start at the feed's first event (by default the list starts today, and
   * "Show earlier events" reveals the past ones).
   */
  @property({ attribute: 'show-past', type: Boolean }) showPast = false;

  /**
   * Time zone that events are shown in, as an IANA name (`Europe/London`); without it (or for
   * a name the browser does not know) the feed's own `timeZone`, else `Europe/Brussels`.
   * Events that last whole days are never shifted.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The month in the grid, `YYYY-MM`. */
  @state() private shownMonth = '';
  /** The day cell that holds the grid's tab stop. */
  @state() private focusDay = '';
  /** The category chosen in the filter ('' for all). */
  @state() private chosenCategory = '';
  @state() private details: Details | undefined;
  /**
   * Events the list view shows beyond its first page: `earlier` above today's ("Show earlier
   * events"), `later` after them ("Show later events").
   */
  private readonly more = new ShowMore(this);
  /** The view `view` leaves to the element's width. */
  @state() private autoView: CalendarView = 'month';
  /**
   * Follows the width of the widget's own box, not the host's: a page rule such as
   * `* { display: inline }` can make the host an inline box, whose size says nothing.
   * @internal
   */
  protected readonly widthWatch = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.uzl-root'),
    onResize: (width) => {
      this.autoView = viewForWidth(width);
    },
  });
  constructor() {
    super(eventsFeedSpec);
  }

  /** `uzl-load`'s count and the empty state: the events left by the `category` and `campus` attributes. */
  protected override itemCount(feed: EventsFeed): number {
    const category = this.filterId(feed, 'category', this.category);
    return this.filteredCount(feed, category, this.filterId(feed, 'campus', this.campus));
  }

  /** A filter's value as the feed's id; '' for none, and for one the feed does not have (ignored). */
  private filterId(feed: EventsFeed, filter: 'category' | 'campus', value?: string): string {
    return matchId(this, filter, value, this.filterIds(feed)[filter]) ?? '';
  }

  private readonly filterIds = memoize(filterIds);

  /** The zone times are shown in: `time-zone` when valid, else the feed's, else Europe/Brussels. */
  private get displayZone(): string {
    return resolveTimeZone(this.timeZone, resolveTimeZone(this.feed.value?.timeZone));
  }

  /** `limit` as a count of events: a whole number from 1, else the default. */
  private get listLimit(): number {
    return itemLimit(this.limit, DEFAULT_LIMIT);
  }

  private get currentView(): CalendarView {
    return this.view === 'month' || this.view === 'list' ? this.view : this.autoView;
  }

  /** The filtered events, indexed by day. */
  private index(feed: EventsFeed): EventIndex {
    const zone = this.displayZone;
    return this.indexed(
      feed,
      resolveTimeZone(feed.timeZone, zone),
      zone,
      this.filterId(feed, 'category', this.chosenCategory),
      this.filterId(feed, 'campus', this.campus),
    );
  }

  // Rebuilt only when the data, a filter or a zone changes.
  private readonly indexed = memoize(
    (feed: EventsFeed, feedZone: string, zone: string, category: string, campus: string) =>
      indexEvents(
        feed.events.filter((event) => passes(event, category, campus)),
        feedZone,
        zone,
      ),
  );

  /** How many of the feed's events a category and a campus let through (counted once per change). */
  private readonly filteredCount = memoize(
    (feed: EventsFeed, category: string, campus: string) =>
      feed.events.filter((event) => passes(event, category, campus)).length,
  );

  private get today(): string {
    return zonedDayKey(Date.now(), this.displayZone);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The first render already picks the view for the element's width (it may show data: the
    // loader starts the feed before the widget is defined); the observer follows resizes. A
    // server has no layout: it renders no data anyway.
    if (!this.hasUpdated && !isServer) {
      const width = widthBeforeRender(this);
      if (width) this.autoView = viewForWidth(width);
    }
    if (changed.has('category')) this.chosenCategory = this.category?.trim() ?? '';
    // Another list starts at its first page again.
    const filters = ['category', 'campus', 'showPast', 'limit'] as const;
    if (filters.some((name) => changed.has(name))) this.more.reset();
    if (changed.has('month') || !this.shownMonth) {
      this.shownMonth = parseMonth(this.month) ?? this.today.slice(0, 7);
    }
    if (!this.focusDay.startsWith(this.shownMonth)) {
      const today = this.today;
      this.focusDay = today.startsWith(this.shownMonth) ? today : `${this.shownMonth}-01`;
    }
  }

  protected override renderEmpty(): TemplateResult {
    return emptyView(
      msg('No events planned at the moment.', {
        id: 'calendar.empty',
        desc: 'Event calendar: shown instead of the calendar when the feed has no events. One short sentence; wraps.',
      }),
    );
  }

  protected override renderData(feed: EventsFeed): TemplateResult {
    const lang = this.resolvedLang;
    const index = this.index(feed);
    const month = this.currentView === 'month';
    // What the view shows, and "Download all" hands over.
    const page = month ? undefined : this.listPage(feed);
    const shown = page ? page.entries : entriesInMonth(index.entries, this.shownMonth);
    return html`<div class="calendar ${month ? 'month-view' : 'list-view'}">
      ${renderToolbar({
        lang,
        level: this.level,
        month: month ? this.shownMonth : undefined,
        categories: feed.categories ?? [],
        category: this.filterId(feed, 'category', this.chosenCategory),
        shown,
        onPrevious: () => this.goToMonth(addMonths(this.focusDay, -1)),
        onToday: () => this.goToMonth(this.today),
        onNext: () => this.goToMonth(addMonths(this.focusDay, 1)),
        onCategoryChange: this.onCategoryChange,
        onDownloadAll: () => this.download(shown, 'events.ics'),
      })}
      ${
        month
          ? renderMonthGrid({
              lang,
              zone: this.displayZone,
              month: this.shownMonth,
              today: this.today,
              focusDay: this.focusDay,
              byDay: index.byDay,
              onKeydown: this.onGridKeydown,
              onFocusin: this.onGridFocusin,
              onDayClick: this.onDayClick,
              onEventClick: this.onEventClick,
              onMoreClick: this.onMoreClick,
            })
          : renderAgenda(page!, {
              lang,
              zone: this.displayZone,
              today: this.today,
              showPast: this.showPast,
              level: subheadingLevel(this.level),
              onEventClick: this.onEventClick,
              onShowMore: this.onShowMore,
            })
      }
      ${
        this.details
          ? renderDetails(this.details, index, {
              lang,
              zone: this.displayZone,
              base: this.feed.baseUrl,
              level: subheadingLevel(this.level),
              onKeydown: this.onDetailsKeydown,
              onClose: () => this.closeDetails(),
              onAdd: (entry) => this.download([entry], `${entry.event.id}.ics`),
            })
          : nothing
      }
    </div>`;
  }

  private readonly onCategoryChange = (event: Event) => {
    this.chosenCategory = (event.target as HTMLSelectElement).value;
    this.details = undefined;
    this.more.reset();
    const feed = this.feed.value;
    if (feed) this.announcer.say(this.localize(() => this.categoryAnnouncement(feed)));
  };

  /**
   * "Cancer and care: 2 events in January 2026": the chosen category and what it leaves in the
   * view. A category name the feed has only in another language is read in that language's
   * voice (marked with `lang`), the rest in the widget's.
   */
  private categoryAnnouncement(feed: EventsFeed): string | TemplateResult {
    const lang = this.resolvedLang;
    const { entries } = this.index(feed);
    const chosen = feed.categories?.find((c) => c.id === this.chosenCategory);
    const label = chosen
      ? pickLocalized(chosen.label, lang)
      : {
          text: msg('All categories', {
            id: 'calendar.all-categories',
            desc: "Event calendar: the filter's first option, which shows every category; also announced after filtering. Drop-down option, about 20 characters.",
          }),
          lang: undefined,
        };
    const said =
      this.currentView === 'month'
        ? categoryResult(
            label.text,
            entriesInMonth(entries, this.shownMonth).length,
            this.shownMonth,
            lang,
          )
        : categoryResult(label.text, this.listPage(feed).upcoming, undefined, lang);
    // msg() builds a string, so the name is found in the finished sentence (each language
    // puts it first) and marked there.
    const at = label.lang ? said.indexOf(label.text) : -1;
    if (!label.lang || at < 0) return said;
    const after = said.slice(at + label.text.length);
    return html`${said.slice(0, at)}<span lang=${label.lang}>${label.text}</span>${after}`;
  }

  // ---- list -------------------------------------------------------------------------------

  /** The list view's events: its first page, and the pages revealed before and after it. */
  private listPage(feed: EventsFeed): ListPage {
    const limit = this.listLimit;
    const { entries } = this.index(feed);
    return listPage(
      entries,
      this.today,
      this.showPast,
      this.more.revealed('earlier'),
      limit + this.more.revealed('later'),
    );
  }

  /** "Show earlier events" or "Show later events": `limit` more events, and a word about it. */
  private readonly onShowMore = (event: Event) => {
    const feed = this.feed.value;
    if (!feed) return;
    const earlier = (event.currentTarget as Element).classList.contains('show-earlier');
    const page = this.listPage(feed);
    const count = Math.min(this.listLimit, earlier ? page.earlier : page.later);
    const focus = () => focusAfterReveal(this.renderRoot, earlier, page.entries.length);
    void this.more.reveal(earlier ? 'earlier' : 'later', this.listLimit, focus);
    this.announcer.say(this.localize(() => revealedText(count, this.resolvedLang)));
  };

  // ---- month grid -------------------------------------------------------------------------

  private readonly onDayClick = (event: Event) => {
    const day = dayOf(event.currentTarget);
    if (!day || (event.target as HTMLElement).closest('button')) return;
    this.goToMonth(day);
    this.openDetails({ kind: 'day', day, fromMore: false });
  };

  private readonly onMoreClick = (event: Event) => {
    const day = dayOf(event.currentTarget);
    if (!day) return;
    this.focusDay = day;
    this.openDetails({ kind: 'day', day, fromMore: true });
  };

  private readonly onEventClick = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const id = button.dataset.id!;
    const day = dayOf(button);
    if (day) this.focusDay = day;
    this.openDetails({ kind: 'event', id });
    this.emit('uzl-event-select', { id });
  };

  /** A day of the shown month focused otherwise (pointer, script) takes the grid's tab stop. */
  private readonly onGridFocusin = (event: FocusEvent) => {
    const day = dayOf(event.target);
    if (day?.startsWith(this.shownMonth)) this.focusDay = day;
  };

  private readonly onGridKeydown = (event: KeyboardEvent) => {
    // Chords with Ctrl, Alt or Meta are the browser's, the system's and screen readers'
    // (dayForKey keeps only Ctrl+Home and Ctrl+End): left alone, not even prevented.
    if (event.key === 'Enter' || event.key === ' ') {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      // On an event or "+N more" in the day they activate that button; on the day, its events.
      const onButton = (event.composedPath()[0] as Element | undefined)?.localName === 'button';
      if (onButton) return;
      event.preventDefault();
      this.openDetails({ kind: 'day', day: this.focusDay, fromMore: false });
      return;
    }
    const to = dayForKey(this.focusDay, event.key, event);
    if (!to) return;
    event.preventDefault();
    this.goToMonth(to);
    void this.focusCell();
  };

  /** Puts the grid's tab stop on `day`, showing its month (announced, with `uzl-month-change`). */
  private goToMonth(day: string): void {
    const month = day.slice(0, 7);
    this.focusDay = day;
    if (month === this.shownMonth) return;
    this.shownMonth = month;
    this.details = undefined;
    this.announcer.say(monthTitle(month, this.resolvedLang));
    this.emit('uzl-month-change', { month });
  }

  private async focusCell(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.focusDay}"]`)?.focus();
  }

  // ---- details ------------------------------------------------------------------------------

  private openDetails(details: Details): void {
    this.details = details;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.details-title')?.focus(),
    );
  }

  private closeDetails(): void {
    const closed = this.details;
    this.details = undefined;
    void this.updateComplete.then(() => {
      const grid = this.currentView === 'month' ? { focusDay: this.focusDay } : undefined;
      focusAfterClose(this.renderRoot, closed, grid)?.focus();
    });
  }

  private readonly onDetailsKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeDetails();
    }
  };

  // ---- iCalendar ----------------------------------------------------------------------------

  /** Downloads `entries` as an iCalendar file named `name`. */
  private download(entries: readonly CalendarEntry[], name: string): void {
    const text = calendarFile(entries, this.resolvedLang, this.feed.baseUrl);
    downloadFile(name, text, 'text/calendar;charset=utf-8', this.renderRoot);
  }
}
