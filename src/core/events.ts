import type { FeedErrorKind } from './feed-error.js';

/** `uzl-load`: the feed's data has rendered. */
export interface UzlLoadDetail {
  /** The feed URL as resolved against the page; '' when the data came from the `data` property. */
  src: string;
  /** How many items are shown (after bad items were skipped). */
  count: number;
}

/** `uzl-error`: the feed could not be loaded or read. */
export interface UzlErrorDetail {
  src: string;
  kind: FeedErrorKind;
  /** The HTTP status, for kind `http`. */
  status?: number;
  /** What went wrong, in English, for the page's developers (the visitor sees a localized message). */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uzl-load': CustomEvent<UzlLoadDetail>;
    'uzl-error': CustomEvent<UzlErrorDetail>;
  }
}

/** The events every widget may fire, by name; element-specific events add themselves here. */
export interface UzlEventMap {
  'uzl-load': UzlLoadDetail;
  'uzl-error': UzlErrorDetail;
}

/** Fires a bubbling, composed event: it reaches listeners outside any shadow root. */
export function emitEvent<K extends keyof UzlEventMap>(
  target: EventTarget,
  name: K,
  detail: UzlEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
