// The visitor's own text spacing (WCAG 2.2, 1.4.12) in all five widgets: the spacing a user
// style sheet or a bookmarklet sets on every element (the host among them) or on `body`
// reaches the text inside the shadow roots, and with it nothing is cut off, sticks out of
// the widget or lies over other text. Rules of the page that are not spacing still stop at
// the host (test/reliability/host-pages.test.ts measures those).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import { feedUrl, nextEvent, uniqueId } from '../helpers/feeds.js';
import type { WidgetId } from '../../src/widgets.js';
import { $, WIDGETS, type TestWidget } from '../helpers/widgets.js';
import {
  addStyleSheet,
  spacingOf,
  TEXT_SPACING_BODY,
  TEXT_SPACING_STAR,
  textElements,
  textLayoutProblems,
} from '../helpers/text-layout.js';

/**
 * Opens what shows on demand, per widget (a day's events, a domain's publications); the
 * calendar also shows past events, so its January has them.
 */
const EXTRA: Partial<Record<WidgetId, { attrs: string; reveal: (el: HTMLElement) => void }>> = {
  'event-calendar': {
    attrs: 'show-past',
    reveal: (el) => ($(el, 'td[data-day="2026-01-09"]') ?? $(el, '[part~="event"]'))?.click(),
  },
  'ai-publications': {
    attrs: '',
    reveal: (el) => $(el, '[part~="domain-toggle"]')?.click(),
  },
};

/** The first problems found, and how many more: enough to act on, short enough to read. */
const listed = (found: string[]) =>
  found.slice(0, 25).join('\n') + (found.length > 25 ? `\n… and ${found.length - 25} more` : '');

type Loaded = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(widget: TestWidget, width: number, lang = 'en'): Promise<Loaded> {
  const container = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px"></div>`,
  );
  const loaded = nextEvent(container, 'uzl-load', 12000);
  container.innerHTML = `<${widget.tag} ${widget.steady} ${EXTRA[widget.id]?.attrs ?? ''} src="${feedUrl(uniqueId(`spacing-${widget.tag}`), 'ok', { file: widget.file })}"></${widget.tag}>`;
  const el = container.firstElementChild as Loaded;
  await loaded;
  await el.updateComplete;
  EXTRA[widget.id]?.reveal(el);
  await el.updateComplete;
  await new Promise((done) => requestAnimationFrame(done));
  return el;
}

/** Spacing a visitor sets: letter and word spacing in em, line height as a number. */
interface Spacing {
  letter: number;
  word: number;
  line: number;
}

/**
 * Engines without the `lh` unit (Firefox ESR 115; the legacy lane) give the stats counter's
 * figures a line height of their own, which the window of their rolling digits needs
 * (stats-counter.styles.ts): there the figures are one line at 1.15, whatever the visitor sets.
 */
const ownLineHeight = CSS.supports('height', '1lh') ? null : 'uzl-stats-counter .value';

/** The texts whose spacing falls short of what the visitor set on the host or the page. */
function shortOfSpacing(el: Element, set: Spacing): string[] {
  const pageFont = parseFloat(getComputedStyle(el.parentElement!).fontSize);
  const short: string[] = [];
  for (const text of textElements(el)) {
    const got = spacingOf(text);
    const name = `<${text.localName}${text.className ? ` class="${text.className}"` : ''}> "${(text.textContent ?? '').trim().slice(0, 30)}"`;
    // Letter and word spacing in em are computed where the visitor set them (on the page's
    // font size) and inherited as lengths; line height is a number, applied to each font size.
    if (got.letter < set.letter * pageFont - 0.01)
      short.push(`${name}: letter-spacing ${got.letter}px, not ${set.letter * pageFont}px`);
    if (got.word < set.word * pageFont - 0.01)
      short.push(`${name}: word-spacing ${got.word}px, not ${set.word * pageFont}px`);
    // A select's line height is the engine's own (Chromium and WebKit ignore the property).
    const keepsItsOwn =
      text.localName === 'select' ||
      (ownLineHeight !== null &&
        el.localName === ownLineHeight.split(' ')[0] &&
        text.closest(ownLineHeight.split(' ')[1]!) !== null);
    if (!keepsItsOwn && got.line < set.line * got.fontSize - 0.5)
      short.push(`${name}: line-height ${got.line}px for ${got.fontSize}px text, not ${set.line}`);
  }
  return short;
}

const rule = (s: Spacing, important: string) =>
  `letter-spacing: ${s.letter}em${important}; word-spacing: ${s.word}em${important}; line-height: ${s.line}${important}`;

describe('text spacing (WCAG 1.4.12) in every widget', function () {
  this.timeout(60000);
  afterEach(() => fixtureCleanup());

  const WCAG: Spacing = { letter: 0.12, word: 0.16, line: 1.5 };
  // More than 1.4.12's least, and a line height other than the widgets' own 1.5, so that it
  // shows whether the visitor's line height arrives.
  const MORE: Spacing = { letter: 0.2, word: 0.3, line: 1.9 };
  for (const [where, css, set] of [
    ['set on every element with !important', TEXT_SPACING_STAR, WCAG],
    ['set on body', TEXT_SPACING_BODY, WCAG],
    ['wider, on every element with !important', `* { ${rule(MORE, ' !important')} }`, MORE],
    ['wider, on the tags', `${WIDGETS.map((w) => w.tag).join(', ')} { ${rule(MORE, '')} }`, MORE],
  ] as const) {
    it(`reaches every text of the five widgets when ${where}`, async () => {
      const remove = addStyleSheet(css);
      try {
        const found: string[] = [];
        for (const widget of WIDGETS) {
          const el = await mount(widget, 900);
          for (const problem of shortOfSpacing(el, set)) found.push(`${widget.tag}: ${problem}`);
        }
        expect(found, listed(found)).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }

  for (const width of [320, 1280]) {
    it(`cuts off, spills and overlaps nothing at ${width} px with the visitor's spacing, paragraphs spaced too`, async () => {
      const removePage = addStyleSheet(TEXT_SPACING_STAR);
      try {
        const found: string[] = [];
        for (const widget of WIDGETS) {
          const el = await mount(widget, width, 'nl');
          // The page's rule stops at the shadow root; what would a visitor's rule that reached
          // every element inside do? The same sheet in the shadow root answers.
          const removeInside = addStyleSheet(TEXT_SPACING_STAR, el.shadowRoot!);
          await el.updateComplete;
          for (const problem of textLayoutProblems(el)) found.push(`${widget.tag}: ${problem}`);
          removeInside();
          for (const problem of textLayoutProblems(el))
            found.push(`${widget.tag} (host only): ${problem}`);
        }
        expect(found, listed(found)).to.deep.equal([]);
      } finally {
        removePage();
      }
    });
  }
});
