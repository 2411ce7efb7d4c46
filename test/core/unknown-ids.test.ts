// One rule for an attribute naming an id the feed does not have (README, "An attribute naming an
// id the feed does not have"), held for the four widgets with such attributes, on the demo
// feeds served by the test server: ids match whatever their case; a filter naming nothing is
// ignored and the rest shows; the campus card shows its error; each case warns exactly once,
// naming the widget, the attribute, the value and the ids the feed has.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/ai-publications/uzl-ai-publications.js';
import '../../src/campus-card/uzl-campus-card.js';
import '../../src/event-calendar/uzl-event-calendar.js';
import '../../src/stats-counter/uzl-stats-counter.js';
import { feedUrl, uniqueId } from '../helpers/feeds.js';
import { $, $$, fold, widgetMounter } from '../helpers/widgets.js';

type Mounted = Awaited<ReturnType<ReturnType<typeof widgetMounter>['mountSrc']>>;

/** Mounts `tag` on its demo feed with `attrs`, and collects the console warnings meanwhile. */
async function mount(
  tag: string,
  attrs: string,
  event: 'uzl-load' | 'uzl-error' = 'uzl-load',
): Promise<Mounted & { warnings: string[] }> {
  const file = `demo/data/${DEMO[tag]}.json`;
  const { mountSrc } = widgetMounter(tag, '');
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    const src = feedUrl(uniqueId(`unknown-ids-${tag}`), 'ok', { file });
    const mounted = await mountSrc(src, { attrs, width: 900 }, event);
    // A render again (another language) does not warn again.
    mounted.el.parentElement!.lang = 'nl';
    await mounted.el.updateComplete;
    mounted.el.parentElement!.lang = 'en';
    await mounted.el.updateComplete;
    return { ...mounted, warnings };
  } finally {
    console.warn = warn;
  }
}

const DEMO: Record<string, string> = {
  'uzl-event-calendar': 'events',
  'uzl-ai-publications': 'ai-publications',
  'uzl-stats-counter': 'stats',
  'uzl-campus-card': 'campuses',
};

/** Exactly one warning, naming the widget, the attribute, the value and every id the feed has. */
function expectOneWarning(
  warnings: string[],
  tag: string,
  attribute: string,
  value: string,
  ids: string[],
) {
  expect(warnings, 'console.warn calls').to.have.length(1);
  const [warning] = warnings as [string];
  expect(warning).to.contain(`<${tag}>`).and.contain(attribute).and.contain(`"${value}"`);
  for (const id of ids) expect(warning).to.contain(id);
}

const daysWithEvents = (el: Element) =>
  $$(el, 'td[part~="day"]')
    .filter((td) => td.querySelector('[part~="event"]'))
    .map((td) => td.dataset['day']);
const filterValue = (el: Element) => $<HTMLSelectElement>(el, 'select[part~="filter"]')!.value;
const toggles = (el: Element) => $$(el, 'button[part~="domain-toggle"]');
const domainTitles = (el: Element) => $$(el, '.domain-title').map((h) => fold(h.textContent));
const figureLabels = (el: Element) => $$(el, '[part~="label"]').map((l) => fold(l.textContent));
const campusNames = (el: Element) => $$(el, '[part~="name"]').map((h) => fold(h.textContent));

const JANUARY = 'month="2026-01"';
const ALL_JANUARY = ['2026-01-09', '2026-01-12', '2026-01-15'];

describe('an attribute naming an id the feed does not have', () => {
  afterEach(() => fixtureCleanup());

  it('<uzl-event-calendar campus>: ignored, every event shows, one warning', async () => {
    const { el, detail, warnings } = await mount(
      'uzl-event-calendar',
      `${JANUARY} campus="nowhere"`,
    );
    expect(daysWithEvents(el)).to.deep.equal(ALL_JANUARY);
    expect(detail.count).to.equal(34);
    expectOneWarning(warnings, 'uzl-event-calendar', 'campus', 'nowhere', ['gasthuisberg']);
  });

  it('<uzl-event-calendar category>: ignored, every event shows, one warning', async () => {
    const tag = 'uzl-event-calendar';
    const { el, detail, warnings } = await mount(tag, `${JANUARY} category="concerts"`);
    expect(daysWithEvents(el)).to.deep.equal(ALL_JANUARY);
    expect(filterValue(el)).to.equal('');
    expect(detail.count).to.equal(34);
    expectOneWarning(warnings, tag, 'category', 'concerts', ['cancer-care', 'info-session']);
  });

  it('<uzl-ai-publications domain>: ignored, every domain shows, one warning', async () => {
    const tag = 'uzl-ai-publications';
    const { el, warnings } = await mount(tag, 'domain="radiology"');
    expect(toggles(el)).to.have.length(12);
    expect(filterValue(el)).to.equal('');
    expectOneWarning(warnings, tag, 'domain', 'radiology', [
      'nuclear-medicine',
      'thoracic-surgery',
    ]);
  });

  it('<uzl-stats-counter items>: the unknown id is left out, the rest shows, one warning', async () => {
    const tag = 'uzl-stats-counter';
    const { el, warnings } = await mount(tag, 'items="beds,staff,consultations" no-animation');
    expect(figureLabels(el)).to.deep.equal(['Staff members', 'Consultations']);
    expectOneWarning(warnings, tag, 'items', 'beds', ['consultations', 'day-admissions', 'staff']);
  });

  it('<uzl-campus-card campus>: the error state, not another campus, one warning', async () => {
    const tag = 'uzl-campus-card';
    const { el, detail, warnings } = await mount(tag, 'campus="nowhere"', 'uzl-error');
    expect(detail.kind).to.equal('invalid');
    expect(fold($(el, '[part~="error"] p')?.textContent)).to.equal(
      'This campus could not be found.',
    );
    expect(campusNames(el)).to.deep.equal([]);
    expectOneWarning(warnings, tag, 'campus', 'nowhere', [
      'gasthuisberg',
      'pellenberg',
      'stadscampus',
    ]);
  });

  it('matches an id written in another case, in all four, without a warning', async () => {
    const calendar = await mount(
      'uzl-event-calendar',
      `${JANUARY} category="Cancer-Care" campus="GASTHUISBERG"`,
    );
    expect(daysWithEvents(calendar.el)).to.deep.equal(['2026-01-09', '2026-01-15']);
    expect(filterValue(calendar.el)).to.equal('cancer-care');

    const ai = await mount('uzl-ai-publications', 'domain="Respiratory-Diseases"');
    expect(filterValue(ai.el)).to.equal('respiratory-diseases');
    expect(domainTitles(ai.el)).to.deep.equal(['Respiratory diseases']);

    const stats = await mount('uzl-stats-counter', 'items="Staff,CONSULTATIONS" no-animation');
    expect(figureLabels(stats.el)).to.deep.equal(['Staff members', 'Consultations']);

    const campus = await mount('uzl-campus-card', 'campus="Pellenberg"');
    expect(campusNames(campus.el)).to.deep.equal(['Campus Pellenberg']);

    for (const { warnings } of [calendar, ai, stats, campus]) expect(warnings).to.deep.equal([]);
  });
});
