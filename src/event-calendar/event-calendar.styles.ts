import { css } from 'lit';

/**
 * `<uzl-event-calendar>`'s look: a toolbar, then the month grid (a fixed-layout table, seven
 * equal columns whatever the titles) or the agenda list, then the details panel. Widths read
 * the element's own width (the host is an inline-size container). Day cells keep a least
 * height so months of four, five or six weeks page without the text below jumping much.
 * An event in a day cell shows its start time on a line of its own and its title on up to two
 * lines after it (then an ellipsis; the full title is one click away): a day of one event keeps
 * that least height, busier days grow. The category filter's label and field wrap onto two lines
 * and the field narrows (its text cut, its arrow in view) rather than leave the widget, at
 * 200 % text or with a visitor's text spacing. In forced colours other months' day numbers are
 * GrayText (their tint is gone there) and today's is Highlight.
 * The headings are `<h2>`…`<h6>` at the page's level (`heading-level`): each sets its own
 * margin, size and weight, so the browser's defaults for that level never show through.
 *
 * The build minifies the `css` literal (scripts/minify-literals.mjs), comments included; the
 * reasons live here, in the JSDoc, where a reader looks for them.
 */
export const eventCalendarStyles = css`
  :host {
    --_gap: var(--uzl-event-calendar-gap, var(--_uzl-space));
    --_day: var(--uzl-event-calendar-day-height, 6.5rem);
    --_chip: var(--uzl-event-calendar-event-background, var(--_uzl-subtle));
    --_today: var(--uzl-event-calendar-today, var(--_uzl-primary));
  }
  .uzl-loading {
    --_uzl-loading-height: calc(5 * var(--_day) + 6rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2) var(--_gap);
    margin-block-end: calc(var(--_gap) / 2);
  }
  .title {
    flex: 1 1 auto;
    /* Its longest word may be wider than a narrow calendar at 200 % text: it breaks instead. */
    min-width: 0;
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }
  .title::first-letter,
  .list-day::first-letter,
  .details-title::first-letter {
    text-transform: uppercase;
  }
  .nav {
    display: flex;
    gap: 0.25rem;
  }
  .nav-button,
  .close {
    background: transparent;
    color: var(--_uzl-primary);
    border: 1px solid var(--_uzl-border);
  }
  .nav-button:hover,
  .close:hover {
    filter: none;
    background: var(--_uzl-subtle);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-width: 0;
    max-width: 100%;
    font-size: 0.875em;
  }
  .filter select {
    min-width: 0;
  }
  .add-all {
    font-size: 0.875em;
  }

  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: 0.25rem;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_uzl-muted);
    text-align: start;
  }
  .day {
    height: var(--_day);
    padding: 0.25rem;
    vertical-align: top;
    border: 1px solid var(--_uzl-border);
    cursor: pointer;
    overflow: hidden;
  }
  .day:focus-visible {
    outline-offset: -2px;
  }
  .num {
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .outside {
    background: var(--_uzl-subtle);
    color: var(--_uzl-muted);
  }
  .today .num {
    background: var(--_today);
    color: var(--_uzl-on-primary);
    font-weight: 700;
  }
  .chip,
  .more {
    display: block;
    width: 100%;
    min-height: 24px;
    margin-block-start: 2px;
    padding: 0.125rem 0.25rem;
    border: 0;
    border-radius: 4px;
    background: var(--_chip);
    color: inherit;
    font-size: 0.75em;
    text-align: start;
    cursor: pointer;
  }
  .chip.span {
    border-inline-start: 3px solid var(--_uzl-primary);
  }
  .chip .time {
    display: block;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .chip-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .more {
    background: transparent;
    color: var(--_uzl-primary);
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @container (max-width: 30rem) {
    .chip,
    .more {
      font-size: 0.6875em;
      padding-inline: 2px;
    }
    .chip .time {
      display: none;
    }
  }

  .list,
  .list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group + .group {
    margin-block-start: var(--_gap);
  }
  .list-day {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 600;
  }
  .list-event {
    display: grid;
    grid-template-columns: 7rem minmax(0, 1fr);
    gap: 0 var(--_gap);
    width: 100%;
    min-height: 24px;
    padding: 0.5rem;
    border: 0;
    border-block-end: 1px solid var(--_uzl-border);
    background: transparent;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .list-event:hover {
    background: var(--_uzl-subtle);
  }
  .list-event .time {
    font-variant-numeric: tabular-nums;
    color: var(--_uzl-muted);
  }
  .list-event .event-title {
    color: var(--_uzl-primary);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .list-event .place {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_uzl-muted);
  }
  @container (max-width: 24rem) {
    .list-event {
      grid-template-columns: minmax(0, 1fr);
    }
    .list-event .place {
      grid-column: 1;
    }
  }

  .nav {
    flex-wrap: wrap;
  }
  .show-more {
    display: flex;
    width: 100%;
    margin-block: calc(var(--_gap) / 2);
    background: transparent;
    color: var(--_uzl-primary);
  }
  .show-more:hover {
    filter: none;
    background: var(--_uzl-subtle);
  }

  .details {
    margin-block-start: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_uzl-border);
    border-radius: var(--_uzl-radius);
    background: var(--_uzl-surface);
  }
  .details-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .details-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .event-details {
    padding-block: calc(var(--_gap) / 2);
  }
  .event-details + .event-details {
    border-block-start: 1px solid var(--_uzl-border);
  }
  .event-details .event-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .event-details p {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .when {
    font-weight: 600;
  }
  .where {
    color: var(--_uzl-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2) var(--_gap);
    margin-block-start: 0.5rem;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    color: var(--_uzl-primary);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .outside .num {
      color: GrayText;
    }
    .today .num {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .chip,
    .more,
    .list-event {
      border: 1px solid ButtonText;
    }
  }
`;
