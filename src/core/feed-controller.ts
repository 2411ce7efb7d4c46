import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from './feed-error.js';
import { isAbort, requestFeed } from './feed-request.js';
import { validateFeed, type FeedSpec } from './feed-validation.js';
import { emitEvent, type UzlErrorDetail } from './events.js';
import { persistWanted } from './persist-setting.js';
import type { CopyKeeper } from './persisted-copy.js';
import { RefreshSchedule } from './refresh-schedule.js';

/** The feed's schema, and the widget's answers about its data (its hook methods, bound by `UzlFeedElement`). */
export interface FeedHooks<T> extends FeedSpec<T> {
  /** How many items the widget shows of the data: `uzl-load`'s `count`, and 0 is the empty state. */
  count: (data: T) => number;
  /** The widget's own check of valid data against its settings; a `FeedError` becomes the error state. */
  check: (data: T) => FeedError | undefined;
}

/**
 * The element properties the controller reads: the feed's attributes, as README.md lists them
 * under "Attributes, properties and events every element has".
 */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null | undefined;
  data?: unknown;
  credentials: RequestCredentials;
  /** Seconds per attempt. */
  timeout: number;
  /** Seconds between refreshes; 0 or less: no refresh. */
  refresh: number;
  /** Keep a last good copy of the feed (README, "A last good copy"); see `persistWanted`. */
  persist: boolean;
  /** Seconds after which a last good copy is never shown. */
  persistMaxAge: number;
}

/**
 * What a widget renders: `loading` and `error` before any data arrived, `ready` once it has.
 * `loading` is also the waiting state of an element given neither `src` nor `data` yet (a
 * framework renders the tag first and sets them later): the same placeholder, quietly.
 */
export type FeedStatus = 'loading' | 'ready' | 'error';

export type LoadMode = 'first' | 'retry' | 'refresh';

/**
 * Loads, validates and keeps a widget's feed, keeping in one place the fetching rules that
 * README.md promises under "Attributes, properties and events every element has": `data` wins
 * over `src`; one request per URL shared page-wide; timeout, two retries with backoff; abort
 * when `src` changes or the element leaves; only the current `src` renders; the last good data
 * stays when a refresh fails; `refresh` paused while the page is hidden (RefreshSchedule);
 * `uzl-load` after the data has rendered, `uzl-error` on failure; with neither `src` nor
 * `data`, waiting without a word until one arrives.
 *
 * Why not @lit/task: it would give us the per-run AbortSignal and status, but everything
 * else here (sharing, retries, timeouts, abort on disconnect, refresh, keeping data on a
 * failed refresh) is ours anyway, and its states would need mapping to ours.
 *
 * With `persist` (persist-setting.ts), a last good copy of the feed, kept in the visitor's
 * browser, shows while the network is asked and stays when it fails. Its code
 * (persisted-copy.ts) is imported only then, so a page without it pays for a few hooks here.
 */
export class FeedController<T> implements ReactiveController {
  status: FeedStatus = 'loading';
  /** The last good data; kept on screen while a refresh fails. */
  value: T | undefined;
  /** The error shown by the error state, or the last failed refresh's. */
  error: FeedError | undefined;
  /** True when data is shown but the latest refresh failed. */
  stale = false;
  /** True when the data on screen came from the visitor's Retry (worth announcing). */
  afterRetry = false;
  /**
   * Relative URLs in the feed are resolved against this: the feed's own URL, or the page's for
   * data given as a property. Set when data arrives (never in a field initialiser: a server
   * renderer constructs elements where there is no `document`).
   */
  baseUrl = '';
  /** With `persist`: the last good copy's keeper (persisted-copy.ts), once loaded. */
  keeper: CopyKeeper<T> | undefined;

  /**
   * The last feed that passed validation, before the widget's check: what `recheck()` reads.
   * @internal Written by the copy's keeper too, as are `generation` and `succeed`.
   */
  received: T | undefined;
  private recheckDue = false;
  private appliedSrc: string | null | undefined;
  private appliedData: unknown;
  private appliedCredentials: RequestCredentials | undefined;
  private run: AbortController | undefined;
  /** @internal Counts the loads: an answer for an older one is dropped. */
  generation = 0;
  /** The refresh timer, paused while the page is hidden. */
  private readonly refreshes: RefreshSchedule;
  private connected = false;
  private configured = false;

  constructor(
    readonly host: FeedHost,
    readonly spec: FeedHooks<T>,
  ) {
    this.refreshes = new RefreshSchedule(host, () => void this.load('refresh'));
    host.addController(this);
  }

  /** The feed URL resolved against the page, or '' without one. */
  get src(): string {
    const src = this.host.src?.trim();
    if (!src) return '';
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }

  /** Number of items in the current data. */
  get count(): number {
    return this.value === undefined ? 0 : this.spec.count(this.value);
  }

  hostConnected(): void {
    this.connected = true;
    // Re-attached after leaving the page mid-load (or never loaded): load again.
    if (this.configured && this.status !== 'ready' && !this.run) {
      this.configured = false;
      this.host.requestUpdate();
    }
    if (this.status === 'ready') this.scheduleRefresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    // The refresh schedule cancels itself: it is the host's controller too.
    // Moving an element (disconnect then connect in one task) should not cancel its load.
    queueMicrotask(() => {
      if (!this.connected) this.abortRun();
    });
  }

  /** Before each render: start over when `src`, `data` or `credentials` changed. */
  hostUpdate(): void {
    const { src, data, credentials } = this.host;
    if (
      this.configured &&
      src === this.appliedSrc &&
      data === this.appliedData &&
      credentials === this.appliedCredentials
    ) {
      if (this.recheckDue) {
        this.recheckDue = false;
        if (this.received !== undefined) this.accept(this.received, 'first');
      }
      return;
    }
    this.recheckDue = false;
    this.received = undefined;
    this.configured = true;
    this.appliedSrc = src;
    this.appliedData = data;
    this.appliedCredentials = credentials;
    this.abortRun();
    this.refreshes.cancel();
    this.value = undefined;
    this.stale = false;

    if (data !== undefined && data !== null) {
      this.acceptData(data);
    } else if (this.src) {
      void this.load('first');
    } else {
      this.wait();
    }
  }

  /**
   * Runs the spec's `check` again on the feed already received, at the host's next update,
   * without fetching: for a widget setting the check depends on (a `campus` id) that changed.
   * Call it from `willUpdate`; a change of `src` or `data` in the same update wins.
   */
  recheck(): void {
    this.recheckDue = true;
  }

  /** The error state's Retry action. */
  retry(): void {
    if (this.host.data !== undefined && this.host.data !== null) return;
    void this.load('retry');
  }

  /**
   * Neither `src` nor `data`: not an error but a page still being put together (React and Vue
   * render the tag first and set `data` or `src` afterwards), so the placeholder stays, with no
   * event and nothing in the console, until one arrives.
   */
  private wait(): void {
    this.generation++; // an answer or event still on its way belongs to the feed that was
    this.status = 'loading';
    this.error = undefined;
    this.afterRetry = false;
  }

  private acceptData(data: unknown): void {
    this.generation++;
    this.baseUrl = document.baseURI;
    try {
      this.accept(validateFeed<T>(data, this.spec, this.host.localName, false), 'first');
    } catch (error) {
      this.fail(error as FeedError, false);
    }
  }

  private async load(mode: LoadMode): Promise<void> {
    this.abortRun();
    const run = new AbortController();
    this.run = run;
    const generation = ++this.generation;
    const src = this.src;
    // Data on screen (a copy's, on its Retry) stays while the network is asked.
    if (mode !== 'refresh' && this.value === undefined) {
      this.status = 'loading';
      this.error = undefined;
      this.host.requestUpdate();
    }
    try {
      const request = requestFeed(src, {
        credentials: this.host.credentials,
        timeoutMs: Math.max(0, this.host.timeout) * 1000 || 10_000,
        revalidate: mode === 'refresh',
        signal: run.signal,
      });
      request.catch(() => {}); // told below, after the copy's module has loaded
      // With `persist`, the copy's module shows the copy while the request runs, and stores
      // the answer; a module that cannot load leaves the request as it is.
      const response = await (persistWanted(this.host)
        ? import('./persisted-copy.js').then(
            (copy) => copy.withCopy(this, request, mode, generation, src),
            () => request,
          )
        : request);
      if (generation !== this.generation) return;
      this.baseUrl = response.url;
      this.afterRetry = mode === 'retry';
      this.accept(validateFeed<T>(response.json, this.spec, this.host.localName), mode);
    } catch (error) {
      // Superseded or withdrawn: the newer run or the next connection decides what shows.
      if (isAbort(error) || generation !== this.generation) return;
      // Data on screen (a refresh's, a copy's) stays, with a note.
      const failure = error instanceof FeedError ? error : new FeedError('network', String(error));
      this.fail(failure, this.value !== undefined);
    } finally {
      if (this.run === run) this.run = undefined;
      if (generation === this.generation) this.scheduleRefresh();
    }
  }

  /** Valid data: shown, unless the widget's own check turns it into an error. */
  private accept(value: T, mode: LoadMode): void {
    this.received = value;
    const problem = this.spec.check(value);
    if (problem) this.fail(problem, mode === 'refresh');
    else this.succeed(value, this.generation, mode);
  }

  /** @internal */
  succeed(value: T, generation: number, mode: LoadMode): void {
    this.value = value;
    this.status = 'ready';
    this.error = undefined;
    this.stale = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (generation !== this.generation) return;
      emitEvent(this.host, 'uzl-load', {
        src: this.src,
        count: this.count,
        refresh: mode === 'refresh',
      });
    });
  }

  /** A failure: the error state, or with `keep` a note above the data on screen. */
  private fail(error: FeedError, keep: boolean): void {
    this.error = error;
    if (keep && this.value !== undefined) {
      this.stale = true;
    } else {
      this.status = 'error';
      this.value = undefined;
    }
    this.host.requestUpdate();
    const detail: UzlErrorDetail = { src: this.src, kind: error.kind, message: error.message };
    if (error.status !== undefined) detail.status = error.status;
    const copyFrom = this.keeper?.from();
    if (copyFrom) detail.copyFrom = copyFrom;
    void this.host.updateComplete.then(() => emitEvent(this.host, 'uzl-error', detail));
  }

  private abortRun(): void {
    this.run?.abort();
    this.run = undefined;
  }

  /** The next refresh, for a widget that has one: connected, a `src`, no `data`, `refresh` > 0. */
  private scheduleRefresh(): void {
    this.refreshes.cancel();
    const period = this.host.refresh;
    if (!this.connected || !(period > 0) || !this.src || this.host.data != null) return;
    this.refreshes.schedule(period);
  }
}
