// What a visitor sees in a <uzl-event-calendar>, read from its shadow root: one place for the
// parts that several test files read (test/event-calendar/*, test/core/*), so a change of
// markup is one change here.
import { $, $$, fold } from '../widgets.js';

export function calendarHarness(el: Element) {
  const cell = (day: string) => $(el, `td[data-day="${day}"]`)!;
  return {
    /** The heading: the month shown, or "Upcoming events" over the list. */
    title: () => fold($(el, '[part~="title"]')?.textContent),
    /** The month grid's cell of `day` (`2026-01-09`). */
    cell,
    /** The events shown in `day`'s cell, as they read ("14:00 Title"). */
    chips: (day: string) =>
      [...cell(day).querySelectorAll('[part~="event"]')].map((c) => fold(c.textContent)),
    /** The open details' date and time line. */
    when: () => $(el, '.when'),
    /** The polite live region, and what it says now. */
    liveRegion: () => $(el, '[aria-live="polite"]'),
    announcement: () => fold($(el, '[aria-live="polite"]')?.textContent),
    /** The list view's event buttons, in the order shown. */
    listEvents: () => $$(el, '.list-event'),
  };
}
