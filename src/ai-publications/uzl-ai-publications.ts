/**
 * Defines `<uzl-ai-publications>` (`import 'uzl-widgets/ai-publications.js'`). Importing it
 * twice, or next to another copy of the library, leaves the first definition in place.
 */
import { UzlAiPublications } from './ai-publications.js';

export * from './ai-publications.js';

UzlAiPublications.define('uzl-ai-publications');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-ai-publications': UzlAiPublications;
  }
}
