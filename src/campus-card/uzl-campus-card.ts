/**
 * Defines `<uzl-campus-card>` (`import 'uzl-widgets/campus-card.js'`). Importing it twice, or
 * next to another copy of the library, leaves the first definition in place.
 */
import { UzlCampusCard } from './campus-card.js';

export * from './campus-card.js';

UzlCampusCard.define('uzl-campus-card');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-campus-card': UzlCampusCard;
  }
}
