// <uzl-event-calendar> by keyboard: the grid is one tab stop that arrows, Home/End and
// PageUp/PageDown move (through sendKeys and real key chords), Enter and Escape open and close
// a day, and Tab reaches the focused day's own events.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { zonedDayKey, dayForKey } from '../../src/event-calendar/calendar-days.js';
import { $, $$, focused, fold } from '../helpers/widgets.js';
import { pressKeys } from '../helpers/engine.js';
import { nextEvent, until } from '../helpers/feeds.js';
import {
  demoFeed,
  mountSrc,
  mountData,
  title,
  cell,
  focusedDay,
  spoken,
  calendarEvent,
  feedOf,
} from './event-calendar-helpers.js';
import { calendarHarness } from '../helpers/harness/calendar.js';

describe('<uzl-event-calendar>: keyboard', () => {
  afterEach(() => fixtureCleanup());

  it('is one tab stop that arrows, Home/End and PageUp/PageDown move, announcing each new month', async () => {
    const { el } = await mountSrc(demoFeed('keys'), { width: 900, attrs: 'month="2026-01"' });
    expect($$(el, '[part~="grid"] td[tabindex="0"]').length).to.equal(1);
    cell(el, '2026-01-01').focus();
    const months: string[] = [];
    el.addEventListener('uzl-month-change', (e) => months.push(e.detail.month));
    const press = async (key: string, day: string) => {
      await pressKeys(...key.split('+'));
      await el.updateComplete;
      await until(() => focusedDay() === day, `${key} to reach ${day} (at ${focusedDay()})`, 2000);
    };
    await press('ArrowRight', '2026-01-02');
    await press('ArrowDown', '2026-01-09');
    await press('Home', '2026-01-05');
    await press('End', '2026-01-11');
    await press('ArrowUp', '2026-01-04');
    await press('ArrowLeft', '2026-01-03');
    await press('PageDown', '2026-02-03');
    expect(title(el)).to.equal('February 2026');
    expect(calendarHarness(el).announcement()).to.equal('February 2026');
    await press('Shift+PageDown', '2027-02-03');
    await press('Shift+PageUp', '2026-02-03');
    await press('PageUp', '2026-01-03');
    expect(months).to.deep.equal(['2026-02', '2027-02', '2026-02', '2026-01']);
    expect($$(el, '[part~="grid"] td[tabindex="0"]').map((c) => c.dataset.day)).to.deep.equal([
      '2026-01-03',
    ]);
    // Enter opens the day's events, Escape closes them and returns to the day.
    await press('ArrowDown', '2026-01-10');
    await press('ArrowLeft', '2026-01-09');
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '[part~="details"]'), 'the details panel');
    expect(fold($(el, '[part~="details"]')!.textContent)).to.contain('Fatigue and cancer');
    expect(spoken(calendarHarness(el).when()!)).to.equal('Friday, 9 January 2026, 14:00 to 16:00');
    await until(
      () => focused()?.classList.contains('details-title') ?? false,
      'focus on the details',
    );
    await sendKeys({ press: 'Escape' });
    await until(() => focusedDay() === '2026-01-09', 'focus back on the day');
    expect($(el, '[part~="details"]')).to.equal(null);
    await sendKeys({ press: ' ' });
    await until(() => !!$(el, '[part~="details"]'), 'Space to open the details');
    // Previous / Today / Next.
    const [previous, today, next] = $$<HTMLButtonElement>(el, '[part~="nav"]');
    next!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('February 2026');
    previous!.click();
    previous!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('December 2025');
    today!.click();
    await el.updateComplete;
    expect(cell(el, zonedDayKey(new Date(), 'Europe/Brussels')).tabIndex).to.equal(0);
  });

  it('opens one event from its chip, firing uzl-event-select', async () => {
    const { el } = await mountSrc(demoFeed('select'), { width: 900, attrs: 'month="2026-01"' });
    const selected = nextEvent<{ id: string }>(el, 'uzl-event-select');
    cell(el, '2026-01-12').querySelector<HTMLElement>('[part~="event"]')!.click();
    expect((await selected).detail).to.deep.equal({
      id: '2026-01-12-social-and-financial-support',
    });
    await el.updateComplete;
    const details = spoken($(el, '[part~="details"]')!);
    expect(details).to.contain('Online via Microsoft Teams');
    expect(details).to.contain('Monday, 12 January 2026, 14:00 to 16:00');
  });
  it('moves by the keys across the ends of months, years and weeks (dayForKey)', () => {
    expect(dayForKey('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(dayForKey('2024-02-29', 'PageDown', { shiftKey: true })).to.equal('2025-02-28');
    expect(dayForKey('2026-01-01', 'ArrowLeft')).to.equal('2025-12-31');
    expect(dayForKey('2025-12-29', 'ArrowDown')).to.equal('2026-01-05');
    // 4 January 2026 is a Sunday: its week runs from Monday 29 December.
    expect(dayForKey('2026-01-04', 'Home')).to.equal('2025-12-29');
    expect(dayForKey('2026-01-04', 'End')).to.equal('2026-01-04');
    expect(dayForKey('2026-01-04', 'Tab')).to.equal(undefined);
    expect(dayForKey('2026-01-04', 'Enter')).to.equal(undefined);
    // Chords: Ctrl+Home and Ctrl+End go to the month's ends; the rest is the browser's.
    expect(dayForKey('2026-01-15', 'Home', { ctrlKey: true })).to.equal('2026-01-01');
    expect(dayForKey('2026-02-15', 'End', { ctrlKey: true })).to.equal('2026-02-28');
    expect(dayForKey('2026-01-15', 'PageDown', { ctrlKey: true })).to.equal(undefined);
    expect(dayForKey('2026-01-15', 'ArrowLeft', { altKey: true })).to.equal(undefined);
    expect(dayForKey('2026-01-15', 'ArrowLeft', { ctrlKey: true, altKey: true })).to.equal(
      undefined,
    );
    expect(dayForKey('2026-01-15', 'Home', { metaKey: true })).to.equal(undefined);
  });
});

describe("<uzl-event-calendar>: keyboard into a day's events", () => {
  afterEach(() => fixtureCleanup());

  const busyDay = Array.from({ length: 5 }, (_, i) =>
    calendarEvent(`k${i}`, `2026-05-12T${String(9 + i).padStart(2, '0')}:00:00+02:00`),
  );

  it("puts the focused day's events after it in the tab order, and only that day's", async () => {
    const { el } = await mountData(
      feedOf([...busyDay, calendarEvent('other', '2026-05-13T10:00:00+02:00')]),
      { width: 900, attrs: 'month="2026-05"' },
    );
    const tabbable = () =>
      $$(el, '[part~="grid"] [tabindex="0"]').map(
        (e) => e.dataset.day ?? e.dataset.id ?? e.part.value,
      );
    cell(el, '2026-05-12').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focusedDay() === '2026-05-11', 'ArrowLeft to the 11th');
    expect(tabbable()).to.deep.equal(['2026-05-11']);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedDay() === '2026-05-12', 'ArrowRight to the 12th');
    await el.updateComplete;
    expect(tabbable()).to.deep.equal(['2026-05-12', 'k0', 'k1', 'k2', 'more']);
    expect(cell(el, '2026-05-13').querySelector<HTMLElement>('[part~="event"]')!.tabIndex).to.equal(
      -1,
    );
  });

  it('Tab goes from the day to its first event, Enter opens it, Escape returns to it', async () => {
    const { el } = await mountData(feedOf(busyDay), { width: 900, attrs: 'month="2026-05"' });
    cell(el, '2026-05-12').focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedDay() === '2026-05-13', 'ArrowRight to the 13th');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focusedDay() === '2026-05-12', 'back to the 12th');
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await until(
      () => (focused() as HTMLElement | null)?.dataset.id === 'k0',
      'Tab to the first event',
    );
    expect(focused()!.localName).to.equal('button');
    expect(fold(focused()!.textContent)).to.equal('09:00 Event k0');
    await sendKeys({ press: 'Tab' });
    await until(
      () => (focused() as HTMLElement | null)?.dataset.id === 'k1',
      'Tab to the second event',
    );
    const selected = nextEvent<{ id: string }>(el, 'uzl-event-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'k1' });
    await until(
      () => focused()?.classList.contains('details-title') ?? false,
      'focus on the details',
    );
    expect(fold($(el, '.details-title')?.textContent)).to.equal('Event k1');
    expect(fold(calendarHarness(el).when()?.textContent)).to.equal('Tuesday, 12 May 2026, 10:00');
    await sendKeys({ press: 'Escape' });
    await until(
      () => (focused() as HTMLElement | null)?.dataset.id === 'k1',
      'focus back on the event',
    );
    expect($(el, '[part~="details"]')).to.equal(null);
    // Shift+Tab back to the day, whose arrows still move the grid.
    await pressKeys('Shift', 'Tab');
    await until(
      () => (focused() as HTMLElement | null)?.dataset.id === 'k0',
      'Shift+Tab to the first event',
    );
    await pressKeys('Shift', 'Tab');
    await until(() => focusedDay() === '2026-05-12', 'Shift+Tab to the day');
    // "+N more" is a button opening the day's list; Escape returns to it.
    for (const id of ['k0', 'k1', 'k2']) {
      await sendKeys({ press: 'Tab' });
      await until(() => (focused() as HTMLElement | null)?.dataset.id === id, `Tab to ${id}`);
    }
    await sendKeys({ press: 'Tab' });
    await until(() => focused()?.getAttribute('part') === 'more', 'Tab to "+2 more"');
    expect(fold(focused()!.textContent)).to.equal('+2 more');
    await sendKeys({ press: ' ' });
    await until(() => focused()?.classList.contains('details-title') ?? false, "the day's list");
    expect($$(el, '[part~="details"] .event-details').length).to.equal(5);
    await sendKeys({ press: 'Escape' });
    await until(() => focused()?.getAttribute('part') === 'more', 'focus back on "+2 more"');
  });
});
