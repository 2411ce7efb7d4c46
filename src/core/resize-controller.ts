import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The width an element has before its first render, for a layout chosen by width from the
 * start: its own, else, for a host a page made inline (`all: revert` gives a custom element
 * `display: inline`, which has no width of its own), the nearest ancestor box's. 0 without
 * layout (an element not in a rendered document).
 */
export function widthBeforeRender(element: Element): number {
  let width = element.getBoundingClientRect().width;
  for (let box = element.parentElement; !width && box; box = box.parentElement)
    width = box.clientWidth;
  return width;
}

/** What a `ResizeController` follows, and whom it tells. */
export interface ResizeOptions {
  /**
   * The element whose width is followed, looked up once the host has rendered; without it,
   * or when it finds nothing, the host.
   */
  target?: () => Element | null;
  /** Called with the target's content-box width in px, in the animation frame after each change. */
  onResize: (width: number) => void;
}

/**
 * Follows the width of an element of the host through a `ResizeObserver`, from the host's
 * first render while it is connected, so a widget can fit its layout to the room it gets
 * rather than to the viewport.
 */
export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ResizeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((records) => {
      const width = records[0]?.contentBoxSize[0]?.inlineSize ?? this.host.clientWidth;
      // In the next frame: a change made inside the observer's callback can resize what it
      // observes, which the browser reports as a loop and delivers no further.
      requestAnimationFrame(() => this.options.onResize(width));
    });
    // Reconnected: the target is already rendered. On the first connection it is not yet.
    if (this.host.hasUpdated) this.observe();
  }

  hostUpdated(): void {
    // The first render (the host sets `hasUpdated` after its controllers' hostUpdated).
    if (!this.host.hasUpdated) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private observe(): void {
    this.observer?.observe(this.options.target?.() ?? this.host);
  }
}
