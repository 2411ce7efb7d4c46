import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A moving number on screen and the value it counts to. */
export interface CountTarget {
  node: HTMLElement;
  value: number;
}

export interface CountUpOptions {
  /**
   * The moving numbers the host has just rendered, read after each update. Their nodes must
   * be left empty by the template: the controller writes into them, so a re-render never
   * fights a roll.
   */
  targets(): CountTarget[];
  /** A value as the host shows it, in its language and notation (`782.208`, `782K`). */
  format(value: number): string;
  /** Milliseconds the counting takes; 0 shows the final values at once. */
  duration(): number;
}

/** Where the counting is: not started (showing 0), counting, or showing the final values. */
type Phase = 'waiting' | 'running' | 'done';

/** A target as drawn: the text last written, so a repaint only writes what changed ('' while digits roll). */
interface Counter extends CountTarget {
  text: string;
}

/** Fast at first, slowing down towards the final value: the cubic ease-out curve. */
const EASE_OUT = 'cubic-bezier(0.33, 1, 0.68, 1)';

// Asked afresh each time (a cheap call): a setting changed while the page is open counts.
const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Counts a host's numbers up from 0, once, the first time the host is at least half in view.
 * Before that they show 0, after it their final values; visitors who prefer reduced motion,
 * and a duration of 0, get the final values at once. A host taken off the page while counting
 * shows the final values if it comes back, and a re-render mid-roll (another language, a
 * refreshed feed) ends the roll on the values as they now read.
 */
export class CountUpController implements ReactiveController {
  private phase: Phase = 'waiting';
  private rolls: Animation[] = [];
  private observer: IntersectionObserver | undefined;
  private counters: Counter[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CountUpOptions,
  ) {
    host.addController(this);
  }

  private get animated(): boolean {
    return this.options.duration() > 0 && !prefersReducedMotion();
  }

  hostConnected(): void {
    if (this.phase === 'waiting' && this.counters.length > 0) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // Taken off the page while counting: it shows the final values if it comes back.
    if (this.phase === 'running') this.finish();
  }

  /** The host rendered its figures (and their final values); the moving numbers are ours to write. */
  hostUpdated(): void {
    this.counters = this.options.targets().map((target) => ({ ...target, text: '' }));
    if (this.counters.length === 0) return;
    // Re-rendered mid-roll: the strips no longer match what is shown, so show the final
    // values as they read now.
    if (this.phase === 'running' || (this.phase === 'waiting' && !this.animated)) this.finish();
    this.paint();
    if (this.phase === 'waiting') this.observe();
  }

  /**
   * Waits until at least half of the host is in view, then counts. A host taller than twice
   * the window can never be half in view: for it, filling half the window is enough.
   */
  private observe(): void {
    if (this.observer || !this.host.isConnected) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry?.isIntersecting) return;
        const viewport = entry.rootBounds?.height ?? 0;
        if (
          entry.intersectionRatio >= 0.499 ||
          (viewport > 0 && entry.intersectionRect.height >= viewport / 2)
        )
          this.start();
      },
      { threshold: [0.1, 0.2, 0.3, 0.4, 0.5] },
    );
    this.observer.observe(this.host);
  }

  /**
   * Rolls each digit of the final values up from 0, like an odometer. The browser animates
   * the digit strips' transforms on its compositor, so while the figures count no script runs
   * and nothing is laid out: the page stays as smooth as it was. The strips are built once,
   * here; at the end the plain final text replaces them.
   */
  private start(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.phase !== 'waiting') return;
    if (!this.animated) {
      this.finish();
      return;
    }
    this.phase = 'running';
    const timing: KeyframeAnimationOptions = {
      duration: this.options.duration(),
      easing: EASE_OUT,
      fill: 'forwards',
    };
    for (const counter of this.counters) {
      const { strips, digits } = digitStrips(this.options.format(counter.value));
      counter.node.replaceChildren(strips);
      counter.text = '';
      const columns = counter.node.querySelectorAll<HTMLElement>('.strip');
      columns.forEach((strip, i) => {
        this.rolls.push(
          strip.animate(
            [{ transform: 'translateY(0)' }, { transform: `translateY(-${digits[i]! * 10}%)` }],
            timing,
          ),
        );
      });
    }
    const rolls = this.rolls;
    void Promise.all(rolls.map((roll) => roll.finished)).then(
      () => {
        if (this.rolls === rolls) this.finish();
      },
      () => undefined, // cancelled: finish() has already run
    );
  }

  /** Stops counting and shows the exact final values. */
  private finish(): void {
    const rolls = this.rolls;
    this.rolls = [];
    for (const roll of rolls) roll.cancel();
    this.phase = 'done';
    this.paint();
  }

  /** Writes each number as plain text: 0 before counting, the final value after. */
  private paint(): void {
    if (this.phase === 'running') return;
    for (const counter of this.counters) {
      const text = this.options.format(this.phase === 'done' ? counter.value : 0);
      if (text !== counter.text) {
        counter.text = text;
        counter.node.textContent = text;
      }
    }
  }
}

/**
 * The moving number for `text` ("782.208"): each digit becomes a clipped column holding a
 * strip of 0 to 9, everything else (separators, signs, the compact "K") stays as it is. The
 * digits are returned in column order, for the distance each strip rolls. The host's styles
 * draw `.digit` and `.strip`.
 */
function digitStrips(text: string): { strips: DocumentFragment; digits: number[] } {
  const strips = document.createDocumentFragment();
  const digits: number[] = [];
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      const column = document.createElement('span');
      column.className = 'digit';
      const strip = document.createElement('span');
      strip.className = 'strip';
      strip.textContent = '0\n1\n2\n3\n4\n5\n6\n7\n8\n9';
      column.append(strip);
      strips.append(column);
      digits.push(Number(char));
    } else {
      strips.append(char);
    }
  }
  return { strips, digits };
}
