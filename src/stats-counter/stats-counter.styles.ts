import { css } from 'lit';

/**
 * `<uzl-stats-counter>`'s look: a caption, then the figures as boxes in a grid of one, two,
 * three or six columns as the element's own width grows (the host is an inline-size
 * container), then the source.
 *
 * A figure's number is two stacked layers: the final value (transparent, read by screen
 * readers) gives the box its size, and the moving number lies on top of it, absolutely
 * positioned, so whatever the count shows the box never changes size. Digits are tabular.
 *
 * The loading placeholder reserves about the final height: rows × row height + caption and
 * source. The number of figures is what `items` names, else six (the element sets
 * `--_uzl-expected-items`); rows are rounded up with `round()` where the engine has it. The
 * row heights were measured on the demo feed. A digit's strip window is one line high: `1lh`
 * of the line height the number inherits (the widget's, or the visitor's text spacing), or,
 * in engines without the unit (Firefox before 120), a line height of its own (1.15) and as
 * high a window (and a row as much lower).
 *
 * The build minifies the `css` literal (scripts/minify-literals.mjs), comments included; the
 * reasons live here, in the JSDoc, where a reader looks for them.
 */
export const statsCounterStyles = css`
  :host {
    --_gap: var(--uzl-stats-counter-gap, var(--_uzl-space));
  }
  .uzl-root {
    --_columns: 1;
    --_value-size: var(--uzl-stats-counter-value-size, min(2em, 12cqi));
  }
  .uzl-loading {
    --_n: var(--_uzl-expected-items, 6);
    --_row: calc(6.9rem + var(--_gap));
    --_uzl-loading-height: calc(max(1, var(--_n) / var(--_columns)) * var(--_row) + 3rem);
  }
  @supports (width: round(up, 1.5px, 1px)) {
    .uzl-loading {
      --_uzl-loading-height: calc(round(up, var(--_n) / var(--_columns), 1) * var(--_row) + 3rem);
    }
  }
  @container (min-width: 26rem) {
    .uzl-root > * {
      --_columns: 2;
      --_value-size: var(--uzl-stats-counter-value-size, min(2em, 6cqi));
    }
  }
  @container (min-width: 40rem) {
    .uzl-root > * {
      --_columns: 3;
      --_value-size: var(--uzl-stats-counter-value-size, min(2em, 4cqi));
    }
  }
  @container (min-width: 64rem) {
    .uzl-root > * {
      --_columns: 6;
      --_value-size: var(--uzl-stats-counter-value-size, min(2em, 2.4cqi));
    }
  }

  .caption {
    margin: 0 0 calc(var(--_gap) / 2);
    font-size: 1.125em;
    font-weight: 600;
  }
  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    gap: var(--_gap);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    padding: var(--_gap);
    border: 1px solid var(--_uzl-border);
    border-radius: var(--_uzl-radius);
    background: var(--uzl-stats-counter-background, var(--_uzl-surface));
  }
  .value {
    position: relative;
    color: var(--uzl-stats-counter-value-color, var(--_uzl-primary));
    font-size: var(--_value-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .final {
    opacity: 0;
  }
  .moving {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    user-select: none;
  }
  .digit {
    display: inline-block;
    height: 1lh;
    overflow: hidden;
    vertical-align: top;
    mask-image: linear-gradient(transparent, #000 15%, #000 85%, transparent);
  }
  .strip {
    display: block;
    white-space: pre;
  }
  .unit {
    margin-inline-start: 0.1em;
    font-size: 0.6em;
  }
  .label {
    overflow-wrap: anywhere;
  }
  .description {
    color: var(--_uzl-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .source {
    margin: calc(var(--_gap) / 2) 0 0;
    color: var(--_uzl-muted);
    font-size: 0.875em;
  }

  @supports not (height: 1lh) {
    .uzl-loading {
      --_row: calc(6.2rem + var(--_gap));
    }
    .value {
      line-height: 1.15;
    }
    .digit {
      height: 1.15em;
    }
  }

  @media (forced-colors: active) {
    .figure {
      border-color: CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
