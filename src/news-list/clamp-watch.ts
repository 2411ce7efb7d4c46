import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Which cut-off summaries hold more text than their lines show, so that only those offer
 * "Read more". Whether text is cut off depends on the room it gets (the widget's width, the
 * visitor's zoom and font size), so it is measured, not guessed from the text's length: after
 * each render, and whenever a watched summary's box changes size.
 *
 * Watched are the host's `[data-clamp]` elements, each keyed by its `data-clamp` value; one
 * without the `clamped` class (opened by the visitor) keeps what was measured before.
 */
export class ClampWatch implements ReactiveController {
  private observer?: ResizeObserver;
  private cut: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Whether the summary keyed `key` was cut off when last measured. */
  has(key: string): boolean {
    return this.cut.has(key);
  }

  hostConnected(): void {
    // In the next frame: a render from inside the observer's callback could resize what it
    // observes, which the browser reports as a loop.
    this.observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
  }

  hostUpdated(): void {
    // The render may have added or removed summaries: watch the ones there are now. (Each
    // reports its size once when watched, so this measures them again in the next frame.)
    this.observer?.disconnect();
    for (const element of this.summaries()) this.observer?.observe(element);
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private summaries(): NodeListOf<HTMLElement> {
    return this.host.renderRoot.querySelectorAll<HTMLElement>('[data-clamp]');
  }

  private measure(): void {
    // A frame may still come after the host left the page, where nothing has a size.
    if (!this.host.isConnected) return;
    const cut = new Set<string>();
    for (const element of this.summaries()) {
      const key = element.dataset['clamp']!;
      // A pixel of slack: engines round the line boxes of a clamped block differently.
      if (
        element.classList.contains('clamped')
          ? element.scrollHeight > element.clientHeight + 1
          : this.cut.has(key)
      ) {
        cut.add(key);
      }
    }
    const changed = cut.size !== this.cut.size || [...cut].some((key) => !this.cut.has(key));
    this.cut = cut;
    // After the update under way has finished (Lit warns of an update asked for during one),
    // and still before the next paint: microtasks run first.
    if (changed) queueMicrotask(() => this.host.requestUpdate());
  }
}
