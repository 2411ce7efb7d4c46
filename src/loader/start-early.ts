/**
 * The head start the loader gives each tag it finds before its widget is defined: its feed
 * request, and with `persist` the read of its last good copy and the copy's code, begin at
 * once, beside the download of the widget's code rather than after it. On a phone's network that saves the
 * feed's whole round trip (README, "Time to content").
 *
 * The widget takes them up (src/core/started-early.ts) through one page-wide table,
 * `globalThis[Symbol.for('uzl-widgets.started-early')]`: the loader and the core are separate
 * files, and a module both imported would cost the loader a request of its own. What a widget
 * takes is a request made as its own first attempt would be (same URL resolved against the
 * page, same `credentials`, `Accept: application/json`, the HTTP cache's default mode), so
 * nothing is fetched twice; its timeout, retries and abort then apply as to its own request.
 * A head start no widget took once its tag is defined (another `src` set by a script, `data`
 * given instead) is aborted.
 */

/** One head start: the response to come (undefined: no copy), and how to drop it. */
export interface HeadStart {
  tag: string;
  response: Promise<Response | undefined>;
  abort: () => void;
}

const KEY = Symbol.for('uzl-widgets.started-early');
const started: Map<string, HeadStart> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new Map()) as Map<string, HeadStart>;

const ignore = () => {};

/** The copy's code (persisted-copy.ts, a chunk of its own), fetched beside the widget's when a tag asks for a copy. */
let copyCode: Promise<unknown> | undefined;

/** Whether the element asks for a last good copy: its `persist`, else the nearest `data-uzl-persist`. */
function persists(element: Element): boolean {
  if (element.hasAttribute('persist')) return true;
  const value = element.closest('[data-uzl-persist]')?.getAttribute('data-uzl-persist');
  return value != null && value.trim().toLowerCase() != 'false';
}

/**
 * Starts `element`'s feed request, and with `persist` its copy's read, unless one is running
 * for the same feed. `version` is its feed schema's version, part of the copy's key. A `src`
 * that is no URL, or `caches` refused (a sandboxed frame), start nothing: the widget finds out
 * and says so itself.
 */
export function startEarly(element: Element, version: number): void {
  const tag = element.localName;
  const src = element.getAttribute('src');
  // An unknown value fails the loader's fetch as it fails the widget's own.
  const credentials = (element.getAttribute('credentials') ?? 'same-origin') as RequestCredentials;
  if (!src) return;
  try {
    const url = new URL(src.trim(), document.baseURI);
    let key = `feed ${credentials} ${url.href}`;
    if (!started.has(key)) {
      const controller = new AbortController();
      const response = fetch(url, {
        credentials,
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      response.catch(ignore); // the widget that takes it is told
      started.set(key, { tag, response, abort: () => controller.abort() });
    }
    if (credentials == 'include' || !persists(element)) return;
    copyCode ??= import('../core/persisted-copy.js').catch(ignore);
    url.searchParams.append('uzl-schema', `${version}`);
    key = `copy ${url.href}`;
    if (!started.has(key)) {
      // Read through, so the widget finds the bytes in memory, not in the cache's store.
      const response = caches
        .match(url.href, { cacheName: 'uzl-widgets-v1' })
        .then((found) => found && found.text().then((text) => new Response(text, found)));
      response.catch(ignore);
      // No tag: a copy's read is taken later, when the copy's code has loaded, and holds
      // nothing open meanwhile.
      started.set(key, { tag: '', response, abort: ignore });
    }
  } catch {
    // Nothing started early; the widget asks for itself.
  }
}

/** Aborts the feed requests started for `tag` that no widget took, once its elements had their first update. */
export function dropUntaken(tag: string): void {
  void customElements.whenDefined(tag).then(() =>
    setTimeout(() =>
      started.forEach((start, key) => {
        if (start.tag == tag) {
          started.delete(key);
          start.abort();
        }
      }),
    ),
  );
}
