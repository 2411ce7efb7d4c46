import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Announcer } from './announcer.js';
import { warnOnce } from './warn-once.js';
import { FeedController, type FeedHost } from './feed-controller.js';
import type { FeedError } from './feed-error.js';
import type { FeedSpec } from './feed-validation.js';
import { clampHeadingLevel } from './heading.js';
import { msg } from './localize.js';
import {
  emptyView,
  errorMessage,
  errorView,
  loadingView,
  serverView,
  staleNotice,
  stateStyles,
} from './state-views.js';
import { UzlElement } from './uzl-element.js';

/**
 * The attribute a framework writes a feed object into, stringified, when it renders the tag
 * before the element is defined: watched only to say so (a named constant, so the manifest
 * does not list it as an attribute of ours).
 */
const DATA_ATTRIBUTE = 'data';

/**
 * The level of a widget's top headings when `heading-level` is absent or not a number: the
 * same in every widget, so a page placing several under its `h2` sections needs no attribute.
 */
const DEFAULT_HEADING_LEVEL = 3;

/**
 * A widget that shows one JSON feed. It owns the data attributes every widget has, the
 * heading level and the state views; a widget says what its feed is (`super(spec)`), how many
 * items it shows of it (`itemCount`) and how its data looks (`renderData`), and may check the
 * data against its own settings (`checkData`).
 *
 * @slot - Fallback content, such as a plain link to the source page. It shows before the
 *   script loads and beside the error message; it is hidden while data is shown.
 * @csspart base - The widget's outer box, around every state.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart empty - The message shown when the feed has no items.
 * @csspart error - The error box (message, Retry button, fallback content).
 * @csspart retry - The Retry button in the error box.
 * @csspart stale - The note shown above data that could not be refreshed, or above the last
 *   good copy (`persist`) shown when the feed could not be loaded (with its Retry button).
 * @fires {CustomEvent<{src: string, count: number, refresh: boolean}>} uzl-load - The feed's data
 *   has rendered; `refresh` is true when a periodic refresh (the `refresh` attribute) brought it.
 *   With `persist`, a last good copy that renders before the network answers fires it too.
 * @fires {CustomEvent<{src: string, kind: 'network' | 'timeout' | 'http' | 'parse' | 'invalid', status?: number, message: string, copyFrom?: string}>} uzl-error
 *   - The feed could not be loaded or read; `kind` is `network`, `timeout`, `http`, `parse` or `invalid`. A `network`
 *   message says when CORS may be the cause; `http` carries the `status` (401 and 403 tell the
 *   visitor the feed needs a login or is not theirs to see). With `persist`, `copyFrom` (ISO
 *   8601) says when the last good copy that stays on screen instead was fetched.
 */
export abstract class UzlFeedElement<T> extends UzlElement implements FeedHost {
  static override styles = [...UzlElement.styles, stateStyles];

  /**
   * URL of the JSON feed; a relative URL is resolved against the page. With neither `src` nor
   * `data` the element waits quietly (its placeholder, no event, no error) until one is set.
   */
  @property() src?: string;

  /**
   * The feed object itself, for frameworks and tests; it wins over `src`. Set before the element
   * is defined, it is taken up when the element upgrades (Lit replays such properties). With
   * neither `src` nor `data` the element waits quietly until one is set. A property only: a
   * `data` attribute (React writes `data="[object Object]"` when it renders the tag before the
   * element is defined) is ignored, with one console warning.
   */
  @property({ attribute: false }) data?: T;

  /** Whether the feed request sends cookies: `omit`, `same-origin` (default) or `include` (intranet feeds behind a login). */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Seconds to wait for each attempt at the feed before giving up on it (default 10). */
  @property({ type: Number }) timeout = 10;

  /** Seconds between refreshes of the feed (0, the default: never). Paused while the page is hidden. */
  @property({ type: Number }) refresh = 0;

  /**
   * Keep a last good copy of the feed in the visitor's browser (Cache Storage, `uzl-widgets-v1`):
   * on the next visit it shows at once while the feed is asked again, and when the feed cannot
   * be loaded it stays, with a note saying from when and Retry. Off by default: the page decides,
   * as it holds its visitors' consent. For a whole page, without a script: `data-uzl-persist` on
   * any ancestor (`<body data-uzl-persist>`), the nearest winning; `data-uzl-persist="false"`
   * turns it off below. Never for `credentials="include"`, nor for a response sent with
   * `Cache-Control: no-store` or `private`.
   */
  @property({ type: Boolean }) persist = false;

  /** Seconds after which a last good copy (`persist`) is never shown (default 604800: a week). */
  @property({ attribute: 'persist-max-age', type: Number }) persistMaxAge = 604800;

  /**
   * Level of the widget's top headings, 2–6 (the page's own `h1` is never used), so it fits
   * the page's outline; default 3 in every widget. Headings inside the widget's sections sit
   * one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** The deepest level the widget's top heading may take (its own sub-headings go below it). */
  protected static maxHeadingLevel = 6;

  /** @internal */
  protected readonly feed: FeedController<T>;

  /**
   * The widget's polite live region: what the core and the widget say to screen readers.
   * @internal
   */
  protected readonly announcer = new Announcer(this);

  /** What the region last said of the feed's state (see `stateAnnouncement`). */
  private stateSaid = '';

  /** Lit's attributes, and `data`: never read, only watched to warn about it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DATA_ATTRIBUTE];
  }

  /** @param spec what this widget's feed is: its schema. */
  constructor(spec: FeedSpec<T>) {
    super();
    // Late-bound: the controller calls the hooks only once data has arrived.
    this.feed = new FeedController<T>(this, {
      ...spec,
      count: (data) => this.itemCount(data),
      check: (data) => this.checkData(data),
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // A feed cannot travel in an attribute; what arrives here is a framework's stringified
    // object, written while the element was not defined yet. Say what to do, once.
    if (name === DATA_ATTRIBUTE && value !== null)
      warnOnce(
        this,
        "data: the attribute is ignored; set the data property (import the element's module " +
          'before the framework renders the tag).',
      );
  }

  /** `heading-level` as the level of the widget's top headings. */
  protected get level(): number {
    const ctor = this.constructor as typeof UzlFeedElement;
    return clampHeadingLevel(
      this.headingLevel ?? Number.NaN,
      DEFAULT_HEADING_LEVEL,
      ctor.maxHeadingLevel,
    );
  }

  /**
   * How many items the widget shows of `data` (after its own settings select them): the
   * `count` of `uzl-load`, and 0 means the empty state.
   */
  protected abstract itemCount(data: T): number;

  /**
   * The widget's own check of a valid feed against its settings, for example a `campus` id
   * the feed does not have: a `FeedError` it returns is shown as the error state (and fired
   * as `uzl-error`) instead of the data. Runs when data arrives, and again after
   * `this.feed.recheck()`.
   */
  protected checkData(_data: T): FeedError | undefined {
    return undefined;
  }

  /**
   * How many items the loading placeholder makes room for (what the data will likely show),
   * or undefined for the widget's default. The widget's styles read it as
   * `--_uzl-expected-items` inside its root box.
   */
  protected expectedItems(): number | undefined {
    return undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Through the CSSOM: a strict CSP blocks a style attribute but not this, and every engine
    // of the floor has it (custom states and typed attr() it lacks). Before the first paint,
    // and before the controllers' `hostUpdated` (a measure there lays the widget out), written
    // only when it changes: an inherited property set restyles all the widget holds, and a
    // second time after a layout costs a 1,000-item list a second style pass.
    const root = this.renderRoot.querySelector<HTMLElement>('.uzl-root');
    const expected = this.expectedItems();
    const value = expected === undefined ? '' : String(expected);
    if (!root || root.style.getPropertyValue('--_uzl-expected-items') === value) return;
    if (value) root.style.setProperty('--_uzl-expected-items', value);
    else root.style.removeProperty('--_uzl-expected-items');
  }

  /**
   * A server runs no `update()` (it calls `render()` itself): it writes the placeholder's item
   * count into the markup, so a server-rendered placeholder takes the room the browser's will
   * (`limit="3"`: three items).
   * A page whose CSP forbids style attributes gets the widget's default room instead.
   */
  private serverRoom(): string | undefined {
    const expected = this.expectedItems();
    return expected === undefined ? undefined : `--_uzl-expected-items: ${expected}`;
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
          : html`${
              this.feed.stale
                ? (this.feed.keeper?.note(this.resolvedLang, () => this.feed.retry()) ??
                  staleNotice())
                : nothing
            }${this.renderData(value)}`;
    } else if (status === 'error' && error) {
      body = errorView(
        error,
        this.src ? () => this.feed.retry() : undefined,
        this.describeError(error),
      );
    } else if (isServer) {
      // A server renders before any data: the fallback content, not a placeholder that
      // claims to load (see serverView), and not busy, which it may stay for good.
      body = serverView();
    } else {
      body = loadingView();
    }
    // The feed's state is said when it changes (another state, another language), not at
    // every render: what the widget said since stays until there is news of the feed.
    const said = this.stateAnnouncement();
    if (said !== this.stateSaid) this.announcer.say((this.stateSaid = said));
    // The widget's language, where the page's is another (or none): its interface text is
    // then read with the right voice. The host element itself is the page's, not ours.
    const lang = this.language.rootLang;
    return html`<div
        class="uzl-root"
        part="base"
        lang=${ifDefined(lang)}
        style=${ifDefined(isServer ? this.serverRoom() : undefined)}
        aria-busy=${status === 'loading' && !isServer ? 'true' : 'false'}
      >
        ${body}
      </div>
      ${this.announcer.render(lang)}`;
  }

  /**
   * What the live region says of the feed: an error, and that data arrived after the visitor
   * pressed Retry; a first load on page open stays quiet, or a page with five widgets would
   * talk over itself.
   */
  private stateAnnouncement(): string {
    const { status, error } = this.feed;
    if (status === 'error' && error) return this.describeError(error);
    // The visitor's Retry from a copy's note failed: the note, said again, is the answer.
    if (status === 'ready' && this.feed.afterRetry)
      return msg('The information has been loaded.', {
        id: 'state.loaded',
        desc: 'Every widget: announced to screen readers once the data has loaded, never seen. One short sentence.',
      });
    return '';
  }
}
