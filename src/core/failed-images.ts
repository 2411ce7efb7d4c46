import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The images of a feed that failed to load: a widget shows their item without a picture
 * rather than with a broken one. Bind `onError` to each `<img>` and ask `has(src)`.
 */
export class FailedImages implements ReactiveController {
  private failed: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the image at this (resolved) URL failed. */
  has(src: string): boolean {
    return this.failed.has(src);
  }

  /** For `@error` on an `<img>`: remembers its URL and renders again without it. */
  readonly onError = (event: Event): void => {
    const src = (event.currentTarget as HTMLImageElement).getAttribute('src');
    if (!src || this.failed.has(src)) return;
    this.failed = new Set(this.failed).add(src);
    this.host.requestUpdate();
  };
}
