// For the Loading stories: a feed URL that never answers, for as long as the story is shown.
// The element under it is the real one, doing a real fetch; only requests for this one
// made-up URL are held (every other request goes through), so the loading state stays on
// screen for a designer to look at.

/** The URL to give a widget's `src` in a Loading story. */
export const NEVER_ANSWERING_FEED = 'data/feed-that-never-answers.json';

/** A story `beforeEach`: holds requests for `NEVER_ANSWERING_FEED` until the story ends. */
export function holdNeverAnsweringFeed(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(NEVER_ANSWERING_FEED)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('Aborted', 'AbortError')),
      );
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}
