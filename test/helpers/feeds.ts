// Talking to the test feed server (test/server/feed-faults.mjs).
import { waitUntil } from '@open-wc/testing';

let sequence = 0;

/** A feed id no other test uses, so request counts never mix. */
export function uniqueId(name: string): string {
  sequence += 1;
  return `${name}-${Date.now().toString(36)}-${sequence}`;
}

export interface FeedOptions {
  delay?: number;
  label?: string;
  file?: string;
  /**
   * `true`: answer with `Access-Control-Allow-Origin: *`, so a page on another origin may read
   * it; `'credentials'`: echo the page's origin and allow credentials, as a feed read with
   * cookies must.
   */
  cors?: boolean | 'credentials';
  /** The feed's `Cache-Control` (without it: `no-store`, or `cacheable`'s own). */
  cacheControl?: string;
}

/** URL of a test feed following `plan` (e.g. `500,500,ok`); one plan step per request. */
export function feedUrl(id: string, plan: string, options: FeedOptions = {}): string {
  const query = new URLSearchParams({ plan });
  if (options.delay) query.set('delay', String(options.delay));
  if (options.label) query.set('label', options.label);
  if (options.file) query.set('file', options.file);
  if (options.cors) query.set('cors', options.cors === 'credentials' ? 'credentials' : 'allow');
  if (options.cacheControl !== undefined) query.set('cc', options.cacheControl);
  return `/__feeds/${id}?${query}`;
}

/**
 * The same test server under its other name: `127.0.0.1` for a page on `localhost` and the
 * other way round. Same port, other host name, so another origin: the browser reads its answers
 * only when they allow this page's origin (CORS), while the server sees every request.
 */
export function otherOrigin(): string {
  const { protocol, hostname, port } = location;
  const other =
    hostname === 'localhost' ? '127.0.0.1' : hostname === '127.0.0.1' ? 'localhost' : undefined;
  if (!other) throw new Error(`otherOrigin: the test page is on ${hostname}, not a loopback name`);
  return `${protocol}//${other}:${port}`;
}

export interface ServerCount {
  requests: number;
  closedEarly: number;
  /** Conditional requests answered 304 (plan step `cacheable`). */
  revalidated: number;
}

/** What the server saw for a feed id. */
export async function serverCount(id: string): Promise<ServerCount> {
  const response = await fetch(`/__count/${id}`, { cache: 'no-store' });
  return (await response.json()) as ServerCount;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * @open-wc/testing's `waitUntil`, with this project's defaults: up to 8 s (not 1 s, which a
 * real fetch and a layout can take) polled every 20 ms, failing with "Timeout: waiting for
 * <what>", so a timed-out test names what never came.
 */
export const until = (
  check: () => boolean | Promise<boolean>,
  what: string,
  timeout = 8000,
): Promise<void> => waitUntil(check, `waiting for ${what}`, { interval: 20, timeout });

/** The next event `name` on `target`, failing after `timeout` ms. */
export function nextEvent<T = unknown>(
  target: EventTarget,
  name: string,
  timeout = 8000,
): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No ${name} event within ${timeout} ms`)),
      timeout,
    );
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/**
 * Takes the feed host down for `id`: every request takes `step` (`drop`, `500`, `hang`…)
 * until `serverBack(id)`, without moving on in its plan.
 */
export async function serverDown(id: string, step: string): Promise<void> {
  await fetch(`/__down/${id}?step=${step}`, { cache: 'no-store' });
}

/** The feed host for `id` is back: the next request takes its plan's next step. */
export async function serverBack(id: string): Promise<void> {
  await fetch(`/__down/${id}?step=`, { cache: 'no-store' });
}
