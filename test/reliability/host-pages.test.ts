// The drop-in bundle on real host pages, each a complete HTML document in test/pages/ loaded in a
// same-origin iframe: a strict Content-Security-Policy, Trusted Types, aggressive global CSS,
// the library loaded twice, a page in an unsupported language, and the fallback links that
// show before the script arrives. test/pages/probe.js records, before the bundle loads, every
// CSP violation, error, unhandled rejection, custom element definition and uzl-load/uzl-error.
// Needs a current dist/ (`node scripts/build.mjs`): test/server/host-pages.mjs answers 503 otherwise; it also composes the pages themselves.
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { olderEngine, setPageSize } from '../helpers/engine.js';
import { until } from '../helpers/feeds.js';
import { clickThroughUpdates, FAILING, KNOWN } from '../helpers/security-page.js';
import { WIDGET_TAGS } from '../helpers/widgets.js';

interface Probe {
  violations: {
    directive: string;
    violated: string;
    blockedURI: string;
    sourceFile: string;
    line: number;
    sample: string;
  }[];
  errors: string[];
  rejections: string[];
  warnings: string[];
  defines: string[];
  events: { type: 'uzl-load' | 'uzl-error'; tag: string; id: string; detail: unknown }[];
  bundleRequested: boolean;
  bundleLoaded: boolean;
}

type FrameWindow = Window & typeof globalThis & { __probe: Probe; __uzlOlderEngine?: boolean };

interface Page {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  probe: Probe;
  host: (id: string) => HTMLElement & { updateComplete?: Promise<boolean> };
}

// The five data widgets on every page (by id, KNOWN: a text each shows from its demo feed, in
// English) and the sixth, FAILING, whose feed answers 404: the error box with a Retry button.
const DATA_WIDGETS = Object.keys(KNOWN);

const VIEWPORT = { width: 1000, height: 900 };
const FRAME_HEIGHT = 850;

const frames: HTMLIFrameElement[] = [];

const nextFrame = (win: Window) =>
  new Promise<void>((done) => win.requestAnimationFrame(() => done()));

async function openPage(name: string, width = 900): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; border: 0; width: ${width}px; height: ${FRAME_HEIGHT}px; background: white;`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/test/pages/${name}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  expect(win.__probe, `${name}: probe.js did not run`).to.exist;
  // In the legacy lane the page is an older engine too, not only the test's own page.
  if (olderEngine)
    expect(win.__uzlOlderEngine, `${name}: older-engine.js did not run`).to.equal(true);
  return {
    frame,
    win,
    doc,
    probe: win.__probe,
    host: (id) => {
      const el = doc.getElementById(id);
      if (!el) throw new Error(`${name}: no #${id}`);
      return el;
    },
  };
}

/** Waits for uzl-load from the five data widgets and uzl-error from the failing one, then for rendering to settle. */
async function settled(page: Page, ids = [...DATA_WIDGETS, FAILING]): Promise<void> {
  await until(
    () =>
      ids.every((id) =>
        page.probe.events.some(
          (event) => event.id === id && event.type === (id === FAILING ? 'uzl-error' : 'uzl-load'),
        ),
      ),
    `uzl-load/uzl-error from ${ids.join(', ')}; saw ${JSON.stringify(page.probe.events.map((e) => `${e.type} #${e.id}`))}, errors ${JSON.stringify(page.probe.errors)}`,
    12000,
  );
  for (const id of ids) await page.host(id).updateComplete;
  await nextFrame(page.win);
  await nextFrame(page.win);
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

function expectEachWidgetShowsItsData(page: Page): void {
  for (const [id, known] of Object.entries(KNOWN)) {
    const host = page.host(id);
    expect(host.shadowRoot, `#${id} has no shadow root`).to.exist;
    expect(shadowText(host), `#${id} (${host.localName})`).to.contain(known);
  }
  expect(shadowText(page.host(FAILING)), '#failing').to.contain('could not be found');
}

function expectQuiet(page: Page, what: string): void {
  const { violations, errors, rejections } = page.probe;
  expect(violations, `${what}: securitypolicyviolation events`).to.deep.equal([]);
  expect(errors, `${what}: errors`).to.deep.equal([]);
  expect(rejections, `${what}: unhandled rejections`).to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Geometry: boxes of each widget's key parts, relative to its host, on two pages.

/** Key parts per widget id: headings, buttons, links, grid cells. Up to 8 matches each. */
const PARTS: Record<string, string[]> = {
  news: [
    '[part~="base"]',
    '.title',
    '[part="date"]',
    '[part="summary"]',
    '[part="show-more"]',
    '[part="more"]',
  ],
  events: [
    '[part="toolbar"]',
    '[part="title"]',
    '.nav-button',
    '[part="filter"]',
    '.grid',
    '[part="weekday"]',
    '.day',
    '.chip',
    '[part="more"]',
    '[part="list"]',
    '.list-event',
  ],
  campus: ['[part="card"]', '.name', '[part="address"]', '[part="phone"]', '.action'],
  stats: ['[part="figure"]', '[part="value"]', '[part="label"]', '[part="source"]'],
  ai: [
    '[part="news"]',
    '[part="news-item"]',
    '.section-title',
    '[part="filter"]',
    '[part="search"]',
    '[part="count"]',
    '[part="domain-toggle"]',
    '[part="show-more"]',
  ],
  // Its error box holds the page's own fallback link, which the page's CSS styles: only our parts count.
  failing: ['.uzl-error-message', '[part="retry"]'],
};

/** What a visitor gets from each part: where it is, how big, and how its text looks. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  visible: boolean;
  color: string;
  lineHeight: string;
  letterSpacing: string;
  fontSize: string;
}

/**
 * Whether a visitor can see `el`: it has a box, is not `visibility: hidden`, and neither it
 * nor anything it sits in (across shadow roots) is fully transparent. What
 * `checkVisibility({ visibilityProperty, opacityProperty })` answers, written out because the
 * legacy lane's older engines lack that method (Safari before 17.4).
 */
function isVisible(el: Element, win: Window): boolean {
  if (el.getClientRects().length === 0) return false;
  if (win.getComputedStyle(el).visibility !== 'visible') return false;
  for (let node: Element | null = el; node;) {
    if (win.getComputedStyle(node).opacity === '0') return false;
    const root: Node | null = node.parentNode;
    // (An instanceof test would need the frame's own ShadowRoot class.)
    node =
      root && root.nodeType === 11 && 'host' in root
        ? (root as ShadowRoot).host
        : node.parentElement;
  }
  return true;
}

function boxOf(el: Element, origin: DOMRect, win: Window): Box {
  const rect = el.getBoundingClientRect();
  const style = win.getComputedStyle(el);
  return {
    x: rect.left - origin.left,
    y: rect.top - origin.top,
    w: rect.width,
    h: rect.height,
    visible: isVisible(el, win),
    color: style.color,
    lineHeight: style.lineHeight,
    letterSpacing: style.letterSpacing,
    fontSize: style.fontSize,
  };
}

/** Every key part's box; the host's own box is measured from the page's body. */
function measure(page: Page): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const body = page.doc.body.getBoundingClientRect();
  for (const [id, selectors] of Object.entries(PARTS)) {
    const host = page.host(id);
    // The host's own box: its size and left edge (widgets above it may grow, so not its top).
    // Not for the failing widget: its height includes the page's fallback link.
    if (id !== 'failing') boxes.set(`#${id} :host`, { ...boxOf(host, body, page.win), y: 0 });
    // Parts are placed relative to the widget's own box (part base), which stays a block even
    // when a page rule makes the host inline.
    const origin = (host.shadowRoot!.querySelector('.uzl-root') ?? host).getBoundingClientRect();
    for (const selector of selectors) {
      const found = [...host.shadowRoot!.querySelectorAll(selector)].slice(0, 8);
      found.forEach((el, i) => boxes.set(`#${id} ${selector}[${i}]`, boxOf(el, origin, page.win)));
    }
  }
  return boxes;
}

const round = (n: number) => Math.round(n * 10) / 10;

interface Difference {
  key: string;
  /** Geometry beyond the tolerance, in px: the largest of |Δx|, |Δy|, |Δw|, |Δh|. */
  moved: number;
  text: string;
  /** Style properties that changed. */
  styles: string[];
}

/** Differences between two measurements: geometry beyond `tolerance` px, visibility, text colour and spacing. */
function differences(
  clean: Map<string, Box>,
  other: Map<string, Box>,
  tolerance = 1,
): Difference[] {
  const out: Difference[] = [];
  for (const [key, a] of clean) {
    const b = other.get(key);
    if (!b) {
      out.push({ key, moved: Infinity, text: `${key}: missing`, styles: [] });
      continue;
    }
    // The failing widget's message and Retry share a row with the page's own fallback link,
    // which the page's CSS may widen: there only their height counts.
    const compared = key.startsWith('#failing ')
      ? (['h'] as const)
      : (['x', 'y', 'w', 'h'] as const);
    const geometry = compared.filter((k) => Math.abs(a[k] - b[k]) > tolerance);
    // The host's own computed style is the page's to set (what a visitor sees is inside the
    // shadow root), so only its geometry counts.
    const styles = key.endsWith(' :host')
      ? []
      : (['visible', 'color', 'lineHeight', 'letterSpacing', 'fontSize'] as const).filter(
          (k) => a[k] !== b[k],
        );
    if (!geometry.length && !styles.length) continue;
    out.push({
      key,
      moved: Math.max(0, ...geometry.map((k) => Math.abs(a[k] - b[k]))),
      styles: [...styles],
      text: `${key}: ${[
        ...geometry.map((k) => `${k} ${round(a[k])}→${round(b[k])}`),
        ...styles.map((k) => `${k} ${String(a[k])}→${String(b[k])}`),
      ].join(', ')}`,
    });
  }
  for (const key of other.keys())
    if (!clean.has(key)) out.push({ key, moved: Infinity, text: `${key}: extra`, styles: [] });
  return out;
}

/** One line per widget: how many parts moved (and by how much at most), which styles changed, the host's box. */
function summary(diff: Difference[], clean: Map<string, Box>, other: Map<string, Box>): string {
  const lines: string[] = [];
  for (const id of Object.keys(PARTS)) {
    const mine = diff.filter((d) => d.key.startsWith(`#${id} `));
    if (!mine.length) continue;
    const parts = [...clean.keys()].filter((k) => k.startsWith(`#${id} `)).length;
    const moved = mine.filter((d) => d.moved > 0);
    const styles = [...new Set(mine.flatMap((d) => d.styles))];
    const a = clean.get(`#${id} :host`) ?? { w: 0, h: 0 };
    const b = other.get(`#${id} :host`) ?? { w: 0, h: 0 };
    lines.push(
      `#${id}: ${moved.length}/${parts} parts moved or resized (max Δ ${round(Math.max(0, ...moved.map((d) => d.moved)))} px)` +
        `${styles.length ? `; styles changed: ${styles.join(', ')}` : ''}` +
        `; host ${round(a.w)}×${round(a.h)} → ${round(b.w)}×${round(b.h)}`,
    );
  }
  return lines.join('\n  ');
}

function expectSameAsClean(clean: Map<string, Box>, other: Map<string, Box>, what: string) {
  const diff = differences(clean, other);
  expect(clean.size, 'parts measured').to.be.greaterThan(40);
  expect(
    diff.length,
    `${what}: ${diff.length} differences from the clean page:\n  ${summary(diff, clean, other)}\n  e.g.\n  ${diff
      .slice(0, 12)
      .map((d) => d.text)
      .join('\n  ')}\n`,
  ).to.equal(0);
}

// ---------------------------------------------------------------------------------------------
// Clicks: hit testing at a part's centre, and real mouse clicks (sendMouse) through the iframe.

/** Buttons and links to check; `click` also gets a real mouse click (the others only a hit test). */
const TARGETS: { id: string; selector: string; click: boolean }[] = [
  { id: 'news', selector: '[part="more"]', click: true },
  { id: 'news', selector: '[part="show-more"]', click: true },
  { id: 'events', selector: '.chip', click: false },
  { id: 'events', selector: '.day', click: false },
  { id: 'events', selector: '.nav-button', click: true },
  { id: 'events', selector: '.list-event', click: false },
  { id: 'campus', selector: '[part="phone"]', click: true },
  { id: 'campus', selector: '.action', click: true },
  { id: 'ai', selector: '[part="filter"]', click: false },
  { id: 'ai', selector: '[part="search"]', click: false },
  { id: 'ai', selector: '[part="domain-toggle"]', click: true },
  { id: FAILING, selector: '[part="retry"]', click: true },
];

/** Problems found: targets that are hidden, under 24 px, covered at their centre, or that a click does not reach. */
async function clickProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  let checked = 0;
  const last: { clicked?: EventTarget } = {};
  /** (A function, so TypeScript does not narrow it to the `undefined` set before each click.) */
  const lastClicked = (): EventTarget | undefined => last.clicked;
  const onClick = (event: Event) => {
    // composedPath() sees into open shadow roots: its first entry is what was clicked.
    last.clicked = event.composedPath()[0];
    // Links must not navigate the host page away.
    if (event.composedPath().some((t) => t instanceof page.win.HTMLAnchorElement))
      event.preventDefault();
  };
  page.doc.addEventListener('click', onClick, true);
  try {
    for (const { id, selector, click } of TARGETS) {
      const host = page.host(id);
      const el = host.shadowRoot!.querySelector<HTMLElement>(selector);
      const key = `#${id} ${selector}`;
      // The calendar is an agenda list at narrow widths (no grid, no month buttons).
      if (!el) continue;
      checked += 1;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      await nextFrame(page.win);
      let rect = el.getBoundingClientRect();
      // Firefox does not always scroll the frame's own document for an element in a shadow
      // root under `display: inline` hosts: scroll it there by hand, as a visitor would.
      if (rect.top < 0 || rect.bottom > page.win.innerHeight) {
        page.win.scrollBy(0, rect.top + rect.height / 2 - page.win.innerHeight / 2);
        await nextFrame(page.win);
        rect = el.getBoundingClientRect();
      }
      if (!isVisible(el, page.win)) problems.push(`${key}: not visible`);
      if (rect.width < 24 || rect.height < 24)
        problems.push(`${key}: ${round(rect.width)}×${round(rect.height)} px, under 24 × 24`);
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = (host.shadowRoot as unknown as Document).elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit)))
        problems.push(
          `${key}: the centre (${round(x)}, ${round(y)}) hits ${hit ? `<${hit.localName} class="${hit.className}">` : 'nothing'}`,
        );
      if (!click) continue;
      last.clicked = undefined;
      const frameRect = page.frame.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(frameRect.left + x), Math.round(frameRect.top + y)],
      });
      await nextFrame(page.win);
      const clicked = lastClicked();
      if (!(clicked instanceof page.win.Node) || !(clicked === el || el.contains(clicked)))
        problems.push(
          `${key}: a mouse click at its centre reached ${clicked ? `<${(clicked as Element).localName}>` : 'nothing'}`,
        );
    }
  } finally {
    page.doc.removeEventListener('click', onClick, true);
    await resetMouse();
  }
  if (checked < 9) problems.push(`only ${checked} of the targets were rendered`);
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('host pages (drop-in bundle in an iframe)', function () {
  this.timeout(90000);

  // Room for the widest frame. (probe.js has the pages prefer reduced motion, so the stats
  // counter shows its final figures at once and two pages show the same text.)
  before(() => setPageSize(VIEWPORT));

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('strict Content-Security-Policy and Trusted Types', () => {
    for (const [name, policy] of [
      ['strict-csp.html', "default-src 'self'"],
      ['trusted-types.html', "default-src 'self'; require-trusted-types-for 'script'"],
    ] as const) {
      it(`${name}: all five widgets render under ${policy} with no violation and no error`, async () => {
        const page = await openPage(name);
        const header = (await fetch(`/test/pages/${name}`)).headers.get('content-security-policy');
        expect(header, 'the page is served with the policy').to.contain("default-src 'self'");
        if (name === 'trusted-types.html')
          expect(header).to.contain("require-trusted-types-for 'script'");
        await settled(page);
        expectEachWidgetShowsItsData(page);
        expectQuiet(page, `${name} after load`);

        await clickThroughUpdates(page);
        await nextFrame(page.win);
        expectQuiet(page, `${name} after interaction`);
      });
    }
  });

  describe('aggressive global CSS', () => {
    for (const width of [900, 320]) {
      it(`element resets (div, button, a, ul, li, p, h2, h3, select, input, time …) change nothing at ${width} px`, async () => {
        const clean = await openPage('widgets.html', width);
        await settled(clean);
        const reference = measure(clean);
        clean.frame.remove();

        const page = await openPage('aggressive-elements.html', width);
        await settled(page);
        expectEachWidgetShowsItsData(page);
        expectSameAsClean(reference, measure(page), `aggressive-elements.html at ${width} px`);
        expect(await clickProblems(page), 'buttons and links').to.deep.equal([]);
        expectQuiet(page, 'aggressive-elements.html');
      });

      it(`a universal !important reset that matches the host leaves the widgets as on a clean page at ${width} px`, async () => {
        const clean = await openPage('widgets.html', width);
        await settled(clean);
        const reference = measure(clean);
        clean.frame.remove();

        const page = await openPage('aggressive-css.html', width);
        await settled(page);
        expectEachWidgetShowsItsData(page);
        expectQuiet(page, 'aggressive-css.html');
        const after = measure(page);
        const diff = differences(reference, after);
        const clicks = await clickProblems(page);
        expect(
          { differences: diff.length, clickProblems: clicks.length },
          `aggressive-css.html at ${width} px:\n  ${summary(diff, reference, after)}\n  buttons and links:\n  ${clicks.join('\n  ')}\n`,
        ).to.deep.equal({ differences: 0, clickProblems: 0 });
      });
    }
  });

  /** Adds `rule` to the page as a style sheet of its own, and waits until it shows. */
  async function addRule(page: Page, rule: string): Promise<void> {
    const sheet = new page.win.CSSStyleSheet();
    sheet.replaceSync(rule);
    page.doc.adoptedStyleSheets = [sheet];
    // Chromium (this build) leaves some computed styles inside the shadow roots stale after
    // an adoptedStyleSheets change; taking the page out of the layout and back forces a
    // full style recalculation, so this measures what a page with the rule from the start shows.
    page.doc.body.style.display = 'none';
    page.win.getComputedStyle(page.host('news')).color;
    page.doc.body.style.display = '';
    await nextFrame(page.win);
    await nextFrame(page.win);
  }

  // One rule at a time, added to the clean page: which page CSS reaches the widgets through
  // their host element. `*` here leaves out html and body (whose display or line-height would
  // move the whole page); font-size and font-family are left out: the widgets inherit the
  // page's font by design (--uzl-font-family, --uzl-font-size). So are letter-spacing,
  // word-spacing and line-height, which reach the widgets on purpose: a visitor's text spacing
  // (WCAG 1.4.12; the next group, and test/core/text-spacing.test.ts).
  describe('page rules that reach the host, one at a time', () => {
    const STAR = ':not(html, body)';
    const RULES: string[] = [
      `${STAR} { color: red !important }`,
      `${STAR} { box-sizing: content-box !important }`,
      `${STAR} { display: inline !important }`,
      // \`all\` reverts the host's line height too, to the page's: that much reaches, as above.
      `${STAR} { all: revert !important; line-height: 1.5 !important }`,
      `${STAR} { pointer-events: none !important }`,
      // Plain inheritance from body: the host's own color and line-height keep these out.
      'body { color: red; line-height: 3 }',
      'body { text-transform: uppercase; text-align: right; text-indent: 4em }',
    ];
    for (const rule of RULES) {
      it(`${rule.replace(STAR, '*')} leaves the widgets as on a clean page (900 and 320 px)`, async () => {
        const found: string[] = [];
        for (const width of [900, 320]) {
          const page = await openPage('widgets.html', width);
          await settled(page);
          const reference = measure(page);
          await addRule(page, rule);
          const after = measure(page);
          const diff = differences(reference, after);
          if (diff.length)
            found.push(
              `${width} px: ${diff.length} differences\n  ${summary(diff, reference, after)}\n  e.g.\n  ${diff
                .slice(0, 6)
                .map((d) => d.text)
                .join('\n  ')}`,
            );
          const clicks = await clickProblems(page);
          if (clicks.length)
            found.push(`${width} px: buttons and links:\n  ${clicks.join('\n  ')}`);
          page.frame.remove();
        }
        expect(found, `${rule}:\n  ${found.join('\n  ')}\n`).to.deep.equal([]);
      });
    }
  });

  // Spacing on the host, or inherited from body, is the one thing besides the font that reaches
  // inside: a visitor's text spacing (WCAG 1.4.12) arrives that way, and no style sheet can
  // tell a page's from a visitor's. It changes spacing only, and every button and link works.
  describe('spacing that reaches the widgets on purpose (text spacing, WCAG 1.4.12)', () => {
    const SPACING: [rule: string, letterSpacing: string | null, lineHeight: number | null][] = [
      ['* { letter-spacing: 2px !important; word-spacing: 6px !important }', '2px', null],
      ['* { line-height: 3 !important }', null, 3],
      ['body { letter-spacing: 2px; word-spacing: 6px }', '2px', null],
    ];
    for (const [rule, letterSpacing, lineHeight] of SPACING) {
      it(`${rule} reaches the widgets' text and changes nothing else (900 and 320 px)`, async () => {
        const found: string[] = [];
        for (const width of [900, 320]) {
          const page = await openPage('widgets.html', width);
          await settled(page);
          const reference = measure(page);
          await addRule(page, rule.replace('*', ':not(html, body)'));
          const after = measure(page);
          // Without the lh unit (Firefox ESR 115, the legacy lane) the stats figures keep a line
          // height of their own, which their rolling digits' window needs (stats-counter.styles.ts).
          const ownLineHeight = !page.win.CSS.supports('height', '1lh');
          for (const [key, box] of after) {
            if (key.endsWith(' :host') || key.startsWith('#failing ') || !box.visible) continue;
            if (letterSpacing && box.letterSpacing !== letterSpacing)
              found.push(`${width} px: ${key} letter-spacing ${box.letterSpacing}`);
            if (
              lineHeight &&
              !(ownLineHeight && key.startsWith('#stats [part="value"]')) &&
              Math.abs(parseFloat(box.lineHeight) - lineHeight * parseFloat(box.fontSize)) > 0.5
            )
              found.push(`${width} px: ${key} line-height ${box.lineHeight} for ${box.fontSize}`);
          }
          const others = differences(reference, after).filter((d) =>
            d.styles.some((s) => s !== 'letterSpacing' && s !== 'lineHeight'),
          );
          for (const d of others) found.push(`${width} px: ${d.text}`);
          const clicks = await clickProblems(page);
          if (clicks.length)
            found.push(`${width} px: buttons and links:\n  ${clicks.join('\n  ')}`);
          page.frame.remove();
        }
        expect(found, `${rule}:\n  ${found.join('\n  ')}\n`).to.deep.equal([]);
      });
    }
  });

  describe('the library loaded more than once', () => {
    for (const name of ['twice.html', 'twice-element-first.html']) {
      it(`${name}: no error, each element defined once, widgets render`, async () => {
        const page = await openPage(name);
        await settled(page);
        expectEachWidgetShowsItsData(page);
        expectQuiet(page, name);
        for (const tag of WIDGET_TAGS) {
          expect(
            page.probe.defines.filter((t) => t === tag),
            `definitions of <${tag}>`,
          ).to.have.length(1);
          expect(page.win.customElements.get(tag), `<${tag}> defined`).to.exist;
        }
        expect(
          page.probe.defines.filter((t) => !WIDGET_TAGS.includes(t)),
          'other definitions',
        ).to.deep.equal([]);
        // Each widget gets its data once: one uzl-load per widget.
        for (const id of DATA_WIDGETS)
          expect(
            page.probe.events.filter((e) => e.id === id && e.type === 'uzl-load'),
            `uzl-load #${id}`,
          ).to.have.length(1);
      });
    }
  });

  it('a page in German (<html lang="de">): the widgets render in English, no error', async () => {
    const page = await openPage('lang-de.html');
    expect(page.doc.documentElement.lang).to.equal('de');
    await settled(page);
    expectEachWidgetShowsItsData(page);
    for (const id of [...DATA_WIDGETS, FAILING])
      expect(
        (page.host(id) as unknown as { resolvedLang: string }).resolvedLang,
        `#${id}`,
      ).to.equal('en');
    expect(shadowText(page.host('events'))).to.contain('January 2026');
    expect(shadowText(page.host(FAILING))).to.contain('Retry');
    expectQuiet(page, 'lang-de.html');
  });

  it('the fallback links show until the bundle loads, and hide while data shows', async () => {
    const page = await openPage('deferred.html');
    const fallbacks = () =>
      [...DATA_WIDGETS, FAILING].map((id) => ({
        id,
        link: page.host(id).querySelector<HTMLAnchorElement>('a.fallback')!,
      }));
    const shown = (link: HTMLAnchorElement) => {
      const rect = link.getBoundingClientRect();
      return isVisible(link, page.win) && rect.width > 0 && rect.height > 0;
    };
    // Before: nothing defined, each tag's link is a plain visible, clickable link.
    for (const tag of WIDGET_TAGS)
      expect(page.win.customElements.get(tag), `<${tag}> early`).to.equal(undefined);
    for (const { id, link } of fallbacks()) {
      expect(shown(link), `#${id} fallback before the bundle`).to.equal(true);
      link.scrollIntoView({ block: 'center' });
      // The undefined tags are inline, so a link may wrap: aim at its first line box.
      const rect = link.getClientRects()[0]!;
      // (Booleans, not nodes, go to chai: inspecting another window's nodes takes forever.)
      const hit = page.doc.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(hit === link, `#${id} fallback hit test found <${hit?.localName}>`).to.equal(true);
    }

    page.win.postMessage('uzl-load-bundle', page.win.location.origin);
    await settled(page);
    expect(page.probe.bundleLoaded).to.equal(true);
    expectEachWidgetShowsItsData(page);
    for (const { id, link } of fallbacks()) {
      if (id === FAILING) {
        // The error state shows the fallback again, beside the message.
        expect(shown(link), `#${id} fallback beside the error`).to.equal(true);
      } else {
        expect(shown(link), `#${id} fallback while data shows`).to.equal(false);
      }
    }
    expectQuiet(page, 'deferred.html');
  });
});
