import { css } from 'lit';

/**
 * `<uzl-campus-card>`'s look. One card, or all campuses in a grid of as many columns as fit.
 * Each card sits in a `.cell` that is an inline-size container, so the card's own width
 * decides its layout: below 480 px the photo is above the text, from 480 px beside it. In a
 * single card the cell is as wide as the element, so that is the element's width.
 *
 * The loading placeholder reserves about the height the data will take (measured on the demo
 * feed): one card with `campus`, the grid of the demo's three campuses without, in one, two
 * (from 37rem) or three (from 56rem) columns of the default width.
 *
 * The build minifies the `css` literal (scripts/minify-literals.mjs), comments included; the
 * reasons live here, in the JSDoc, where a reader looks for them.
 */
export const campusCardStyles = css`
  :host {
    --_gap: var(--uzl-campus-card-gap, var(--_uzl-space));
    --_column: var(--uzl-campus-card-column-width, 18rem);
    --_ratio: var(--uzl-campus-card-image-ratio, 4 / 3);
    --_notice: var(--uzl-campus-card-notice-color, var(--_uzl-error));
  }
  .uzl-loading {
    --_uzl-loading-height: 49rem;
  }
  :host([campus]) .uzl-loading {
    --_uzl-loading-height: 15.5rem;
  }
  @container (min-width: 34rem) {
    :host([campus]) .uzl-loading {
      --_uzl-loading-height: 12.5rem;
    }
  }
  @container (min-width: 37rem) {
    :host(:not([campus])) .uzl-loading {
      --_uzl-loading-height: 34rem;
    }
  }
  @container (min-width: 56rem) {
    :host(:not([campus])) .uzl-loading {
      --_uzl-loading-height: 18.5rem;
    }
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cell {
    container-type: inline-size;
    display: flex;
    min-width: 0;
  }
  .card {
    flex: 1;
    min-width: 0;
    border: 1px solid var(--_uzl-border);
    border-radius: var(--_uzl-radius);
    background: var(--_uzl-surface);
    overflow: hidden;
  }
  .inner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
  }
  @container (min-width: 480px) {
    .has-image .inner {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .has-image .image {
      height: 100%;
      min-height: 12rem;
    }
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.6);
    padding: var(--_gap);
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: var(--uzl-campus-card-name-size, 1.25em);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0;
    padding: 0.4em 0.75em;
    border-inline-start: 4px solid var(--_notice);
    background: var(--_uzl-subtle);
    overflow-wrap: anywhere;
  }
  .address {
    font-style: normal;
    overflow-wrap: anywhere;
  }
  .line {
    display: block;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .fact dt {
    /* "Téléphone :" is one unbreakable run (a no-break space before the colon): at 200 % text
       in a narrow card it breaks rather than running out of the card. */
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_uzl-muted);
  }
  .fact dt::after {
    content: ':';
  }
  .fr .fact dt::after {
    content: '\\00a0:';
  }
  .fact dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .link {
    display: inline-flex;
    align-items: center;
    max-width: 100%;
    overflow-wrap: anywhere;
    min-height: 24px;
    color: var(--_uzl-primary);
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: auto;
    padding-block-start: 0.25rem;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    max-width: 100%;
    min-height: 2.25rem;
    padding: 0.3em 0.8em;
    /* A long word ("Bereikbaarheid") at 200 % text and the visitor's letter spacing is wider
       than a narrow card: it breaks rather than running out of the card. */
    overflow-wrap: anywhere;
    border: 1px solid var(--_uzl-primary);
    border-radius: var(--_uzl-radius);
    background: transparent;
    color: var(--_uzl-primary);
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    background: var(--_uzl-subtle);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .copy-note {
    margin: 0;
    color: var(--_uzl-muted);
    font-size: 0.875em;
  }
  .copy-note:empty {
    margin-block-start: calc(var(--_gap) * -0.6);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .action {
      border-color: LinkText;
      color: LinkText;
    }
    button.action {
      border-color: ButtonText;
      color: ButtonText;
    }
    .notice {
      border-inline-start-color: CanvasText;
    }
  }
`;
