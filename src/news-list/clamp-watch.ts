import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Marks which cut-off summaries hold more text than their lines show (`data-cut`), so that
 * only those show their "Read more" button (the styles hide it otherwise). Whether text is cut
 * off depends on the room it gets (the widget's width, the visitor's zoom and font size), so it
 * is measured, not guessed from the text's length.
 *
 * Measured in a ResizeObserver's callback, which the browser runs after layout and before
 * paint: when a summary is first watched (after each render) and whenever its box changes
 * (the widget's width, the visitor's text size). So the measuring reads a layout the browser
 * made anyway, and the mark is an attribute, not a second render of the whole list.
 *
 * Measured are the host's `[data-clamp]` elements; one without the `clamped` class (opened by
 * the visitor) keeps its mark.
 */
export class ClampWatch implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(() => this.mark());
  }

  hostUpdated(): void {
    // Watched again after each render, so the callback comes once more (a summary's text may
    // have changed in a box of the same size). One summary stands for all: they change size
    // together (the widget's width, the visitor's text size), and observing each of 1,000
    // cost more than rendering their list. A summary, not the host: the marks show buttons
    // beside the summaries, which changes the host's size but never a summary's, so the
    // observer is never told of a change its own callback made (a "loop" error in the page).
    this.observer?.disconnect();
    const first = this.host.renderRoot.querySelector('[data-clamp]');
    if (first) this.observer?.observe(first);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private mark(): void {
    const summaries = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-clamp]')];
    // Every size read first, then every mark written: a write between reads would make the
    // browser lay the page out again for the next read.
    const cut = summaries.map((summary) =>
      summary.classList.contains('clamped')
        ? // A pixel of slack: engines round the line boxes of a clamped block differently.
          summary.scrollHeight > summary.clientHeight + 1
        : summary.hasAttribute('data-cut'),
    );
    summaries.forEach((summary, i) => summary.toggleAttribute('data-cut', cut[i]));
  }
}
