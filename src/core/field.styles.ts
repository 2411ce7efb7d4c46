import { css } from 'lit';

/**
 * Form controls (the filters' `<select>`, search boxes) with the tokens' colours, at least
 * 2.25rem tall so they are easy to hit, and legible in forced-colors mode, where the system
 * colours take over.
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
    border: 1px solid var(--_uzl-border);
    border-radius: calc(var(--_uzl-radius) / 2);
  }
`;
