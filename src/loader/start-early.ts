/**
 * The head start the loader gives each tag it finds before its widget is defined: its feed
 * request begins at once, beside the download of the widget's code rather than after it. On a
 * phone's network that saves the feed's whole round trip (README, "Time to content").
 *
 * The widget takes it up (src/core/started-early.ts) through one page-wide table,
 * `globalThis[Symbol.for('uzl-widgets.started-early')]`: the loader and the core are separate
 * files, and a module both imported would cost the loader a request of its own. What a widget
 * takes is a request made as its own first attempt would be (same URL resolved against the
 * page, same `credentials`, `Accept: application/json`, the HTTP cache's default mode), so
 * nothing is fetched twice; its timeout, retries and abort then apply as to its own request.
 * A head start no widget took once its tag is defined (another `src` set by a script, `data`
 * given instead) is aborted.
 */

/** One head start: the response to come, and how to drop it. */
export interface HeadStart {
  tag: string;
  response: Promise<Response>;
  abort: () => void;
}

const KEY = Symbol.for('uzl-widgets.started-early');
const started: Map<string, HeadStart> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new Map()) as Map<string, HeadStart>;

const ignore = () => {};

/**
 * Starts `element`'s feed request, unless one is running for the same feed. A `src` that is
 * no URL starts nothing: the widget finds out and says so itself.
 */
export function startEarly(element: Element): void {
  const tag = element.localName;
  const src = element.getAttribute('src');
  // An unknown value fails the loader's fetch as it fails the widget's own.
  const credentials = (element.getAttribute('credentials') ?? 'same-origin') as RequestCredentials;
  if (!src) return;
  try {
    // The URL parser drops the spaces around it, as the widget's does.
    const url = new URL(src, document.baseURI);
    const key = `${credentials} ${url.href}`;
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
  } catch {
    // Nothing started early; the widget asks for itself.
  }
}

/** Aborts the feed requests started for `tag` that no widget took, once its elements had their first update. */
export function dropUntaken(tag: string): void {
  void customElements
    .whenDefined(tag)
    .then(() =>
      setTimeout(() =>
        started.forEach((start, key) => start.tag == tag && (started.delete(key), start.abort())),
      ),
    );
}
