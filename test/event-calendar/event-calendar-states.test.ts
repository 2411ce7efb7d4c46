// <uzl-event-calendar> and the contract every feed widget keeps (test/suites/feed-element.suite.ts):
// loading, empty, error, Retry, axe in every state and language, reserved space and hostile
// feed content, in the month view and the list view.
import { expect } from '@open-wc/testing';
import { $$ } from '../helpers/widgets.js';
import { runFeedElementSuite } from '../suites/feed-element.suite.js';
import { DEMO, FALLBACK, cell, calendarEvent, feedOf } from './event-calendar-helpers.js';

runFeedElementSuite({
  tag: 'uzl-event-calendar',
  demo: DEMO,
  fallbackHtml: FALLBACK,
  emptyFeed: () => feedOf([]),
  emptyText: {
    nl: 'Momenteel zijn er geen activiteiten gepland.',
    en: 'No events planned at the moment.',
    fr: 'Aucune activité n’est prévue pour le moment.',
  },
  variants: [
    { name: 'month view', attrs: 'month="2026-01"', widths: [900], count: 34 },
    {
      name: 'list view',
      attrs: 'view="list" show-past',
      widths: [320],
      count: 34,
      // The placeholder is a month grid's height in either view (--_uzl-loading-height in
      // event-calendar.styles.ts): 616 px for a 2,878 px list of 20 events at 320 px.
      reserve: false,
    },
  ],
  reserve: [0.8, 1.25],
  hostile: {
    feed: () =>
      feedOf([
        calendarEvent('x', '2026-01-09T14:00:00+01:00', {
          title: '<img src=x onerror="window.__pwned=1">',
          description: '<script>window.__pwned=1</script>',
          registrationUrl: 'javascript:window.__pwned=1',
          url: 'javascript:alert(1)',
          online: { platform: '<b>Teams</b>', url: 'data:text/html,hello' },
        }),
      ]),
    attrs: 'month="2026-01"',
    width: 900,
    texts: ['<img src=x onerror="window.__pwned=1">', 'Online via <b>Teams</b>'],
    urls: /^https?:/,
    async reveal(el) {
      cell(el, '2026-01-09').click();
      await el.updateComplete;
    },
    check(el) {
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect($$(el, '[part~="details"] a')).to.deep.equal([]);
    },
  },
});
