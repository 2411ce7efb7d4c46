import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a button may carry besides its class, part, content and click handler. */
export interface ButtonExtras {
  /** What it acts on (a list, a domain), in `data-key`, for a handler several buttons share. */
  key?: string | undefined;
  /** Its accessible name, where the text it shows is shorter ("‹ Previous": "Previous month"). */
  label?: string;
  /**
   * A disclosure's (the WAI-ARIA pattern): the id of the element it opens and closes, and
   * whether that is open (`aria-expanded`).
   */
  controls?: string;
  open?: boolean;
  /** The id of what names it further (an item's title, for "Read more"). */
  describedBy?: string | undefined;
}

/**
 * Every button of the widgets, one template: the text buttons in the widgets' look
 * (`textButton`) and the disclosures (the news list's "Read more", the AI page's domains).
 */
export function button(
  className: string,
  part: string,
  content: unknown,
  onClick: (event: Event) => void,
  { key, label, controls, open, describedBy }: ButtonExtras = {},
): TemplateResult {
  return html`<button
    type="button"
    class=${className}
    part=${part}
    aria-label=${ifDefined(label)}
    aria-expanded=${ifDefined(open === undefined ? undefined : open ? 'true' : 'false')}
    aria-controls=${ifDefined(controls)}
    aria-describedby=${ifDefined(describedBy)}
    data-key=${ifDefined(key)}
    @click=${onClick}
  >
    ${content}
  </button>`;
}

/**
 * A text button in the widgets' look (`uzl-button`): Retry, "Show 5 more", "Show earlier
 * events", the calendar's month buttons and "Download all".
 */
export function textButton(
  className: string,
  part: string,
  content: unknown,
  onClick: (event: Event) => void,
  extras?: ButtonExtras,
): TemplateResult {
  return button(`uzl-button ${className}`, part, content, onClick, extras);
}
