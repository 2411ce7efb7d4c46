// What a visitor sees in a <uzl-news-list>, read from its shadow root: one place for the parts
// that several test files read (test/news-list/*, test/core/other-language.test.ts), so a
// change of markup is one change here.
import { $$, fold } from '../widgets.js';

export function newsHarness(el: Element) {
  return {
    /** The news items, each an `<article part="item">`, in the order shown. */
    items: () => $$(el, 'article[part~="item"]'),
    /** Each item's title, as it reads. */
    titles: () => $$(el, '[part~="title"]').map((h) => fold(h.textContent)),
    /** Each item's date, as it reads. */
    dates: () => $$(el, 'time[part~="date"]').map((t) => fold(t.textContent)),
  };
}
