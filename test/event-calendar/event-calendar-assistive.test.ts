// <uzl-event-calendar> as a screen reader, a keyboard and a voice meet it (#16): modifier
// chords left to the browser, announcements of what a category leaves, time ranges read as
// words and marked with <time>, buttons named after their event, label in name, every event
// reachable at 320 px; and axe with a day open and in a narrow month.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UzlEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { EventsFeed } from '../../src/event-calendar/events-feed.js';
import { zonedDayKey, addDays } from '../../src/event-calendar/calendar-days.js';
import { $, $$, choose, focused, fold } from '../helpers/widgets.js';
import { pressKeys } from '../helpers/engine.js';
import { until } from '../helpers/feeds.js';
import {
  DEMO,
  demoFeed,
  mountSrc,
  mountData,
  title,
  cell,
  focusedDay,
  spoken,
  accessibleName,
  seen,
  calendarEvent,
  feedOf,
} from './event-calendar-helpers.js';
import { calendarHarness } from '../helpers/harness/calendar.js';

describe('<uzl-event-calendar>: what a screen reader, a keyboard and a voice hear (#16)', () => {
  afterEach(() => fixtureCleanup());

  it('leaves modifier chords to the browser and the screen reader; Ctrl+Home/End go to the month’s first and last day', async () => {
    const { el } = await mountSrc(demoFeed('chords'), { width: 900, attrs: 'month="2026-01"' });
    cell(el, '2026-01-15').focus();
    const moveTo = async (keys: string[], day: string) => {
      await pressKeys(...keys);
      await until(
        () => focusedDay() === day,
        `${keys.join('+')} to reach ${day} (at ${focusedDay()})`,
        2000,
      );
    };
    // What reached the page after the grid, and whether the grid took it: the page then takes
    // it itself, so that Alt+← does not leave the test page.
    const chords: { keys: string; prevented: boolean }[] = [];
    const MODIFIERS = ['Alt', 'Control', 'Meta', 'Shift'];
    const watch = (event: KeyboardEvent) => {
      if (MODIFIERS.includes(event.key)) return;
      if (!event.altKey && !event.ctrlKey && !event.metaKey) return;
      const held = ['Control', 'Alt', 'Meta'].filter(
        (m) => event[`${m === 'Control' ? 'ctrl' : m.toLowerCase()}Key` as 'ctrlKey'],
      );
      chords.push({ keys: [...held, event.key].join('+'), prevented: event.defaultPrevented });
      event.preventDefault();
    };
    window.addEventListener('keydown', watch);
    try {
      const passing = [
        ['Alt', 'ArrowLeft'],
        ['Alt', 'ArrowRight'],
        ['Alt', 'Home'],
        ['Control', 'Alt', 'ArrowLeft'],
        ['Control', 'Alt', 'ArrowRight'],
        ['Control', 'Alt', 'ArrowUp'],
        ['Control', 'Alt', 'ArrowDown'],
        ['Meta', 'ArrowLeft'],
        ['Meta', 'ArrowDown'],
        ['Meta', 'End'],
      ];
      for (const keys of passing) {
        await pressKeys(...keys);
        // A plain arrow after the chord: had the chord moved the day, this lands elsewhere.
        await moveTo(['ArrowRight'], '2026-01-16');
        await moveTo(['ArrowLeft'], '2026-01-15');
      }
      expect(chords).to.deep.equal(
        passing.map((keys) => ({ keys: keys.join('+'), prevented: false })),
      );
      chords.length = 0;
      // Ctrl+Home and Ctrl+End have a meaning of their own: the month's first and last day.
      await moveTo(['Control', 'Home'], '2026-01-01');
      await moveTo(['Control', 'End'], '2026-01-31');
      expect(chords).to.deep.equal([
        { keys: 'Control+Home', prevented: true },
        { keys: 'Control+End', prevented: true },
      ]);
      await moveTo(['Home'], '2026-01-26');
    } finally {
      window.removeEventListener('keydown', watch);
    }
  });

  it('announces what a category leaves, with a count, in the month and in the list', async () => {
    const demo = (await (await fetch(DEMO)).json()) as EventsFeed;
    const inCategory = (id: string) => demo.events.filter((e) => e.category === id);
    const januaryCare = inCategory('cancer-care').filter((e) => e.start.startsWith('2026-01'));
    expect(januaryCare.length).to.equal(2);
    const cases = [
      [
        'en',
        'Cancer and care: 2 events in January 2026',
        'Information session: 1 event in January 2026',
      ],
      [
        'nl',
        'Kanker en zorg: 2 activiteiten in januari 2026',
        'Infosessie: 1 activiteit in januari 2026',
      ],
      [
        'fr',
        'Cancer et soins : 2 activités en janvier 2026',
        "Séance d'information : 1 activité en janvier 2026",
      ],
    ];
    const announced = async (el: UzlEventCalendar, value: string) => {
      await choose(el, 'select[part~="filter"]', value);
      return calendarHarness(el).announcement();
    };
    for (const [lang, care, session] of cases) {
      const { el } = await mountSrc(demoFeed(`announce-${lang}`), {
        lang,
        width: 900,
        attrs: 'month="2026-01"',
      });
      expect(calendarHarness(el).announcement()).to.equal('');
      expect(await announced(el, 'cancer-care')).to.equal(care);
      expect(await announced(el, 'info-session')).to.equal(session);
    }
    // The list counts every event it reaches (with show-past: all of them).
    const { el } = await mountSrc(demoFeed('announce-list'), {
      width: 320,
      attrs: 'view="list" show-past',
    });
    expect(await announced(el, 'info-session')).to.equal(
      `Information session: ${inCategory('info-session').length} events`,
    );
    expect(await announced(el, '')).to.equal(`All categories: ${demo.events.length} events`);
  });

  it('reads a time range as "14:00 to 16:00" in each language, and marks dates and times with <time datetime>', async () => {
    const start = '2026-01-09T14:00:00+01:00';
    const end = '2026-01-09T16:00:00+01:00';
    const feed = feedOf([
      calendarEvent('talk', start, { end }),
      calendarEvent('fair', '2026-01-30', { end: '2026-02-01', allDay: true }),
    ]);
    for (const [lang, locale, to] of [
      ['en', 'en-GB', 'to'],
      ['nl', 'nl-BE', 'tot'],
      ['fr', 'fr-BE', 'à'],
    ] as const) {
      const clock = new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'Europe/Brussels',
      });
      const longDay = (day: string) =>
        new Intl.DateTimeFormat(locale, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${day}T00:00:00Z`));
      const [from, until_] = [clock.format(new Date(start)), clock.format(new Date(end))];
      const { el } = await mountData(feed, { lang, width: 320, attrs: 'view="list" show-past' });
      const talk = $(el, '.list-event[data-id="talk"]')!;
      // Seen with a dash, heard with a word.
      expect(seen(talk)).to.contain(`${from}–${until_}`);
      expect(accessibleName(talk)).to.contain(`${from} ${to} ${until_}`);
      expect(accessibleName(talk)).to.not.contain('–');
      const times = [...talk.querySelectorAll('time')];
      expect(times.map((t) => new Date(t.dateTime).getTime())).to.deep.equal([
        new Date(start).getTime(),
        new Date(end).getTime(),
      ]);
      expect(times.map((t) => fold(t.textContent))).to.deep.equal([from, until_]);
      const days = $$<HTMLTimeElement>(el, '[part~="list-day"] time').map((t) => t.dateTime);
      expect(days).to.deep.equal(['2026-01-09', '2026-01-30']);
      // The details say the day and the time, the same way.
      talk.click();
      await el.updateComplete;
      const when = calendarHarness(el).when()!;
      expect(spoken(when)).to.equal(`${longDay('2026-01-09')}, ${from} ${to} ${until_}`);
      expect(seen(when)).to.equal(`${longDay('2026-01-09')}, ${from}–${until_}`);
      expect([...when.querySelectorAll('time')].map((t) => t.dateTime)[0]).to.equal('2026-01-09');
      $(el, '.list-event[data-id="fair"]')!.click();
      await el.updateComplete;
      const fair = calendarHarness(el).when()!;
      expect(spoken(fair)).to.equal(`${longDay('2026-01-30')} ${to} ${longDay('2026-02-01')}`);
      expect([...fair.querySelectorAll('time')].map((t) => t.dateTime)).to.deep.equal([
        '2026-01-30',
        '2026-02-01',
      ]);
    }
    // The month grid: the month in its heading, each day and each event's start.
    const { el } = await mountData(feed, { width: 900, attrs: 'month="2026-01"' });
    expect($<HTMLTimeElement>(el, '[part~="title"] time')?.dateTime).to.equal('2026-01');
    expect(cell(el, '2026-01-09').querySelector<HTMLTimeElement>('.label time')?.dateTime).to.equal(
      '2026-01-09',
    );
    const chipTime = cell(el, '2026-01-09').querySelector<HTMLTimeElement>('[part~="event"] time');
    expect(new Date(chipTime!.dateTime).getTime()).to.equal(new Date(start).getTime());
  });

  it('names each "Add to calendar" button of a busy day after its event', async () => {
    const busy = Array.from({ length: 32 }, (_, i) =>
      calendarEvent(`b${i}`, `2026-05-12T${String(8 + (i % 10)).padStart(2, '0')}:00:00+02:00`),
    );
    for (const [lang, add] of [
      ['en', 'Add to calendar'],
      ['nl', 'Toevoegen aan agenda'],
    ] as const) {
      const { el } = await mountData(feedOf(busy), {
        lang,
        width: 900,
        attrs: 'month="2026-05"',
      });
      cell(el, '2026-05-12').focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => $$(el, '[part~="details"] [part~="add"]').length === 32,
        "the day's 32 events",
      );
      const names = $$(el, '[part~="details"] .event-details').map((article) => {
        const button = article.querySelector('[part~="add"]')!;
        const title = fold(article.querySelector('.event-title')?.textContent);
        const name = accessibleName(button);
        // Short to see; the name starts with what is seen (voice control) and names the event.
        expect(seen(button)).to.equal(add);
        expect(name.startsWith(add), name).to.equal(true);
        expect(name).to.contain(title);
        return name;
      });
      expect(new Set(names).size).to.equal(32);
    }
  });

  it('shows words on the month buttons that their names contain (label in name)', async () => {
    for (const [lang, previous, next] of [
      ['en', 'Previous month', 'Next month'],
      ['nl', 'Vorige maand', 'Volgende maand'],
      ['fr', 'Mois précédent', 'Mois suivant'],
    ] as const) {
      // At 320 px, where the words take the most room.
      const { el } = await mountSrc(demoFeed(`label-${lang}`), {
        lang,
        width: 320,
        attrs: 'view="month" month="2026-01"',
      });
      const [back, , forward] = $$(el, '[part~="nav"]');
      const root = $(el, '.uzl-root')!.getBoundingClientRect();
      for (const button of $$(el, '[part~="nav"]')) {
        const box = button.getBoundingClientRect();
        expect(box.right, `${fold(button.textContent)} within the widget`).to.be.at.most(
          root.right + 0.5,
        );
      }
      for (const [button, name] of [
        [back!, previous],
        [forward!, next],
      ] as const) {
        expect(accessibleName(button)).to.equal(name);
        const shown =
          seen(button)
            .toLowerCase()
            .match(/\p{L}+/gu) ?? [];
        expect(shown, `the words on "${name}"`).to.not.deep.equal([]);
        for (const word of shown) expect(name.toLowerCase().split(' ')).to.include(word);
      }
      back!.click();
      await el.updateComplete;
      expect(title(el)).to.equal(
        new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(2025, 11, 1)),
      );
    }
  });

  it('reaches every event at 320 px by keyboard, past months included ("Show earlier", "Show later")', async function () {
    this.timeout(60000);
    const today = zonedDayKey(new Date(), 'Europe/Brussels');
    const past = Array.from({ length: 25 }, (_, i) =>
      calendarEvent(`p${String(i).padStart(2, '0')}`, `${addDays(today, i - 40)}T10:00:00`),
    );
    const upcoming = Array.from({ length: 30 }, (_, i) =>
      calendarEvent(`u${String(i).padStart(2, '0')}`, `${addDays(today, i + 1)}T10:00:00`),
    );
    const { el } = await mountData(feedOf([...upcoming, ...past]), { width: 320 });
    expect($(el, '[part~="list"]')).to.not.equal(null);
    expect(calendarHarness(el).listEvents().length).to.equal(20);
    const after = document.createElement('button');
    after.textContent = 'after the calendar';
    el.after(after);
    const live = () => calendarHarness(el).announcement();
    // Tab through the widget as a keyboard user does, pressing Enter on "Show earlier" and
    // "Show later", until the keyboard leaves it.
    $<HTMLElement>(el, '.add-all')!.focus();
    const reached: string[] = [];
    const said: string[] = [];
    const landed: string[] = [];
    for (let step = 0; step < 150 && focused() !== after; step++) {
      const at = focused() as HTMLElement | null;
      expect(at && el.shadowRoot!.contains(at), `focus in the widget (step ${step})`).to.equal(
        true,
      );
      if (at!.dataset.id) reached.push(at!.dataset.id);
      if (at!.matches('[part~="show-more"]')) {
        const count = calendarHarness(el).listEvents().length;
        await sendKeys({ press: 'Enter' });
        await until(() => calendarHarness(el).listEvents().length > count, 'more events');
        await el.updateComplete;
        await until(
          () => focused() === at || (focused()?.classList.contains('list-event') ?? false),
          'focus on the button or the first event revealed',
        );
        await until(() => live() !== '', 'the announcement');
        said.push(live());
        landed.push((focused() as HTMLElement).dataset.id ?? 'the button');
        continue;
      }
      await sendKeys({ press: 'Tab' });
      await until(() => focused() !== at, `Tab from ${at!.dataset.id ?? at!.className}`);
    }
    expect(focused()).to.equal(after);
    const all = [...past, ...upcoming].map((e) => e.id);
    expect(reached).to.deep.equal(all);
    expect(said).to.deep.equal([
      '20 more events shown',
      '5 more events shown',
      '10 more events shown',
    ]);
    // "Show earlier" keeps the keyboard while it has more to show (what it revealed follows
    // it), then hands it to the first event; "Show later" hands it to the first it revealed.
    expect(landed).to.deep.equal(['the button', 'p00', 'u20']);
    after.remove();
  });
});

describe('<uzl-event-calendar>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  // Loading, empty, error and the demo feed in both views are checked in every language by
  // the shared suite.
  it('is axe-clean with a day open, and in a narrow month', async () => {
    const month = await mountSrc(demoFeed('axe-month'), { width: 900, attrs: 'month="2026-01"' });
    cell(month.el, '2026-01-09').click();
    await month.el.updateComplete;
    await expect(month.el).to.be.accessible();
    for (const lang of ['nl', 'fr']) {
      const narrow = await mountSrc(demoFeed(`axe-narrow-${lang}`), {
        width: 320,
        lang,
        attrs: 'view="month" month="2026-03"',
      });
      await expect(narrow.el).to.be.accessible();
    }
  });
});
