/**
 * Defines `<uzl-stats-counter>` (`import 'uzl-widgets/stats-counter.js'`). Importing it twice,
 * or next to another copy of the library, leaves the first definition in place.
 */
import { UzlStatsCounter } from './stats-counter.js';

export * from './stats-counter.js';

UzlStatsCounter.define('uzl-stats-counter');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-stats-counter': UzlStatsCounter;
  }
}
