/**
 * The last good copy of a feed (`persist`, README "A last good copy"): kept with the Cache
 * Storage API, read before the network answers on the next visit, and the note shown when it
 * stands in for a feed that could not be loaded.
 *
 * Only an element with `persist` on loads this module (a dynamic import in FeedController),
 * so a page without it downloads none of it. Cache Storage rather than localStorage: it takes
 * a body of any size without blocking the page, keeps it as the bytes received (nothing to
 * stringify), and a partner clears it by name; IndexedDB would do the same with more code.
 *
 * Everything here may throw (no `caches` outside a secure context or in older engines, a
 * SecurityError in a sandboxed frame or with storage blocked, a full quota, a corrupt entry):
 * each is caught, the widget loads its feed as without `persist`, and the page's console gets
 * one warning in all.
 */
import { html, type TemplateResult } from 'lit';
import { messages } from '../generated/messages/persist.js';
import type { FeedController, LoadMode } from './feed-controller.js';
import type { FeedResponse } from './feed-request.js';
import { validateFeed } from './feed-validation.js';
import { dateFormatter } from './format.js';
import type { Lang } from './language.js';
import { addMessages, msg, str } from './localize.js';
import { retryButton } from './state-views.js';

addMessages(messages);

/** The one cache of ours; a new storage format would take a new name. */
export const CACHE_NAME = 'uzl-widgets-v1';
/** When the copy was fetched, in ms since the epoch. */
const FETCHED_AT = 'X-Uzl-Fetched-At';
/** The feed's final URL (after redirects), which its relative URLs are resolved against. */
const FINAL_URL = 'X-Uzl-Url';

/** A copy as read back. */
export interface StoredCopy {
  json: unknown;
  /** The body as stored: a newer answer with the same text changes nothing on screen. */
  text: string;
  url: string;
  fetchedAt: Date;
}

let warned = false;

/** The one warning a page gets, whatever failed and however often. */
function quietly(error: unknown): undefined {
  if (!warned) {
    warned = true;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(
      `uzl-widgets: persist: no last good copy can be kept or read on this page (${reason}); ` +
        'the widgets load their feeds as without persist.',
    );
  }
  return undefined;
}

/**
 * A copy's key: the feed URL with its schema's version (the `version` constant), so a copy of
 * an older format is never matched.
 */
export function copyKey(src: string, schema: { properties?: { version?: { const?: unknown } } }) {
  const key = new URL(src);
  key.searchParams.append('uzl-schema', String(Number(schema.properties?.version?.const ?? 0)));
  return key.href;
}

/** The copy under `key`, unless it is older than `maxAgeSeconds` (then it is dropped). */
export async function readCopy(
  key: string,
  maxAgeSeconds: number,
): Promise<StoredCopy | undefined> {
  try {
    // One call, which creates nothing on a page that never stored a copy (caches.open would).
    const response = await caches.match(key, { cacheName: CACHE_NAME });
    if (!response) return undefined;
    const drop = async () => (await caches.open(CACHE_NAME)).delete(key);
    const fetchedAt = Number(response.headers.get(FETCHED_AT));
    const maxAge = (Number.isFinite(maxAgeSeconds) ? maxAgeSeconds : 0) * 1000;
    if (!(fetchedAt > 0) || Date.now() - fetchedAt > maxAge) {
      await drop();
      return undefined;
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      await drop();
      throw error;
    }
    const url = response.headers.get(FINAL_URL) ?? key;
    return { json, text, url, fetchedAt: new Date(fetchedAt) };
  } catch (error) {
    return quietly(error);
  }
}

/** `no-store` or `private`: the response asks that no one keep it but the visitor's browser. */
const FORBIDDEN = /(?:^|,)\s*(?:no-store|private)\b/i;

/**
 * Keeps `response` as the copy under `key`, with the time now; a response whose
 * `Cache-Control` forbids it is not kept, and drops the copy kept before.
 */
export async function keepCopy(
  key: string,
  response: Pick<FeedResponse, 'text' | 'url' | 'cacheControl'>,
): Promise<void> {
  try {
    if (FORBIDDEN.test(response.cacheControl)) {
      if (await caches.has(CACHE_NAME)) await (await caches.open(CACHE_NAME)).delete(key);
      return;
    }
    const cache = await caches.open(CACHE_NAME);
    await cache.put(
      key,
      new Response(response.text, {
        headers: {
          'Content-Type': 'application/json',
          [FETCHED_AT]: String(Date.now()),
          [FINAL_URL]: response.url,
        },
      }),
    );
  } catch (error) {
    quietly(error);
  }
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...TIME, day: 'numeric', month: 'long' };
const DATE_TIME_YEAR: Intl.DateTimeFormatOptions = { ...DATE_TIME, year: 'numeric' };

/**
 * When the copy was fetched, as the visitor's clock says it: the time ("14:05") on the day
 * itself, the date too on another day ("3 March at 14:05"), the year too in another year.
 */
export function copyTime(at: Date, lang: Lang, now: Date = new Date()): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const day = dateFormatter(lang, DAY, zone);
  const year = (date: Date) => date.getFullYear();
  const options =
    day.format(at) === day.format(now) ? TIME : year(at) === year(now) ? DATE_TIME : DATE_TIME_YEAR;
  return dateFormatter(lang, options, zone).format(at);
}

/** The note's sentence, in the language `msg()` answers in. */
export function copyNote(at: Date, lang: Lang): string {
  return msg(str`Shown as of ${copyTime(at, lang)}; the latest could not be loaded.`, {
    id: 'persist.copy-from',
    desc: 'A note above content kept from an earlier visit, shown because the feed could not be loaded now. The value is a time (14:05), or a date and time on another day.',
  });
}

/**
 * The note above a copy that stands in for a feed that could not be loaded: when it is from,
 * and Retry. Quiet (the stale note's look), in the reading order before the data it is about.
 */
export function copyNotice(at: Date, lang: Lang, onRetry: () => void): TemplateResult {
  return html`<p class="uzl-stale uzl-copy" part="stale">
    ${copyNote(at, lang)} ${retryButton(onRetry)}
  </p>`;
}

/**
 * A feed controller's last good copy: shown before the network answers, replaced by each
 * answer it stores, and asked whether the data on screen is the copy (the note, `uzl-error`'s
 * `copyFrom`). The copy is on screen while the controller's `value` is the very object it
 * showed, so the controller forgets nothing: new data, another `src` or the error state
 * replace it.
 */
export class CopyKeeper<T> {
  private shown: T | undefined;
  private json: unknown;
  private text = '';
  private fetchedAt = new Date(0);

  constructor(private readonly feed: FeedController<T>) {}

  /** Whether the data on screen is the copy. */
  get showing(): boolean {
    return this.shown !== undefined && this.shown === this.feed.value;
  }

  /**
   * Shows the stored copy of `src`, if there is a fresh enough one that still fits the schema
   * and the widget's settings, while load `generation` still waits for the network.
   */
  async show(src: string, generation: number): Promise<void> {
    const { feed } = this;
    const copy = await readCopy(copyKey(src, feed.spec.schema), feed.host.persistMaxAge);
    if (!copy || generation !== feed.generation || feed.status !== 'loading') return;
    // A copy that no longer fits throws here: the caller drops it, the network decides.
    const value = validateFeed<T>(copy.json, feed.spec, feed.host.localName);
    if (feed.spec.check(value)) return;
    feed.received = value;
    feed.baseUrl = copy.url;
    this.shown = value;
    this.json = copy.json;
    this.text = copy.text;
    this.fetchedAt = copy.fetchedAt;
    feed.succeed(value, generation, 'first');
  }

  /**
   * Stores the network's answer. When it is the copy on screen, unchanged, it is handed back
   * with the copy's own parsed body, whose validated data (kept by validateFeed for that very
   * object) is the data on screen: the widget renders the same values again, so nothing on
   * the page moves.
   */
  keep(src: string, response: FeedResponse): FeedResponse {
    void keepCopy(copyKey(src, this.feed.spec.schema), response);
    const same = this.showing && this.text === response.text;
    this.shown = undefined;
    return same ? { ...response, json: this.json } : response;
  }

  /** When the copy on screen was fetched (ISO 8601), for `uzl-error`. */
  from(): string | undefined {
    return this.showing ? this.fetchedAt.toISOString() : undefined;
  }

  /** The note above the copy on screen, or undefined when the data is not the copy. */
  note(lang: Lang, onRetry: () => void): TemplateResult | undefined {
    return this.showing ? copyNotice(this.fetchedAt, lang, onRetry) : undefined;
  }
}

/**
 * A load of `feed` with `persist` on: on its first load of `src` the copy shows while
 * `request` runs; a failure is told only after the copy had its chance to show, and an answer
 * is stored. What it resolves or rejects with is the request's.
 */
export async function withCopy<T>(
  feed: FeedController<T>,
  request: Promise<FeedResponse>,
  mode: LoadMode,
  generation: number,
  src: string,
): Promise<FeedResponse> {
  const keeper = (feed.keeper ??= new CopyKeeper(feed));
  const copy = mode === 'first' && keeper.show(src, generation).catch(() => {});
  try {
    return keeper.keep(src, await request);
  } catch (error) {
    await copy;
    throw error;
  }
}
