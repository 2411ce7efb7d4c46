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

/** What a disclosure's button says of the element it opens and closes. */
export interface Disclosure {
  class: string;
  part: string;
  open: boolean;
  /** The id of the element it opens and closes. */
  controls: string;
  /** What it opens, in `data-key`, for a handler several disclosures share. */
  key: string;
  /** The id of what names it further (an item's title, for "Read more"). */
  describedBy?: string | undefined;
  onClick: (event: Event) => void;
}

/** A disclosure's button (the WAI-ARIA pattern): `aria-expanded` says whether what it controls is open. */
export function disclosureButton(disclosure: Disclosure, content: unknown): TemplateResult {
  const { open, describedBy } = disclosure;
  return html`<button
    type="button"
    class=${disclosure.class}
    part=${disclosure.part}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${disclosure.controls}
    aria-describedby=${ifDefined(describedBy)}
    data-key=${disclosure.key}
    @click=${disclosure.onClick}
  >
    ${content}
  </button>`;
}
