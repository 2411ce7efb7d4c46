// <uzl-event-calendar> as it looks, measured in the page: event titles readable in the month
// grid, the category filter inside the widget at 200 % text and with a visitor's text spacing,
// other months' days told apart in forced colours.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/event-calendar/uzl-event-calendar.js';
import type { UzlEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { CalendarEvent, EventsFeed } from '../../src/event-calendar/events-feed.js';
import { $, $$, choose, fold, widgetMounter } from '../helpers/widgets.js';
import { skipIn, withForcedColors } from '../helpers/engine.js';
import { backgroundOf, contrast, ratio, systemColor, textColorOf } from '../helpers/contrast.js';
import { addStyleSheet, TEXT_SPACING_STAR, textLayoutProblems } from '../helpers/text-layout.js';

const { mountData } = widgetMounter<UzlEventCalendar>('uzl-event-calendar', '');

const TITLE = {
  en: 'Fatigue and cancer: can anything be done about it?',
  nl: 'Vermoeidheid en kanker: kan er iets aan gedaan worden?',
  fr: 'Fatigue et cancer : que peut-on y faire ?',
};

const feed = (events: CalendarEvent[]): EventsFeed => ({
  version: 1,
  categories: [
    { id: 'care', label: { en: 'Cancer and care', nl: 'Kanker en zorg', fr: 'Cancer et soins' } },
    {
      id: 'long',
      label: {
        en: 'Information sessions for patients, their families and informal carers',
        nl: 'Informatiesessies voor patiënten, hun familie en mantelzorgers',
        fr: 'Séances d’information pour les patients, leurs familles et leurs aidants proches',
      },
    },
  ],
  events,
});

const oneEvent = feed([
  { id: 'fatigue', title: TITLE, start: '2026-01-09T14:00:00+01:00', category: 'care' },
]);

/** `el`'s first text of its own (not its children's). */
const ownText = (el: Element) =>
  [...el.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim());

/** The characters of `el`'s own text that show: inside every box around them that hides overflow. */
function shownText(el: Element): string {
  const node = ownText(el);
  if (!node) return '';
  const windows: DOMRect[] = [];
  for (
    let box: Element | null = el;
    box && !(box instanceof HTMLTableElement);
    box = box.parentElement
  ) {
    const style = getComputedStyle(box);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = box.getBoundingClientRect();
      windows.push(
        new DOMRect(
          r.left + box.clientLeft,
          r.top + box.clientTop,
          box.clientWidth,
          box.clientHeight,
        ),
      );
    }
  }
  const range = document.createRange();
  let shown = '';
  for (let i = 0; i < node.data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    const inside = windows.every(
      (w) =>
        r.left >= w.left - 0.5 &&
        r.right <= w.right + 0.5 &&
        r.top >= w.top - 0.5 &&
        r.bottom <= w.bottom + 0.5,
    );
    if (inside && r.width + r.height > 0) shown += node.data[i];
  }
  return shown;
}

describe('<uzl-event-calendar>: readable titles in the month grid', () => {
  afterEach(() => fixtureCleanup());

  // 714 px is the calendar's width on the demo page in a 1280 px window, where a day is about
  // 100 px wide; 560 px is the narrowest width that shows the month by default (80 px a day,
  // two short words a line). Before, the time and the title shared one line: "14:00 Ver…".
  for (const [width, fewest] of [
    [714, 18],
    [560, 10],
  ] as const) {
    for (const lang of ['en', 'nl', 'fr'] as const) {
      it(`shows the time on a line of its own and a good part of the title at ${width} px (${lang})`, async () => {
        const { el } = await mountData(oneEvent, { width, lang, attrs: 'month="2026-01"' });
        const chip = $(el, 'td[data-day="2026-01-09"] [part~="event"]')!;
        const time = chip.querySelector('.time')!;
        // The title's own box since the fix; before it, the title was text of the chip itself.
        const title = chip.querySelector('.chip-title') ?? chip;
        // What a screen reader reads is the whole title, whatever shows.
        expect(fold(chip.textContent)).to.equal(`14:00 ${TITLE[lang]}`);
        expect(shownText(time), 'the time shows whole').to.equal('14:00');
        const range = document.createRange();
        range.selectNodeContents(ownText(title)!);
        expect(range.getClientRects()[0]!.top, 'the title starts below the time').to.be.at.least(
          time.getBoundingClientRect().bottom - 1,
        );
        const shown = shownText(title);
        expect(TITLE[lang].startsWith(shown), `"${shown}" begins the title`).to.equal(true);
        expect(shown.length, `"${shown}" shows of "${TITLE[lang]}"`).to.be.at.least(fewest);
        // A day of one event keeps the least height (6.5rem) that every week reserves.
        const row = chip.closest('tr')!.getBoundingClientRect().height;
        const least = 6.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
        expect(row, 'the week with the event').to.be.at.most(least + 1);
      });
    }
  }

  it('keeps the chips buttons that Tab reaches from their day, as before', async () => {
    const { el } = await mountData(oneEvent, { width: 714, attrs: 'month="2026-01"' });
    const day = $(el, 'td[data-day="2026-01-09"]')!;
    day.focus();
    await el.updateComplete;
    const chips = $$<HTMLButtonElement>(el, 'td[data-day="2026-01-09"] button[part~="event"]');
    expect(chips).to.have.length(1);
    expect(chips[0]!.tabIndex).to.equal(0);
    expect(chips[0]!.querySelector('button, a, [tabindex]')).to.equal(null);
  });
});

describe('<uzl-event-calendar>: the category filter stays inside the widget', function () {
  this.timeout(30000);
  afterEach(() => fixtureCleanup());

  /** Where the filter's label or field leaves the widget, or the widget scrolls sideways. */
  function filterProblems(el: Element): string[] {
    const root = $(el, '.uzl-root')!.getBoundingClientRect();
    const found: string[] = [];
    for (const part of [$(el, 'label.filter')!, $(el, 'select[part~="filter"]')!]) {
      const box = part.getBoundingClientRect();
      if (box.left < root.left - 1 || box.right > root.right + 1)
        found.push(
          `<${part.localName}> spans ${Math.round(box.left)}–${Math.round(box.right)} px, the widget ${Math.round(root.left)}–${Math.round(root.right)}`,
        );
    }
    return [...found, ...textLayoutProblems(el)];
  }

  for (const lang of ['nl', 'fr']) {
    for (const [width, view] of [
      [320, 'list'],
      [640, 'month'],
    ] as const) {
      it(`at 200 % text, ${width} px, ${view} view (${lang})`, async () => {
        const { el } = await mountData(oneEvent, {
          width,
          lang,
          attrs: `view="${view}" month="2026-01" show-past`,
        });
        (el.parentElement as HTMLElement).style.fontSize = '200%';
        await new Promise((done) => requestAnimationFrame(done));
        // The longest label chosen: the field is as wide as it may get.
        await choose(el, 'select[part~="filter"]', 'long');
        const found = filterProblems(el);
        expect(found, found.join('\n')).to.deep.equal([]);
      });
    }

    it(`at 320 px with the visitor's text spacing, the field's arrow in view (${lang})`, async () => {
      const remove = addStyleSheet(TEXT_SPACING_STAR);
      try {
        const { el } = await mountData(oneEvent, {
          width: 320,
          lang,
          attrs: 'month="2026-01" show-past',
        });
        await choose(el, 'select[part~="filter"]', 'long');
        const found = filterProblems(el);
        expect(found, found.join('\n')).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }
});

describe('<uzl-event-calendar>: other months’ days in forced colours', () => {
  afterEach(() => fixtureCleanup());

  for (const scheme of ['light', 'dark'] as const) {
    skipIn(['firefox', 'webkit'], 'its test driver cannot force colours')(
      `look different from the month's own days (${scheme} contrast theme)`,
      async () => {
        await withForcedColors(scheme, async () => {
          const { el } = await mountData(oneEvent, { width: 714, attrs: 'month="2026-01"' });
          const outside = $(el, 'td[data-day="2025-12-30"] .num')!;
          const inside = $(el, 'td[data-day="2026-01-13"] .num')!;
          expect(outside.closest('td')!.getAttribute('part')).to.contain('outside');
          const shade = (n: Element) => textColorOf(n).slice(0, 3).map(Math.round).join(',');
          expect(shade(outside), 'an outside day and a day of the month').not.to.equal(
            shade(inside),
          );
          expect(shade(outside), 'GrayText').to.equal(
            systemColor('GrayText').slice(0, 3).map(Math.round).join(','),
          );
          const value = contrast(textColorOf(outside), backgroundOf(outside));
          expect(value, `its number reads ${ratio(value)}`).to.be.at.least(4.5);
        });
      },
    );
  }
});
