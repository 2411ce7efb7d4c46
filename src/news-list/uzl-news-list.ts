/**
 * Defines `<uzl-news-list>` (`import 'uzl-widgets/news-list.js'`). Importing it twice, or
 * next to another copy of the library, leaves the first definition in place.
 */
import { UzlNewsList } from './news-list.js';

export * from './news-list.js';

UzlNewsList.define('uzl-news-list');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-news-list': UzlNewsList;
  }
}
