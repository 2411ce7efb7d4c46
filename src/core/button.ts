import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a text button may carry besides its class, part, content and click handler. */
export interface ButtonExtras {
  /** What it acts on (a list, a domain), in `data-key`, for a handler several buttons share. */
  key?: string | undefined;
  /** Its accessible name, where the text it shows is shorter ("‹ Previous": "Previous month"). */
  label?: string;
}

/**
 * A text button in the widgets' look (`uzl-button`): Retry, "Show 5 more", "Show earlier
 * events", the calendar's month buttons and "Download all". One template for all of them.
 */
export function textButton(
  className: string,
  part: string,
  content: unknown,
  onClick: (event: Event) => void,
  { key, label }: ButtonExtras = {},
): TemplateResult {
  return html`<button
    type="button"
    class="uzl-button ${className}"
    part=${part}
    data-key=${ifDefined(key)}
    aria-label=${ifDefined(label)}
    @click=${onClick}
  >
    ${content}
  </button>`;
}
