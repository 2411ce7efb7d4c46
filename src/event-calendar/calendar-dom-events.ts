/**
 * The DOM events `<uzl-event-calendar>` fires besides the core's `uzl-load` and `uzl-error`:
 * their details, declared once in GlobalEventHandlersEventMap, which types both `this.emit()`
 * and the page's `addEventListener`.
 */

/** `uzl-month-change`: the visitor moved to another month. */
export interface UzlMonthChangeDetail {
  /** The month now shown, `YYYY-MM`. */
  month: string;
}

/** `uzl-event-select`: the visitor opened an event's details. */
export interface UzlEventSelectDetail {
  /** The event's id in the feed. */
  id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uzl-month-change': CustomEvent<UzlMonthChangeDetail>;
    'uzl-event-select': CustomEvent<UzlEventSelectDetail>;
  }
}
