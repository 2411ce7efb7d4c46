// <uzl-event-calendar>'s month grid as a visitor meets it: the demo feed's sessions on a
// Monday-first month, each language's names, busy days kept small, multi-day and all-day
// events, and Brussels times across a DST change or shown in another zone.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { zonedDayKey, addDays } from '../../src/event-calendar/calendar-days.js';
import { $, $$, fold } from '../helpers/widgets.js';
import {
  demoFeed,
  mountSrc,
  mountData,
  title,
  cell,
  chips,
  spoken,
  calendarEvent,
  feedOf,
} from './event-calendar-helpers.js';
import { calendarHarness } from '../helpers/harness/calendar.js';

describe('<uzl-event-calendar>: month view', () => {
  afterEach(() => fixtureCleanup());

  it('shows a Monday-first month with the demo feed’s sessions, other months dimmed', async () => {
    const { el, detail } = await mountSrc(demoFeed('month'), {
      width: 900,
      attrs: 'month="2026-01"',
    });
    expect(detail.count).to.be.greaterThan(30);
    expect(title(el)).to.equal('January 2026');
    const weekdays = $$(el, 'th[part~="weekday"]').map((th) => fold(th.textContent));
    expect(weekdays[0]).to.contain('Monday');
    expect(weekdays[6]).to.contain('Sunday');
    const days = $$(el, 'td[part~="day"]').map((td) => td.dataset.day);
    expect(days[0]).to.equal('2025-12-29');
    expect(days.at(-1)).to.equal('2026-02-01');
    expect($$(el, 'td[part~="outside"]').map((td) => td.dataset.day)).to.deep.equal([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-02-01',
    ]);
    expect(chips(el, '2026-01-09')).to.deep.equal([
      '14:00 Fatigue and cancer: can anything be done?',
    ]);
    expect(chips(el, '2026-01-12')[0]).to.contain('Social services');
    expect(chips(el, '2026-01-15')[0]).to.contain('Grief is raw');
    expect(fold(cell(el, '2026-01-09').querySelector('.label')?.textContent)).to.equal(
      'Friday, 9 January 2026, 1 event',
    );
    // Today is marked wherever it is.
    const today = zonedDayKey(new Date(), 'Europe/Brussels');
    el.month = today.slice(0, 7);
    await el.updateComplete;
    expect(cell(el, today).getAttribute('part')).to.contain('today');
    expect(cell(el, today).getAttribute('aria-current')).to.equal('date');
  });

  it('names months, weekdays and buttons in each language', async () => {
    for (const [lang, month, monday, previous, next] of [
      ['nl', 'januari 2026', 'maandag', 'Vorige maand', 'Volgende maand'],
      ['fr', 'janvier 2026', 'lundi', 'Mois précédent', 'Mois suivant'],
      ['en', 'January 2026', 'Monday', 'Previous month', 'Next month'],
    ]) {
      const { el } = await mountSrc(demoFeed(`lang-${lang}`), {
        lang,
        width: 900,
        attrs: 'month="2026-01"',
      });
      expect(title(el)).to.equal(month);
      expect(fold($(el, 'th')!.textContent)).to.contain(monday);
      const nav = $$(el, '[part~="nav"]');
      expect(nav[0]!.getAttribute('aria-label')).to.equal(previous);
      expect(nav[2]!.getAttribute('aria-label')).to.equal(next);
    }
  });

  it('puts at most three events and "+N more" in a busy day, and keeps the DOM small with 5,000 events', async () => {
    const busy = Array.from({ length: 32 }, (_, i) =>
      calendarEvent(`b${i}`, `2026-05-12T${String(8 + (i % 10)).padStart(2, '0')}:00:00+02:00`),
    );
    const many = Array.from({ length: 5000 }, (_, i) =>
      calendarEvent(`m${i}`, `${addDays('2027-01-01', i % 700)}T10:00:00+01:00`),
    );
    const { el } = await mountData(feedOf([...busy, ...many]), {
      width: 900,
      attrs: 'month="2026-05"',
    });
    const day = cell(el, '2026-05-12');
    expect(day.querySelectorAll('[part~="event"]').length).to.equal(3);
    expect(fold(day.querySelector('[part~="more"]')?.textContent)).to.equal('+29 more');
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.at.most(35 * 3);
    // Speed is measured by the benchmarks (issue 9), not here: paging through a year of a
    // 5,000-event feed must only ever put what the days show into the page.
    for (let i = 0; i < 12; i++) {
      $(el, '[part~="nav"]:last-child')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.at.most(42 * 3);
    }
  });

  it('places multi-day and all-day events on every day they cover', async () => {
    const { el } = await mountData(
      feedOf([
        calendarEvent('fair', '2026-03-30', { end: '2026-04-01', allDay: true }),
        calendarEvent('course', '2026-01-20T09:00:00+01:00', { end: '2026-01-22T17:00:00+01:00' }),
        calendarEvent('late', '2026-01-26T20:00:00+01:00', { end: '2026-01-27T00:00:00+01:00' }),
      ]),
      { width: 900, attrs: 'month="2026-01"' },
    );
    expect(chips(el, '2026-01-20')).to.deep.equal(['09:00 Event course']);
    expect(chips(el, '2026-01-21')).to.deep.equal(['Event course']);
    expect(chips(el, '2026-01-22')).to.deep.equal(['Event course']);
    expect(chips(el, '2026-01-23')).to.deep.equal([]);
    // Ending at midnight does not cover the next day.
    expect(chips(el, '2026-01-27')).to.deep.equal([]);
    el.month = '2026-03';
    await el.updateComplete;
    expect(chips(el, '2026-03-30')).to.deep.equal(['Event fair']);
    expect(chips(el, '2026-03-31')).to.deep.equal(['Event fair']);
    expect(chips(el, '2026-04-01')).to.deep.equal(['Event fair']);
    expect(chips(el, '2026-04-02')).to.deep.equal([]);
  });

  it('shows Brussels times across the March 2026 DST change, and another zone’s with time-zone', async () => {
    const dst = feedOf(
      [
        calendarEvent('before', '2026-03-27T14:00:00+01:00', { end: '2026-03-27T16:00:00+01:00' }),
        calendarEvent('after', '2026-03-30T14:00:00+02:00', { end: '2026-03-30T16:00:00+02:00' }),
        calendarEvent('local', '2026-03-31T14:00', { end: '2026-03-31T16:00' }),
        calendarEvent('utc', '2026-03-28T23:30:00Z'),
      ],
      { timeZone: 'Europe/Brussels' },
    );
    const { el } = await mountData(dst, { width: 900, attrs: 'month="2026-03"' });
    expect(chips(el, '2026-03-27')).to.deep.equal(['14:00 Event before']);
    expect(chips(el, '2026-03-30')).to.deep.equal(['14:00 Event after']);
    expect(chips(el, '2026-03-31')).to.deep.equal(['14:00 Event local']);
    // 23:30 UTC on Saturday is 00:30 on Sunday in Brussels.
    expect(chips(el, '2026-03-29')).to.deep.equal(['00:30 Event utc']);
    el.timeZone = 'America/New_York';
    await el.updateComplete;
    expect(chips(el, '2026-03-27')).to.deep.equal(['09:00 Event before']);
    expect(chips(el, '2026-03-30')).to.deep.equal(['08:00 Event after']);
    // Offset-less times stay the feed's Brussels times, shown in New York.
    expect(chips(el, '2026-03-31')).to.deep.equal(['08:00 Event local']);
    expect(chips(el, '2026-03-28')).to.deep.equal(['19:30 Event utc']);
    cell(el, '2026-03-30').click();
    await el.updateComplete;
    expect(spoken(calendarHarness(el).when()!)).to.equal('Monday, 30 March 2026, 08:00 to 10:00');
  });
});
