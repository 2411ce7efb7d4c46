import { css } from 'lit';

/**
 * `<uzl-news-list>`'s look. Three layouts share one markup (title, date, summary, image, in
 * that reading order) and differ by a class on the list: `list` (rows; a thumbnail beside
 * the title, a bigger picture on the left once there is room), `grid` (cards, picture on top,
 * as many columns as fit) and `compact` (title and date). Every width decision reads the
 * element's own width (the host is an inline-size container), never the viewport's.
 *
 * The loading placeholder reserves about the height the data will take: rows × row height +
 * the footer. The number of items is `limit` (the element sets `--_uzl-expected-items`); rows
 * are rounded up with `round()` where the engine has it (a fraction of a row short without
 * it, in Safari before 15.4 and Firefox before 118); the row height was
 * measured per layout and width on the demo feed; a grid row holds as many cards as its
 * columns (counted at the default column width). Grid cards are sized between one without
 * a picture (about 13rem) and one with (about 22rem). A row may also hold a "Read more" button
 * (below; about 1.75rem, on every item of the demo feed, which has no links, and on no item of
 * a feed whose items link to their articles): `--_more` keeps 1.25rem per row for it, between
 * the two (the compact layout shows no summary).
 *
 * A summary is cut to `--uzl-news-list-summary-lines` (`.clamped`). In an item that links to
 * its article the article holds the rest; in one that does not, a cut-off summary gets a
 * "Read more" button below it (`.read-more`, in the grid area `more` of a row with a picture),
 * which shows it whole (WCAG 1.4.10: at 400 % zoom three lines may be a fifth of it).
 *
 * The build minifies the `css` literal (scripts/minify-literals.mjs), comments included; the
 * reasons live here, in the JSDoc, where a reader looks for them.
 */
export const newsListStyles = css`
  :host {
    --_gap: var(--uzl-news-list-gap, var(--_uzl-space));
    --_column: var(--uzl-news-list-column-width, 16rem);
    --_ratio: var(--uzl-news-list-image-ratio, 16 / 9);
    --_lines: var(--uzl-news-list-summary-lines, 3);
  }
  .uzl-loading {
    --_n: var(--_uzl-expected-items, 5);
    --_columns: 1;
    --_row: 12.5rem;
    --_more: 1.25rem;
    --_uzl-loading-height: calc(
      max(1, var(--_n) / var(--_columns)) * (var(--_row) + var(--_more)) + 3.25rem
    );
  }
  @supports (width: round(up, 1.5px, 1px)) {
    .uzl-loading {
      --_uzl-loading-height: calc(
        round(up, var(--_n) / var(--_columns), 1) * (var(--_row) + var(--_more)) + 3.25rem
      );
    }
  }
  :host([layout='compact']) .uzl-loading {
    --_row: 5.6rem;
    --_more: 0rem;
  }
  :host([layout='grid']) .uzl-loading {
    --_row: calc(13.5rem + var(--_gap));
  }
  @container (min-width: 24rem) {
    .uzl-loading {
      --_row: 11.25rem;
    }
    :host([layout='compact']) .uzl-loading {
      --_row: 4.6rem;
    }
  }
  @container (min-width: 33rem) {
    :host([layout='grid']) .uzl-loading {
      --_columns: 2;
    }
  }
  @container (min-width: 36rem) {
    .uzl-loading {
      --_row: 10.5rem;
    }
    :host([layout='compact']) .uzl-loading {
      --_row: 4rem;
    }
  }
  @container (min-width: 50rem) {
    :host([layout='grid']) .uzl-loading {
      --_columns: 3;
    }
  }
  @container (min-width: 56rem) {
    .uzl-loading {
      --_row: 9.75rem;
    }
    :host([layout='compact']) .uzl-loading {
      --_row: 3.6rem;
    }
  }
  @container (min-width: 67rem) {
    :host([layout='grid']) .uzl-loading {
      --_columns: 4;
    }
  }
  @container (min-width: 84rem) {
    :host([layout='grid']) .uzl-loading {
      --_columns: 5;
    }
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    row-gap: 0.25rem;
    border-radius: var(--_uzl-radius);
  }
  .title {
    margin: 0;
    font-size: var(--uzl-news-list-title-size, 1.125em);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .link {
    color: var(--_uzl-primary);
    text-decoration: none;
    border-radius: 2px;
  }
  .link:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .date {
    color: var(--_uzl-muted);
    font-size: 0.875em;
  }
  .summary {
    align-self: start;
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .summary.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
  }
  .read-more {
    justify-self: start;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_uzl-primary);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .image {
    border-radius: calc(var(--_uzl-radius) / 2);
  }

  .list > li,
  .compact > li {
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_uzl-border);
  }
  .list > li:first-child,
  .compact > li:first-child {
    padding-block-start: 0;
  }
  .list .has-image {
    grid-template-columns: minmax(0, 1fr) 5.5rem;
    grid-template-areas: 'title image' 'date image' 'summary summary';
    column-gap: var(--_gap);
  }
  .list .has-image .image {
    grid-area: image;
    aspect-ratio: 1;
  }
  .list .has-image .title {
    grid-area: title;
  }
  .list .has-image .date {
    grid-area: date;
  }
  .list .has-image .summary {
    grid-area: summary;
  }
  .list .has-image.expandable {
    grid-template-areas: 'title image' 'date image' 'summary summary' 'more more';
  }
  .list .has-image .read-more {
    grid-area: more;
  }
  @container (min-width: 34rem) {
    .list .has-image {
      grid-template-columns: clamp(9rem, 28%, 14rem) minmax(0, 1fr);
      grid-template-areas: 'image title' 'image date' 'image summary';
    }
    .list .has-image.expandable {
      grid-template-areas: 'image title' 'image date' 'image summary' 'image more';
    }
    .list .has-image .image {
      aspect-ratio: var(--_ratio);
    }
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    gap: var(--_gap);
  }
  .grid > li {
    display: flex;
  }
  .grid .item {
    flex: 1;
    padding: var(--_gap);
    border: 1px solid var(--_uzl-border);
    background: var(--_uzl-surface);
    overflow: hidden;
  }
  .grid .has-image {
    padding-block-start: 0;
  }
  .grid .image {
    order: -1;
    width: calc(100% + 2 * var(--_gap));
    margin: 0 calc(-1 * var(--_gap)) 0.5rem;
    border-radius: 0;
  }

  .compact > li {
    padding-block: calc(var(--_gap) / 2);
  }
  .compact .title {
    font-size: var(--uzl-news-list-title-size, 1em);
  }
  .compact .item {
    row-gap: 0;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2) var(--_gap);
    margin-block-start: var(--_gap);
  }
  .show-more {
    background: transparent;
    color: var(--_uzl-primary);
  }
  .show-more:hover {
    filter: none;
    background: var(--_uzl-subtle);
  }
  .more {
    display: inline-flex;
    align-items: center;
    /* At 200 % text with the visitor's spacing, "Plus d'actualités →" is wider than a 320 px
       widget: it wraps inside the widget rather than running out of it. */
    max-width: 100%;
    overflow-wrap: anywhere;
    min-height: 24px;
    margin-inline-start: auto;
    color: var(--_uzl-primary);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .more::after {
    content: '→' / '';
    margin-inline-start: 0.35em;
  }

  @media (forced-colors: active) {
    .grid .item {
      border-color: CanvasText;
    }
    .show-more {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
