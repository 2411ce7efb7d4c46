import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The ±share of the refresh period added at random, so visitors' refreshes spread out. */
const REFRESH_JITTER = 0.1;

/**
 * When a widget refreshes its feed: one timer, armed with `schedule(seconds)` after each
 * load. The period gets ±10% jitter, so a page's visitors do not all ask the feed server at
 * the same moment. A refresh that falls due while the page is hidden
 * waits, and runs once when the page is shown again: a background tab costs the server
 * nothing, and a visitor who comes back sees fresh data. Leaving the page cancels it.
 *
 * It only keeps time; whether a widget refreshes at all (a `src`, no `data`, a positive
 * `refresh`) is its feed controller's decision.
 */
export class RefreshSchedule implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A refresh fell due while the page was hidden. */
  private due = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancel();
  }

  /** Refreshes in about `seconds` (replacing any refresh already scheduled). */
  schedule(seconds: number): void {
    this.cancel();
    const jitter = 1 + (Math.random() * 2 - 1) * REFRESH_JITTER;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (document.hidden) this.due = true;
        else this.refresh();
      },
      seconds * 1000 * jitter,
    );
  }

  /** Forgets the scheduled refresh, and one waiting for the page to be shown. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  private readonly onVisibilityChange = () => {
    if (!document.hidden && this.due) {
      this.due = false;
      this.refresh();
    }
  };
}
