import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController, type FeedHost } from './feed-controller.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './format.js';
import type { FeedError } from './feed-error.js';
import type { FeedSpec } from './feed-validation.js';
import { msg } from './localize.js';
import {
  emptyView,
  errorMessage,
  errorView,
  loadingView,
  staleNotice,
  stateStyles,
} from './state-views.js';
import { UzlElement } from './uzl-element.js';

/**
 * A widget that shows one JSON feed. It owns the contract's data attributes and the state
 * views; a widget only says what its feed is (`super(spec)`) and how its data looks
 * (`renderData`).
 *
 * @slot - Fallback content, such as a plain link to the source page. It shows before the
 *   script loads and beside the error message; it is hidden while data is shown.
 * @csspart base - The widget's outer box, around every state.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart empty - The message shown when the feed has no items.
 * @csspart error - The error box (message, Retry button, fallback content).
 * @csspart retry - The Retry button in the error box.
 * @csspart stale - The note shown above data that could not be refreshed.
 * @fires {CustomEvent<{src: string, count: number}>} uzl-load - The feed's data has rendered.
 * @fires {CustomEvent<{src: string, kind: string, status?: number, message: string}>} uzl-error - The feed could not be
 *   loaded or read; `kind` is `network`, `timeout`, `http`, `parse` or `invalid`.
 */
export abstract class UzlFeedElement<T> extends UzlElement implements FeedHost {
  static override styles = [...UzlElement.styles, stateStyles];

  /** URL of the JSON feed; a relative URL is resolved against the page. */
  @property() src?: string;

  /** The feed object itself, for frameworks and tests; it wins over `src`. */
  @property({ attribute: false }) data?: T;

  /** Whether the feed request sends cookies: `omit`, `same-origin` (default) or `include` (intranet feeds behind a login). */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Seconds to wait for each attempt at the feed before giving up on it (default 10). */
  @property({ type: Number }) timeout = 10;

  /** Seconds between refreshes of the feed (0, the default: never). Paused while the page is hidden. */
  @property({ type: Number }) refresh = 0;

  /**
   * Time zone that date-times in the feed are shown in, as an IANA name (`Europe/London`);
   * default and fallback for a name the browser does not know: `Europe/Brussels`.
   * Calendar days without a time are never shifted.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** @internal */
  protected readonly feed: FeedController<T>;

  /** @param spec what this widget's feed is: its schema and how to count its items. */
  constructor(spec: FeedSpec<T>) {
    super();
    this.feed = new FeedController<T>(this, spec);
  }

  /** The time zone to format the feed's date-times in: `time-zone` when valid, else Europe/Brussels. */
  protected get resolvedTimeZone(): string {
    const zone = this.timeZone?.trim();
    return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  }

  /**
   * How many items the loading placeholder makes room for (what the data will likely show),
   * or undefined for the widget's default. The widget's styles read it as
   * `--_uzl-expected-items` inside its root box.
   */
  protected expectedItems(): number | undefined {
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM: a strict CSP blocks a style attribute but not this, and every engine
    // of the floor has it (custom states and typed attr() it lacks). Before the first paint.
    const root = this.renderRoot.querySelector<HTMLElement>('.uzl-root');
    const expected = this.expectedItems();
    if (expected === undefined) root?.style.removeProperty('--_uzl-expected-items');
    else root?.style.setProperty('--_uzl-expected-items', String(expected));
  }

  /** The widget's own view of its data (never called with an empty feed). */
  protected abstract renderData(data: T): TemplateResult;

  /** The message for a feed without items; widgets say what is missing ("No news at the moment."). */
  protected renderEmpty(): TemplateResult {
    return emptyView();
  }

  /**
   * What the visitor is told about `error`, on screen and in the polite live region. Widgets
   * override it for errors their own `check` produces ("This campus could not be found.").
   */
  protected describeError(error: FeedError): string {
    return errorMessage(error);
  }

  protected override render(): TemplateResult {
    const { status, value, error } = this.feed;
    let body: TemplateResult;
    if (status === 'ready' && value !== undefined) {
      body =
        this.feed.count === 0
          ? this.renderEmpty()
          : html`${this.feed.stale ? staleNotice() : nothing}${this.renderData(value)}`;
    } else if (status === 'error' && error) {
      body = errorView(
        error,
        this.src ? () => this.feed.retry() : undefined,
        this.describeError(error),
      );
    } else {
      body = loadingView();
    }
    return html`<div
        class="uzl-root"
        part="base"
        aria-busy=${status === 'loading' ? 'true' : 'false'}
      >
        ${body}
      </div>
      <div class="visually-hidden" role="status">${this.announcement()}</div>`;
  }

  /**
   * What the polite live region says. It exists from the first render (a live region added
   * together with its text is often not read) and speaks on an error, and when data arrives
   * after the visitor pressed Retry; a first load on page open stays quiet, or a page with
   * five widgets would talk over itself.
   */
  private announcement(): string {
    const { status, error } = this.feed;
    if (status === 'error' && error) return this.describeError(error);
    if (status === 'ready' && this.feed.afterRetry)
      return msg('The information has been loaded.', { id: 'state.loaded' });
    return '';
  }
}
