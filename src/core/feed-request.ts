import { FeedError } from './feed-error.js';
import { takeStartedFeed } from './started-early.js';

export interface FeedRequestOptions {
  credentials: RequestCredentials;
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Revalidate with the server (`cache: 'no-cache'`): a refresh must not be answered by the HTTP cache alone. */
  revalidate: boolean;
  /** Aborting it withdraws this caller only; the request stops when every caller has withdrawn. */
  signal: AbortSignal;
}

export interface FeedResponse {
  /** The parsed body. Shared by every caller of the same request: treat it as read-only. */
  json: unknown;
  /** The final URL after redirects: what relative URLs inside the feed are relative to. */
  url: string;
  /** The body as received: what a last good copy (`persist`) stores and is compared with. */
  text: string;
  /** The response's `Cache-Control` header ('' without one): `no-store` or `private` forbid a copy. */
  cacheControl: string;
}

/** Attempts after the first one, for transient failures. */
export const RETRIES = 2;
/** Waits before the retries; jittered so a failing feed is not hit by all visitors in step. */
export const BACKOFF_MS = [500, 1500] as const;

interface SharedRequest {
  promise: Promise<FeedResponse>;
  controller: AbortController;
  callers: number;
}

// One request per URL at a time for the whole page: ten widgets on one feed fetch it once.
const inFlight = new Map<string, SharedRequest>();

const abortError = () => new DOMException('The feed request was aborted.', 'AbortError');

export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      resolve();
    }, ms);
    const cancel = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', cancel, { once: true });
  });
}

/**
 * A signal that aborts when any of `signals` does: `AbortSignal.any` where the engine has it,
 * else the same by hand (Safari before 17.4, Firefox before 124). The listeners go with the
 * signals, which live no longer than one attempt.
 */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  const abort = () => controller.abort();
  for (const signal of signals) {
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  }
  return controller.signal;
}

/**
 * `work`, or an AbortError as soon as `signal` aborts, whichever comes first. fetch() is
 * meant to reject on abort by itself, but WebKit leaves a request that waits for a free
 * connection (six per host, all held by feeds that never answer) pending after its abort:
 * the timeout must not depend on it.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => {}); // a rejection after the abort has nobody left to tell
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The developer's message for a fetch() that rejected without a response. A script cannot tell
 * a network failure from a feed refused by CORS (both are a bare TypeError, the reason is only in
 * the console), and a feed on another origin without `Access-Control-Allow-Origin` is the
 * likeliest cause on a partner's page, so the message names both. With cookies
 * (`credentials="include"`) the headers a feed needs are others, and `*` is refused: it says so.
 */
function networkMessage(url: string, error: unknown, credentials: RequestCredentials): string {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const cors =
    credentials === 'include'
      ? "CORS with credentials: Access-Control-Allow-Origin must echo this page's origin, not *, " +
        'and Access-Control-Allow-Credentials must be true'
      : 'CORS: Access-Control-Allow-Origin';
  return (
    `Could not fetch ${url}: the network failed or the server does not allow this origin ` +
    `(${cors}) (${reason})`
  );
}

/**
 * The attempt's request: the one the drop-in loader started for this feed, if it did and this
 * is not a refresh (the loader's asks as a first load does), else a new one. Either stops when
 * `signal` aborts.
 */
function send(url: string, options: FeedRequestOptions, signal: AbortSignal) {
  const started = options.revalidate ? undefined : takeStartedFeed(url, options.credentials);
  if (started) {
    signal.addEventListener('abort', started.abort, { once: true });
    return started.response;
  }
  return fetch(url, {
    credentials: options.credentials,
    cache: options.revalidate ? 'no-cache' : 'default',
    headers: { Accept: 'application/json' },
    signal,
  });
}

/** One attempt: fetch, read and parse, all within the timeout. */
async function attempt(
  url: string,
  options: FeedRequestOptions,
  signal: AbortSignal,
): Promise<FeedResponse> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const both = anySignal([signal, timeout.signal]);
  try {
    const response = await untilAborted(send(url, options, both), both);
    if (!response.ok) {
      // Drop the body unread so the connection is released.
      void response.body?.cancel().catch(() => {});
      throw new FeedError(
        'http',
        `HTTP ${response.status} ${response.statusText} for ${url}`.trim(),
        response.status,
      );
    }
    const text = await untilAborted(response.text(), both);
    try {
      return {
        json: JSON.parse(text) as unknown,
        url: response.url || url,
        text,
        cacheControl: response.headers.get('Cache-Control') ?? '',
      };
    } catch (error) {
      throw new FeedError(
        'parse',
        `The response from ${url} is not JSON: ${(error as Error).message}`,
      );
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timeout.signal.aborted && !signal.aborted) {
      throw new FeedError(
        'timeout',
        `No complete response from ${url} within ${options.timeoutMs} ms`,
      );
    }
    if (isAbort(error) || signal.aborted) throw abortError();
    throw new FeedError('network', networkMessage(url, error, options.credentials));
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithRetries(
  url: string,
  options: FeedRequestOptions,
  signal: AbortSignal,
): Promise<FeedResponse> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, options, signal);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.transient || retry >= RETRIES) throw error;
      const base = BACKOFF_MS[Math.min(retry, BACKOFF_MS.length - 1)]!;
      await sleep(base * (0.8 + Math.random() * 0.4), signal);
    }
  }
}

/**
 * Fetches and parses a JSON feed with timeout and retries, sharing one request between all
 * callers asking for the same URL (and credentials and cache mode) while it is in flight.
 * Rejects with a `FeedError`, or with an `AbortError` for a caller whose signal aborted.
 */
export function requestFeed(url: string, options: FeedRequestOptions): Promise<FeedResponse> {
  const key = `${options.credentials} ${options.revalidate ? 'revalidate' : 'default'} ${url}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: SharedRequest = {
      controller,
      callers: 0,
      promise: fetchWithRetries(url, options, controller.signal).finally(() => {
        if (inFlight.get(key) === entry) inFlight.delete(key);
      }),
    };
    // Callers that withdrew see their own AbortError; keep the shared rejection handled.
    entry.promise.catch(() => {});
    inFlight.set(key, entry);
    shared = entry;
  }
  const request = shared;
  request.callers++;

  return new Promise<FeedResponse>((resolve, reject) => {
    let settled = false;
    const withdraw = () => {
      if (settled) return;
      settled = true;
      reject(abortError());
      if (--request.callers === 0) {
        request.controller.abort();
        if (inFlight.get(key) === request) inFlight.delete(key);
      }
    };
    if (options.signal.aborted) return withdraw();
    options.signal.addEventListener('abort', withdraw, { once: true });
    request.promise.then(
      (response) => {
        if (settled) return;
        settled = true;
        options.signal.removeEventListener('abort', withdraw);
        resolve(response);
      },
      // The shared run rejects only with a FeedError or an AbortError.
      (error: Error) => {
        if (settled) return;
        settled = true;
        options.signal.removeEventListener('abort', withdraw);
        reject(error);
      },
    );
  });
}
