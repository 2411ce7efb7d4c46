// <uzl-event-calendar>'s filters and its list view: category and campus from the attributes
// and the toolbar, the list from today with show-past and limit, the view picked by width,
// and "Show earlier" when nothing is upcoming.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventsFeed } from '../../src/event-calendar/events-feed.js';
import { zonedDayKey, addDays } from '../../src/event-calendar/calendar-days.js';
import { $, $$, choose, focused, fold } from '../helpers/widgets.js';
import { until } from '../helpers/feeds.js';
import {
  DEMO,
  demoFeed,
  mountSrc,
  mountData,
  title,
  calendarEvent,
  feedOf,
} from './event-calendar-helpers.js';
import { calendarHarness } from '../helpers/harness/calendar.js';

describe('<uzl-event-calendar>: filters and list view', () => {
  afterEach(() => fixtureCleanup());

  it('filters by category (attribute and toolbar) and campus', async () => {
    const { el, detail } = await mountSrc(demoFeed('filter'), {
      width: 900,
      attrs: 'month="2026-01" category="cancer-care"',
    });
    // uzl-load counts the events the attribute filters let through, as the news list does.
    const demo = (await (await fetch(DEMO)).json()) as EventsFeed;
    const cancerCare = demo.events.filter((e) => e.category === 'cancer-care');
    expect(detail.count).to.equal(cancerCare.length);
    expect(cancerCare.length).to.be.lessThan(demo.events.length);
    const withEvents = () =>
      $$(el, 'td[part~="day"]')
        .filter((td) => td.querySelector('[part~="event"]'))
        .map((td) => td.dataset.day);
    expect(withEvents()).to.deep.equal(['2026-01-09', '2026-01-15']);
    expect($<HTMLSelectElement>(el, 'select[part~="filter"]')!.value).to.equal('cancer-care');
    await choose(el, 'select[part~="filter"]', 'info-session');
    expect(withEvents()).to.deep.equal(['2026-01-12']);
    await choose(el, 'select[part~="filter"]', '');
    el.campus = 'gasthuisberg';
    await el.updateComplete;
    expect(withEvents()).to.deep.equal(['2026-01-09', '2026-01-15']);
    // A campus the feed does not have is ignored, as every unknown id is (test/core/unknown-ids.test.ts).
    el.campus = 'nowhere';
    await el.updateComplete;
    expect(withEvents()).to.deep.equal(['2026-01-09', '2026-01-12', '2026-01-15']);
  });

  it('lists events by day from today, with show-past and limit, and picks the view by width', async () => {
    const today = zonedDayKey(new Date(), 'Europe/Brussels');
    const events = [
      calendarEvent('past', `${addDays(today, -3)}T10:00:00+01:00`),
      calendarEvent('soon', `${addDays(today, 2)}T10:00:00+01:00`),
      calendarEvent('later', `${addDays(today, 9)}T10:00:00+01:00`),
      calendarEvent('running', addDays(today, -1), { end: addDays(today, 1), allDay: true }),
    ];
    const { el } = await mountData(feedOf(events), { width: 400 });
    expect(el.shadowRoot!.querySelector('[part~="list"]')).to.not.equal(null);
    const listed = () => $$(el, '.list-event .event-title').map((t) => fold(t.textContent));
    expect(listed()).to.deep.equal(['Event running', 'Event soon', 'Event later']);
    expect(title(el)).to.equal('Upcoming events');
    el.limit = 2;
    await el.updateComplete;
    expect(listed()).to.deep.equal(['Event running', 'Event soon']);
    el.limit = 20;
    el.showPast = true;
    await el.updateComplete;
    expect(listed()).to.deep.equal(['Event past', 'Event running', 'Event soon', 'Event later']);
    // Wider: the month grid; narrower again: the list.
    el.parentElement!.style.width = '800px';
    await until(() => !!$(el, '[part~="grid"]'), 'the month view at 800 px');
    el.parentElement!.style.width = '320px';
    await until(() => !!$(el, '[part~="list"]'), 'the list view at 320 px');
    // Opening from the list, Escape returns to the event.
    calendarHarness(el).listEvents()[0]!.click();
    await until(() => !!$(el, '[part~="details"]'), 'details from the list');
    await sendKeys({ press: 'Escape' });
    await until(
      () => focused()?.classList.contains('list-event') ?? false,
      'focus back on the event',
    );
  });
});

describe('<uzl-event-calendar>: the list’s earlier and later events', () => {
  afterEach(() => fixtureCleanup());

  it('offers the past when nothing is upcoming, and starts again at today for another category', async () => {
    const today = zonedDayKey(new Date(), 'Europe/Brussels');
    const { el } = await mountData(
      feedOf(
        [
          calendarEvent('a', `${addDays(today, -60)}T10:00:00`, { category: 'x' }),
          calendarEvent('b', `${addDays(today, -30)}T10:00:00`, { category: 'x' }),
          calendarEvent('c', `${addDays(today, 3)}T10:00:00`, { category: 'y' }),
        ],
        {
          categories: [
            { id: 'x', label: 'X' },
            { id: 'y', label: 'Y' },
          ],
        },
      ),
      { width: 320, attrs: 'category="x" limit="1"' },
    );
    const listed = () =>
      calendarHarness(el)
        .listEvents()
        .map((b) => b.dataset.id);
    expect(fold($(el, '.uzl-empty')?.textContent)).to.equal('No upcoming events.');
    expect(listed()).to.deep.equal([]);
    $(el, '.show-earlier')!.click();
    await el.updateComplete;
    expect(listed()).to.deep.equal(['b']);
    $(el, '.show-earlier')!.click();
    await el.updateComplete;
    expect(listed()).to.deep.equal(['a', 'b']);
    expect($(el, '.show-earlier')).to.equal(null);
    // Past events under their own day, before the note that nothing is upcoming.
    expect(
      $$(el, '[part~="list-day"] time').map((t) => (t as HTMLTimeElement).dateTime),
    ).to.deep.equal([addDays(today, -60), addDays(today, -30)]);
    expect(fold($(el, '.uzl-empty')?.textContent)).to.equal('No upcoming events.');
    await choose(el, 'select[part~="filter"]', 'y');
    expect(listed()).to.deep.equal(['c']);
    await choose(el, 'select[part~="filter"]', 'x');
    expect(listed()).to.deep.equal([]);
    expect($(el, '.show-earlier')).to.not.equal(null);
  });
});
