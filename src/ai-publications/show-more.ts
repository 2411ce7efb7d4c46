import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../core/localize.js';

/**
 * "Show 20 more", under the news or under a domain's publications. A domain's button carries
 * the domain's id in `data-domain`; the news list's carries none, so the click handler tells
 * them apart even for a domain whose id is "news".
 */
export function showMoreButton(
  next: number,
  domain: string | undefined,
  onClick: (event: Event) => void,
): TemplateResult {
  return html`<button
    type="button"
    class="uzl-button show-more"
    part="show-more"
    data-domain=${ifDefined(domain)}
    @click=${onClick}
  >
    ${msg(str`Show ${next} more`, { id: 'ai.show-more' })}
  </button>`;
}
