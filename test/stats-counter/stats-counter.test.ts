// <uzl-stats-counter> as a visitor meets it: the demo page's own feed from the test server,
// real layout, real IntersectionObserver and animation frames in Chromium, emulated reduced
// motion, what assistive technology reads, axe, and hostile feed content.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { StatsFeed } from '../../src/stats-counter/stats-feed.js';
import '../../src/stats-counter/uzl-stats-counter.js';
import type { UzlStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { $, $$, fold, widgetMounter } from '../helpers/widgets.js';
import { HOSTILE_TEXT } from '../helpers/hostile.js';
import { feedUrl, nextEvent, serverCount, sleep, uniqueId, until } from '../helpers/feeds.js';
import { withReducedMotion } from '../helpers/engine.js';
import { runFeedElementSuite } from '../suites/feed-element.suite.js';

const DEMO = 'demo/data/stats.json';
const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

const NNBSP = '\u202f';

// ---- what the visitor sees and hears -----------------------------------------------------

const figures = (el: Element) => $$(el, '[part~="figure"]');
/**
 * The numbers a sighted visitor sees: the moving layer (the final layer is transparent).
 * While the digits roll, each digit column shows the digit its strip has moved to (the
 * nearest, mid-roll), read from the strip's transform as the browser draws it.
 */
const shown = (el: Element) => $$(el, '.moving > .count').map(visibleText);

/** The roll is over: the moving layer holds plain text again. */
const rolled = (el: Element) => $(el, '.moving .digit') === null;

function visibleText(count: Element): string {
  let text = '';
  for (const node of count.childNodes) {
    if (node instanceof HTMLElement && node.classList.contains('digit')) {
      const strip = node.firstElementChild as HTMLElement;
      const offset = new DOMMatrix(getComputedStyle(strip).transform).m42;
      text += String(Math.round(-offset / node.getBoundingClientRect().height));
    } else {
      text += node.textContent ?? '';
    }
  }
  return text;
}
const labels = (el: Element) => $$(el, '[part~="label"]').map((n) => fold(n.textContent));
const caption = (el: Element) => fold($(el, '[part~="caption"]')?.textContent);
/** The source line as written (`fold` would turn French's narrow no-break space into a space). */
const source = (el: Element) => ($(el, '[part~="source"]')?.textContent ?? '').trim();

/** What is transparent, hidden or `aria-hidden` is not seen; the rest is what a visitor sees. */
function isPainted(node: Element): boolean {
  for (let e: Element | null = node; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.opacity === '0' || style.visibility === 'hidden' || style.display === 'none')
      return false;
  }
  return true;
}

/**
 * The text assistive technology reads: everything not `aria-hidden` (nor display: none), in
 * document order, each element's text as its own word.
 */
function accessibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
  if (node instanceof Element) {
    if (node.getAttribute('aria-hidden') === 'true') return '';
    if (getComputedStyle(node).display === 'none') return '';
  }
  return [...node.childNodes].map((child) => ` ${accessibleText(child)} `).join('');
}
const heard = (el: Element) => fold(accessibleText(el.shadowRoot!));

// ---- feeds made in the test ----------------------------------------------------------------

function statsFeed(extra: Partial<StatsFeed> = {}): StatsFeed {
  return {
    version: 1,
    year: 2024,
    source: 'UZ Leuven',
    stats: [
      {
        id: 'consultations',
        value: 782208,
        label: { nl: 'Raadplegingen', en: 'Consultations', fr: 'Consultations' },
      },
      { id: 'emergencies', value: 72785, label: { nl: 'Spoedgevallen', en: 'Emergencies' } },
      { id: 'staff', value: 10001, label: { nl: 'Medewerkers', en: 'Staff members' } },
    ],
    ...extra,
  };
}

// ---- mounting ------------------------------------------------------------------------------

const FALLBACK = '<a href="https://www.uzleuven.be/en">UZ Leuven key figures</a>';
const { mountSrc, mountData, page } = widgetMounter<UzlStatsCounter>('uzl-stats-counter', FALLBACK);

/** Mounts below the fold: a page taller than the window, the element at its bottom. */
async function mountBelowFold(data: unknown, attrs = '') {
  const container = await page({});
  const spacer = document.createElement('div');
  spacer.style.height = `${window.innerHeight * 2}px`;
  container.append(spacer);
  const template = document.createElement('template');
  template.innerHTML = `<uzl-stats-counter ${attrs}></uzl-stats-counter>`;
  const el = template.content.firstElementChild as UzlStatsCounter;
  el.data = data as StatsFeed;
  const loaded = nextEvent(el, 'uzl-load');
  container.append(el);
  const after = document.createElement('div');
  after.style.height = `${window.innerHeight}px`;
  container.append(after);
  await loaded;
  await el.updateComplete;
  return el;
}

const frame = () => new Promise<number>((done) => requestAnimationFrame(done));

// ---- the tests -------------------------------------------------------------------------------

describe('<uzl-stats-counter>: states', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    fixtureCleanup();
  });

  it('shows the demo feed: six figures, caption and source', async () => {
    const { el, detail } = await mountSrc(demoFeed('ready'), {
      fallback: true,
      attrs: 'no-animation',
    });
    expect(detail.count).to.equal(6);
    expect(figures(el)).to.have.length(6);
    expect(shown(el)).to.deep.equal(['782,208', '72,785', '52,550', '137,011', '56,917', '10,001']);
    expect(labels(el)).to.deep.equal([
      'Consultations',
      'Emergencies',
      'Admissions',
      'Day admissions',
      'Operations',
      'Staff members',
    ]);
    // The demo feed has no year.
    expect(caption(el)).to.equal('Key figures');
    expect(source(el)).to.equal('Source: UZ Leuven');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('skips a bad figure with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const feed = statsFeed();
      (feed.stats[1] as { value: unknown }).value = 'many';
      const bad = await mountData(feed, { attrs: 'no-animation' });
      expect(labels(bad.el)).to.deep.equal(['Consultations', 'Staff members']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[1]');
  });
});

describe('<uzl-stats-counter>: languages and notation', () => {
  afterEach(() => fixtureCleanup());

  // The demo feed's values in compact notation, as this engine's Intl writes them (ICU
  // versions differ: Chromium's en says 782k, WebKitGTK's 782K).
  const compactIn = (locale: string) =>
    [782208, 72785, 52550, 137011, 56917, 10001].map((n) =>
      new Intl.NumberFormat(locale, { notation: 'compact' }).format(n),
    );

  const expected = {
    nl: {
      standard: ['782.208', '72.785', '52.550', '137.011', '56.917', '10.001'],
      compact: compactIn('nl-BE'),
      caption: 'Kerncijfers 2024',
      plain: 'Kerncijfers',
      source: 'Bron: UZ Leuven',
      label: 'Raadplegingen',
    },
    en: {
      standard: ['782,208', '72,785', '52,550', '137,011', '56,917', '10,001'],
      compact: compactIn('en-GB'),
      caption: 'Key figures 2024',
      plain: 'Key figures',
      source: 'Source: UZ Leuven',
      label: 'Consultations',
    },
    fr: {
      standard: [
        `782${NNBSP}208`,
        `72${NNBSP}785`,
        `52${NNBSP}550`,
        `137${NNBSP}011`,
        `56${NNBSP}917`,
        `10${NNBSP}001`,
      ],
      compact: compactIn('fr-BE'),
      caption: 'Chiffres clés 2024',
      plain: 'Chiffres clés',
      source: `Source${NNBSP}: UZ Leuven`,
      label: 'Consultations',
    },
  } as const;

  for (const [lang, want] of Object.entries(expected)) {
    it(`speaks ${lang}: numbers, compact numbers, caption and source`, async () => {
      const { el } = await mountSrc(demoFeed(`lang-${lang}`), { lang, attrs: 'no-animation' });
      expect(shown(el)).to.deep.equal([...want.standard]);
      expect($$(el, '.final').map((n) => n.textContent)).to.deep.equal([...want.standard]);
      expect(labels(el)[0]).to.equal(want.label);
      expect(caption(el)).to.equal(want.plain);
      expect(source(el)).to.equal(want.source);

      const compact = await mountSrc(demoFeed(`compact-${lang}`), {
        lang,
        attrs: 'no-animation notation="compact"',
      });
      expect(shown(compact.el)).to.deep.equal([...want.compact]);

      const withYear = await mountData(statsFeed(), { lang, attrs: 'no-animation' });
      expect(caption(withYear.el)).to.equal(want.caption);
    });
  }

  it('has no source line without a source', async () => {
    const feed = statsFeed();
    delete feed.source;
    const { el } = await mountData(feed, { attrs: 'no-animation' });
    expect($(el, '[part~="source"]')).to.equal(null);
    expect(caption(el)).to.equal('Key figures 2024');
  });

  it('changes language mid-count and after it without fetching again', async () => {
    const id = uniqueId('live');
    const { el } = await mountSrc(feedUrl(id, 'ok', { file: DEMO }), {
      lang: 'nl',
      attrs: 'duration="1500"',
    });
    await until(() => $(el, '.moving .digit') !== null, 'the digits to start rolling');
    el.parentElement!.lang = 'fr-BE';
    await until(() => caption(el) === 'Chiffres clés', 'French caption');
    // Switched mid-roll, the figures show their final values at once, in French (a space
    // groups thousands, never a dot): digits rolled in Dutch would read wrong.
    await el.updateComplete;
    expect(shown(el)[0]).to.equal(`782${NNBSP}208`);
    expect($(el, '.moving .digit')).to.equal(null);
    el.parentElement!.lang = 'en';
    await until(() => shown(el)[0] === '782,208', 'English after the count');
    expect($$(el, '.final')[0]!.textContent).to.equal('782,208');
    expect(labels(el)[3]).to.equal('Day admissions');
    expect((await serverCount(id)).requests).to.equal(1);
  });
});

describe('<uzl-stats-counter>: items', () => {
  afterEach(() => fixtureCleanup());

  it('shows the figures items names, in its order', async () => {
    const { el, detail } = await mountSrc(demoFeed('subset'), {
      attrs: 'items="staff, consultations" no-animation',
    });
    expect(detail.count).to.equal(2);
    expect(labels(el)).to.deep.equal(['Staff members', 'Consultations']);
    expect(shown(el)).to.deep.equal(['10,001', '782,208']);
    el.items = 'operations,emergencies,admissions';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Operations', 'Emergencies', 'Admissions']);
    expect(shown(el)).to.deep.equal(['56,917', '72,785', '52,550']);
  });

  it('skips unknown ids with a warning, and shows every figure when none is known', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mountData(statsFeed(), {
        attrs: 'items="beds,staff,,consultations,staff" no-animation',
      });
      expect(labels(el)).to.deep.equal(['Staff members', 'Consultations']);
      // Re-rendering (a language change) does not warn again.
      el.parentElement!.lang = 'nl';
      await until(() => labels(el)[0] === 'Medewerkers', 'Dutch labels');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"beds"');

      const none = await mountData(statsFeed(), { attrs: 'items="beds,nurses"' });
      expect(labels(none.el)).to.have.length(statsFeed().stats.length);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<uzl-stats-counter>: counting', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    fixtureCleanup();
  });

  it('waits until half of it is in view, then counts once to the exact values', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="800"');
    await sleep(400);
    expect(shown(el)).to.deep.equal(['0', '0', '0']);
    // A sliver in view is not enough.
    window.scrollTo(0, el.offsetTop - window.innerHeight + 10);
    await sleep(300);
    expect(shown(el)).to.deep.equal(['0', '0', '0']);

    el.scrollIntoView({ block: 'center' });
    const seen: string[] = [];
    await until(() => {
      seen.push(shown(el)[0]!);
      return shown(el)[0] === '782,208' && rolled(el);
    }, 'the final value');
    expect(shown(el)).to.deep.equal(['782,208', '72,785', '10,001']);
    // It went up through values in between, never past the final one.
    const numbers = seen.map((s) => Number(s.replace(/,/g, '')));
    expect(numbers.some((n) => n > 0 && n < 782208)).to.equal(true);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    expect(Math.max(...numbers)).to.equal(782208);

    // Once: scrolling away and back does not count again.
    window.scrollTo(0, 0);
    await sleep(100);
    el.scrollIntoView({ block: 'center' });
    await sleep(200);
    expect(shown(el)).to.deep.equal(['782,208', '72,785', '10,001']);
  });

  it('counts when it fills half the window, when it is too tall to be half in view', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="300"');
    el.style.minHeight = `${window.innerHeight * 3}px`;
    await sleep(100);
    expect(shown(el)[0]).to.equal('0');
    window.scrollTo(0, el.offsetTop);
    await until(() => shown(el)[0] === '782,208' && rolled(el), 'the final value');
  });

  it('keeps every figure’s box the same size while it counts', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="700"');
    const boxes = () =>
      figures(el).map((f) => {
        const r = f.getBoundingClientRect();
        const v = f.querySelector('[part~="value"]')!.getBoundingClientRect();
        return `${r.width}x${r.height} ${v.width}x${v.height}`;
      });
    const before = boxes();
    const host = el.getBoundingClientRect().height;
    el.scrollIntoView({ block: 'center' });
    const samples: string[][] = [];
    const texts = new Set<string>();
    while (shown(el)[0] !== '782,208') {
      await frame();
      samples.push(boxes());
      texts.add(shown(el)[0]!);
      expect(el.getBoundingClientRect().height).to.equal(host);
    }
    expect(texts.size, 'several frames were sampled mid-count').to.be.greaterThan(5);
    for (const sample of samples) expect(sample).to.deep.equal(before);
    // Tabular digits, and the visible number stays inside the box sized by the final value.
    const value = $(el, '[part~="value"]')!;
    expect(getComputedStyle(value).fontVariantNumeric).to.contain('tabular-nums');
  });

  it('shows the final values at once when the visitor prefers reduced motion', async () => {
    await withReducedMotion(async () => {
      const el = await mountBelowFold(statsFeed(), 'duration="5000"');
      expect(shown(el)).to.deep.equal(['782,208', '72,785', '10,001']);
      el.scrollIntoView({ block: 'center' });
      await sleep(100);
      expect(shown(el)).to.deep.equal(['782,208', '72,785', '10,001']);
    });
  });

  it('shows the final values at once with no-animation, or duration 0', async () => {
    for (const attrs of ['no-animation', 'duration="0"']) {
      const el = await mountBelowFold(statsFeed(), attrs);
      expect(shown(el), attrs).to.deep.equal(['782,208', '72,785', '10,001']);
      fixtureCleanup();
    }
  });

  it('ends on the exact value for decimals and compact numbers', async () => {
    const feed = statsFeed({
      stats: [
        { id: 'rate', value: 98.7, label: 'Satisfied', unit: '%' },
        { id: 'big', value: 1234567, label: 'Big' },
      ],
    });
    const { el } = await mountData(feed, { attrs: 'duration="300"', lang: 'nl' });
    await until(() => shown(el)[1] === '1.234.567' && rolled(el), 'the final values');
    expect(shown(el)).to.deep.equal(['98,7', '1.234.567']);
    // The unit is seen beside the moving number and heard once, with the final value.
    expect(fold($(el, '.moving')!.textContent)).to.equal('98,7%');
    expect(fold(accessibleText(figures(el)[0]!))).to.equal('98,7 % Satisfied');
    el.notation = 'compact';
    await el.updateComplete;
    // Intl's compact form keeps two significant digits.
    expect(shown(el)).to.deep.equal(['99', '1,2\u00a0mln.']);
  });

  it('stops the observer and the frame loop when it leaves the page', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="3000"');
    el.scrollIntoView({ block: 'center' });
    await until(() => shown(el)[0] !== '0', 'the count to start');
    const realRaf = window.requestAnimationFrame;
    let requested = 0;
    window.requestAnimationFrame = (callback) => {
      requested++;
      return realRaf(callback);
    };
    try {
      el.remove();
      const frozen = shown(el);
      await sleep(150);
      expect(requested).to.equal(0);
      expect(shown(el)).to.deep.equal(frozen);
      // Back on the page, it shows the final values.
      document.body.append(el);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['782,208', '72,785', '10,001']);
    } finally {
      window.requestAnimationFrame = realRaf;
      el.remove();
    }
  });

  it('does not re-render with Lit while it counts', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="500"');
    let updates = 0;
    const realUpdated = (el as unknown as { updated: (c: unknown) => void }).updated;
    (el as unknown as { updated: (c: unknown) => void }).updated = function (
      this: unknown,
      c: unknown,
    ) {
      updates++;
      realUpdated.call(this, c);
    };
    el.scrollIntoView({ block: 'center' });
    await until(() => shown(el)[0] === '782,208' && rolled(el), 'the final value');
    expect(updates).to.equal(0);
  });
});

describe('<uzl-stats-counter>: what assistive technology reads', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    fixtureCleanup();
  });

  it('hears each final value with its label, never the moving digits', async () => {
    const el = await mountBelowFold(statsFeed(), 'duration="1500"');
    const final =
      'Key figures 2024 782,208 Consultations 72,785 Emergencies 10,001 Staff members Source: UZ Leuven';
    expect(heard(el)).to.equal(final);
    el.scrollIntoView({ block: 'center' });
    await until(() => shown(el)[0] !== '0', 'the count to start');
    // Mid-count, what is heard is still the final text.
    expect(shown(el)[0]).not.to.equal('782,208');
    expect(heard(el)).to.equal(final);
    for (const moving of $$(el, '.moving')) {
      expect(moving.closest('[aria-hidden="true"]')).to.equal(moving);
    }
    // The final values are heard but not seen; the moving ones are seen but not heard.
    for (const node of $$(el, '.final')) expect(isPainted(node)).to.equal(false);
    for (const node of $$(el, '.moving')) expect(isPainted(node)).to.equal(true);
    // The list is named by the caption, each figure a list item with its value then its label.
    const list = $(el, 'ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(
      $(el, '[part~="caption"]'),
    );
    expect(fold(accessibleText(figures(el)[0]!))).to.equal('782,208 Consultations');
    // No live region speaks the count.
    expect(fold($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
  });

  it('uses the heading level asked for, within 2 to 6', async () => {
    for (const [value, tag] of [
      [null, 'H3'],
      ['2', 'H2'],
      ['6', 'H6'],
      ['1', 'H2'],
      ['9', 'H6'],
      ['three', 'H3'],
    ] as const) {
      const attrs = `no-animation ${value === null ? '' : `heading-level="${value}"`}`;
      const { el } = await mountData(statsFeed(), { attrs });
      expect($(el, '[part~="caption"]')!.tagName, `heading-level=${value}`).to.equal(tag);
    }
  });
});

describe('<uzl-stats-counter>: layout', () => {
  afterEach(() => fixtureCleanup());

  it('puts one figure a row at 280 px, then 2, 3 and 6 as it widens', async () => {
    const columns = (el: Element) =>
      new Set(figures(el).map((f) => Math.round(f.getBoundingClientRect().left))).size;
    for (const [width, want] of [
      [280, 1],
      [320, 1],
      [480, 2],
      [720, 3],
      [1100, 6],
    ] as const) {
      const { el } = await mountSrc(demoFeed(`cols-${width}`), { width, attrs: 'no-animation' });
      expect(columns(el), `${width}px`).to.equal(want);
      // Nothing sticks out of its box.
      for (const figure of figures(el)) {
        const box = figure.getBoundingClientRect();
        for (const part of figure.querySelectorAll('[part~="value"], [part~="label"]')) {
          const r = part.getBoundingClientRect();
          expect(r.right, `${width}px`).to.be.at.most(box.right + 0.5);
        }
      }
    }
  });
});

describe('<uzl-stats-counter>: accessibility (axe)', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    fixtureCleanup();
  });

  // Loading, empty, error and the demo feed are checked in every language by the shared suite.
  it('is clean while counting, and in compact notation', async () => {
    const counting = await mountBelowFold(statsFeed(), 'duration="2000"');
    counting.scrollIntoView({ block: 'center' });
    await until(() => shown(counting)[0] !== '0', 'the count to start');
    await expect(counting).to.be.accessible();
    fixtureCleanup();

    const compact = await mountData(statsFeed(), { attrs: 'notation="compact"', width: 1100 });
    await expect(compact.el).to.be.accessible();
  });
});

// ---- the contract every feed widget keeps ----------------------------------------------------

runFeedElementSuite({
  tag: 'uzl-stats-counter',
  demo: DEMO,
  fallbackHtml: FALLBACK,
  emptyFeed: () => ({ version: 1, stats: [] }),
  emptyText: {
    nl: 'Er zijn momenteel geen kerncijfers.',
    en: 'No key figures at the moment.',
    fr: 'Aucun chiffre clé pour le moment.',
  },
  variants: [
    { name: 'all figures', widths: [280, 480, 700, 1100], count: 6 },
    { name: 'two figures', attrs: 'items="staff,consultations"', widths: [320], count: 2 },
    { name: 'one figure', attrs: 'items="staff"', widths: [700], count: 1 },
  ],
  reserve: [0.85, 1.18],
  hostile: {
    feed: () => ({
      version: 1,
      source: HOSTILE_TEXT[2],
      stats: HOSTILE_TEXT.map((payload, i) => ({
        id: `x${i}`,
        value: i + 1,
        label: payload,
        unit: payload,
        description: payload,
      })),
    }),
    attrs: 'no-animation items="x0,x1,x2"',
    // The stats counter has no links or images at all.
    urls: /^$/,
    check(el) {
      expect(labels(el)).to.deep.equal(HOSTILE_TEXT);
      expect($$(el, '[part~="description"]').map((d) => d.textContent)).to.deep.equal(HOSTILE_TEXT);
      expect(source(el)).to.equal(`Source: ${HOSTILE_TEXT[2]}`);
      expect($$(el, 'img, [href], [src]')).to.have.length(0);
    },
  },
});
