import { css } from 'lit';

/**
 * Form controls (the filters' `<select>`, search boxes) with the tokens' colours, at least
 * 2.25rem tall so they are easy to hit, and legible in forced-colors mode, where the system
 * colours take over. Their edge is `--uzl-color-field-border` (at least 3:1 against the
 * surface, WCAG 1.4.11: the edge is all that shows where to type), and the search box's
 * placeholder is the muted text colour (browsers' own grey is 3.6:1 on the dark surface;
 * Firefox also fades it to half), at least 4.5:1 in light and dark. A select narrower than
 * its chosen option cuts the option's text inside its own box (`contain: paint`: WebKit
 * otherwise lets that text widen the page, which then scrolls sideways).
 */
export const fieldStyles = css`
  select,
  input {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    min-height: 2.25rem;
    max-width: 100%;
    padding-inline: 0.5rem;
    color: inherit;
    background: var(--_uzl-surface);
    border: 1px solid var(--_uzl-field-border);
    border-radius: calc(var(--_uzl-radius) / 2);
  }
  select {
    contain: paint;
  }
  input::placeholder {
    color: var(--_uzl-muted);
    opacity: 1;
  }
`;
