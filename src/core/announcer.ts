import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What an announcement holds: text, or text with a part marked in another language. */
export type Announcement = string | TemplateResult;

/**
 * A widget's one polite live region and what it says. Every widget announces through it: the
 * core a failed or reloaded feed, the calendar a new month and what a filter or "Show earlier
 * events" leaves, the campus card a copied address, the AI page the publications' count.
 * `UzlFeedElement` renders it from the first render on, as a live region added together with
 * its text is often not read.
 */
export class Announcer {
  private message: Announcement = '';
  /** Counts the calls to `say`, so a later one wins over an earlier one still waiting. */
  private said = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Says `message` politely with the next render. The same words as the last are emptied
   * first and said with the render after: a region whose text does not change says nothing.
   */
  say(message: Announcement): void {
    const turn = ++this.said;
    const again = message !== '' && message === this.message;
    this.message = again ? '' : message;
    this.host.requestUpdate();
    if (again)
      void this.host.updateComplete.then(() => {
        if (turn === this.said) this.say(message);
      });
  }

  /**
   * The region, in the widget's language `lang` where the page's is another. A live region by
   * `aria-live` (with `aria-atomic`, as a status has it) and no role: with `role="status"` an
   * empty region is a "status bar" that Orca reads aloud at the end of every widget in say-all
   * (issue #30); without a role an empty one is nothing, and what it says is still announced.
   */
  render(lang: string | undefined): TemplateResult {
    return html`<div
      class="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      lang=${ifDefined(lang)}
    >
      ${this.message}
    </div>`;
  }
}
