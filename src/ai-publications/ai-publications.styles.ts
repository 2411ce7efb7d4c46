import { css } from 'lit';

/**
 * `<uzl-ai-publications>`'s look. News and publications stack; once the element is wide
 * enough, the news becomes a column beside the publications. Domains are rows with a
 * disclosure button as wide as the element (a big, easy target); a domain's count sits in a
 * badge at the row's end. Widths read the element's own width, never the viewport's.
 *
 * Publications out of view skip layout and paint (content-visibility) until they scroll in: a
 * search that opens every domain lays out only what the window shows.
 *
 * The loading placeholder reserves about the demo feed's height: five news items and the
 * fifteen closed domains, stacked when narrow, side by side when wide (measured in Chromium and
 * Firefox, whose fonts differ by about a tenth).
 *
 * The build minifies the `css` literal (scripts/minify-literals.mjs), comments included; the
 * reasons live here, in the JSDoc, where a reader looks for them.
 */
export const aiPublicationsStyles = css`
  :host {
    --_gap: var(--uzl-ai-publications-gap, var(--_uzl-space));
  }
  .uzl-loading {
    --_uzl-loading-height: 116rem;
  }
  :host([sections='news']) .uzl-loading {
    --_uzl-loading-height: 48rem;
  }
  :host([sections='publications']) .uzl-loading {
    --_uzl-loading-height: 44rem;
  }
  @container (min-width: 40rem) {
    .uzl-loading {
      --_uzl-loading-height: 70rem;
    }
    :host([sections='news']) .uzl-loading {
      --_uzl-loading-height: 38rem;
    }
    :host([sections='publications']) .uzl-loading {
      --_uzl-loading-height: 40rem;
    }
  }
  @container (min-width: 56rem) {
    .uzl-loading {
      --_uzl-loading-height: 70rem;
    }
  }

  .sections {
    display: grid;
    gap: calc(var(--_gap) * 2);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @container (min-width: 56rem) {
    .sections.both {
      grid-template-columns: minmax(0, var(--uzl-ai-publications-news-width, 20rem)) minmax(0, 1fr);
      align-items: start;
    }
  }
  section {
    min-width: 0;
  }
  .section-title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_uzl-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  .news-item {
    display: grid;
    gap: 0.25rem;
    padding-block: 0.75rem;
    border-top: 1px solid var(--_uzl-border);
  }
  .news-item:first-child {
    padding-top: 0;
    border-top: 0;
  }
  .news-title {
    margin: 0;
    font-size: 1em;
  }
  .date,
  .count,
  .authors,
  .meta,
  .field-label {
    color: var(--_uzl-muted);
    font-size: 0.875em;
  }
  .date {
    order: -1;
  }
  .read-more {
    justify-self: start;
    padding-block: 0.125rem;
  }
  .show-more {
    margin-top: 0.75rem;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-bottom: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  .field.search {
    flex-basis: 14rem;
  }
  .field select,
  .field input {
    width: 100%;
  }
  .count {
    margin-bottom: 0.5rem;
  }

  .domain {
    border-top: 1px solid var(--_uzl-border);
  }
  .domain:last-child {
    border-bottom: 1px solid var(--_uzl-border);
  }
  .domain-title {
    margin: 0;
    font-size: 1em;
  }
  .chosen .domain-title {
    padding-block: 0.75rem 0.25rem;
    font-size: 1.125em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: transparent;
    color: inherit;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_uzl-subtle);
  }
  .toggle-label {
    flex: 1;
    min-width: 0;
  }
  .chevron {
    flex: none;
    width: 0.5rem;
    height: 0.5rem;
    margin-inline: 0.25rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .badge {
    flex: none;
    min-width: 2em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_uzl-subtle);
    color: var(--_uzl-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  @container (max-width: 22rem) {
    .toggle {
      gap: 0.375rem;
      padding-inline: 0;
    }
    .domain-title {
      font-size: 0.9375em;
    }
  }
  .panel {
    padding: 0 0.25rem 0.75rem;
  }
  .panel[hidden] {
    display: none;
  }
  .note {
    padding-block: 0.5rem;
    color: var(--_uzl-muted);
  }

  .publication {
    display: grid;
    gap: 0.125rem;
    padding-block: 0.625rem;
    border-top: 1px solid var(--_uzl-subtle);
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  .publication:first-child {
    border-top: 0;
  }
  .publication-title {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }

  @media print {
    .publication {
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .toggle:hover {
      outline: 1px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
