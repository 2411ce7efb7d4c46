import type { FeedErrorKind } from './feed-error.js';

/** `uzl-load`: the feed's data has rendered. */
export interface UzlLoadDetail {
  /** The feed URL as resolved against the page; '' when the data came from the `data` property. */
  src: string;
  /** How many items are shown (after bad items were skipped). */
  count: number;
  /**
   * True when a periodic refresh (the `refresh` attribute) brought the data; false for the
   * first load of a `src` (also after `src` changed), a Retry and data given as a property.
   */
  refresh: boolean;
}

/** `uzl-error`: the feed could not be loaded or read. */
export interface UzlErrorDetail {
  src: string;
  kind: FeedErrorKind;
  /** The HTTP status, for kind `http`. */
  status?: number;
  /** What went wrong, in English, for the page's developers (the visitor sees a localized message). */
  message: string;
  /**
   * With `persist`: the last good copy stays on screen instead of the error, with a note; this
   * is when it was fetched (an ISO 8601 string, as `new Date()` reads it). Absent otherwise.
   */
  copyFrom?: string;
}

/** `uzl-month-change` (`<uzl-event-calendar>`): the visitor moved to another month. */
export interface UzlMonthChangeDetail {
  /** The month now shown, `YYYY-MM`. */
  month: string;
}

/** `uzl-event-select` (`<uzl-event-calendar>`): the visitor opened an event's details. */
export interface UzlEventSelectDetail {
  /** The event's id in the feed. */
  id: string;
}

/** `uzl-domain-change` (`<uzl-ai-publications>`): the visitor chose a domain in the filter, or followed a link to one. */
export interface UzlDomainChangeDetail {
  /** The chosen domain's id, or `null` for all domains. */
  domain: string | null;
}

// Every event of every element is declared here, once, in GlobalEventHandlersEventMap (so
// `addEventListener('uzl-load', e => e.detail.count)` is typed for page code too); the names
// and detail types below are derived from these declarations. Each element names its own
// with `@fires` in its class's JSDoc, which custom-elements.json reads.
declare global {
  interface GlobalEventHandlersEventMap {
    'uzl-load': CustomEvent<UzlLoadDetail>;
    'uzl-error': CustomEvent<UzlErrorDetail>;
    'uzl-month-change': CustomEvent<UzlMonthChangeDetail>;
    'uzl-event-select': CustomEvent<UzlEventSelectDetail>;
    'uzl-domain-change': CustomEvent<UzlDomainChangeDetail>;
  }
}

/** The name of every uzl event: `uzl-load`, `uzl-error` and the elements' own. */
export type UzlEventName = Extract<keyof GlobalEventHandlersEventMap, `uzl-${string}`>;

/** An event's `detail` type, as its declaration says. */
export type UzlEventDetail<K extends UzlEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Every uzl event's detail, by name. */
export type UzlEventMap = { [K in UzlEventName]: UzlEventDetail<K> };

/** Fires a bubbling, composed event: it reaches listeners outside any shadow root. */
export function emitEvent<K extends UzlEventName>(
  target: EventTarget,
  name: K,
  detail: UzlEventDetail<K>,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
