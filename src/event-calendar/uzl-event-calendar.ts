/**
 * Defines `<uzl-event-calendar>` (`import 'uzl-widgets/event-calendar.js'`). Importing it
 * twice, or next to another copy of the library, leaves the first definition in place.
 */
import { UzlEventCalendar } from './event-calendar.js';

export * from './event-calendar.js';

UzlEventCalendar.define('uzl-event-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-event-calendar': UzlEventCalendar;
  }
}
