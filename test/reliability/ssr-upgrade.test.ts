// Server-rendered widgets upgrading in the browser. test/server/ssr-pages.mjs renders a Dutch
// page at request time with @lit-labs/ssr from dist/ (as Astro's or Next.js's Lit integration
// would): the five widgets on their demo feeds and one with neither `src` nor `data`, each a
// declarative shadow root holding the waiting state, with a fallback link as light DOM. The page
// loads no element script; the test watches the shadow roots, then has the page import one:
//   - the per-element modules (`uzl-widgets/<name>.js`), as an application imports them;
//   - the same after `@lit-labs/ssr-client/lit-element-hydrate-support.js`, which Astro's and
//     Next.js's Lit integrations load first on every page;
//   - the drop-in bundle.
// In each, every widget must reach its ready state without an error view ever being inserted,
// an `uzl-error` fired, or a frame painted with an empty or failed widget, and with its content
// once (not the server's copy beside the browser's).
import { expect } from '@open-wc/testing';
import { olderEngine } from '../helpers/engine.js';
import { uniqueId, until } from '../helpers/feeds.js';
import { WIDGET_TAGS } from '../helpers/widgets.js';

interface Probe {
  errors: string[];
  rejections: string[];
  warnings: string[];
  defines: string[];
  events: { type: 'uzl-load' | 'uzl-error'; tag: string; id: string; detail: unknown }[];
  imported: boolean;
  /** Per animation frame, each widget's state by id: none, empty, error, loading or ready. */
  frames: Record<string, string>[];
  /** The same frames: each widget's height by id. */
  frameHeights: Record<string, number>[];
}

type FrameWindow = Window & typeof globalThis & { __probe: Probe; __uzlOlderEngine?: boolean };
type Widget = HTMLElement & {
  data?: unknown;
  resolvedLang?: string;
  updateComplete?: Promise<boolean>;
};

/** The page's widgets (test/server/ssr-pages.mjs, by their messages' prefix) and what `uzl-load` counts for each. */
const COUNTS: Record<string, number> = { news: 15, calendar: 34, campus: 1, stats: 6, ai: 20 };
const PAGE_IDS = Object.keys(COUNTS);
const WAITING = 'waiting';

const VARIANTS: { name: string; imports: string[] }[] = [
  { name: 'the per-element modules', imports: WIDGET_TAGS.map((tag) => `/dist/${tag}.js`) },
  {
    name: "Lit's hydration support, then the per-element modules",
    imports: ['/test/pages/lit-hydrate-support.js', ...WIDGET_TAGS.map((tag) => `/dist/${tag}.js`)],
  },
  { name: 'the drop-in bundle', imports: ['/dist/uzl-widgets.js'] },
];

const frames: HTMLIFrameElement[] = [];

async function openPage(): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText =
    'position: fixed; top: 0; left: 0; border: 0; width: 900px; height: 800px; background: white;';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/test/ssr/widgets.html?run=${uniqueId('ssr')}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  expect(win.__probe, 'probe.js did not run').to.exist;
  if (olderEngine) expect(win.__uzlOlderEngine, 'older-engine.js did not run').to.equal(true);
  return { win, doc: frame.contentDocument! };
}

/** Whether the visitor sees the widget's fallback link (slotted and laid out). */
const fallbackShown = (el: Element) => {
  const link = el.querySelector('a.fallback')!;
  return link.getClientRects().length > 0 && link.getBoundingClientRect().height > 0;
};

const nextFrame = (win: Window) =>
  new Promise<void>((done) => win.requestAnimationFrame(() => done()));

describe('server-rendered widgets upgrade without an error', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const variant of VARIANTS) {
    it(`with ${variant.name}`, async function () {
      this.timeout(30000);
      const { win, doc } = await openPage();
      const probe = win.__probe;
      const widget = (id: string) => {
        const el = doc.getElementById(id);
        if (!el) throw new Error(`no #${id} on the server-rendered page`);
        return el as Widget;
      };

      // The server's HTML, before any script: a declarative shadow root per widget holding the
      // placeholder's room with the fallback link in it, nothing defined, no error anywhere.
      for (const tag of WIDGET_TAGS)
        expect(win.customElements.get(tag), `<${tag}> before the import`).to.equal(undefined);
      for (const id of [...PAGE_IDS, WAITING]) {
        const root = widget(id).shadowRoot;
        expect(root, `#${id}: no declarative shadow root`).to.exist;
        expect(root!.querySelector('[part~="loading"] slot'), `#${id}: server view`).to.exist;
        expect(root!.querySelector('[part~="error"]'), `#${id}: error view`).to.equal(null);
        expect(fallbackShown(widget(id)), `#${id}: fallback link before the script`).to.equal(true);
      }
      // One room each, the server's placeholder (not the page stylesheet's room for an undefined
      // tag as well), with the fallback link at its top, where the visitor looks for it.
      const before: Record<string, number> = {};
      for (const id of [...PAGE_IDS, WAITING]) {
        const box = widget(id).getBoundingClientRect();
        before[id] = box.height;
        const link = widget(id).querySelector('a.fallback')!.getBoundingClientRect();
        expect(link.top - box.top, `#${id}: the fallback link's distance from the top`).to.be.below(
          40,
        );
      }

      // From now on, any error view inserted into any widget, however briefly, is recorded.
      const inserted: string[] = [];
      const observers = [...PAGE_IDS, WAITING].map((id) => {
        const observer = new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes) {
              if (node.nodeType !== 1) continue;
              const el = node as Element;
              if (el.matches('[part~="error"]') || el.querySelector('[part~="error"]'))
                inserted.push(`#${id}: ${el.outerHTML.slice(0, 120)}`);
            }
        });
        observer.observe(widget(id).shadowRoot!, { childList: true, subtree: true });
        return observer;
      });

      // Frames from here on: before it, a frame may catch the parser mid-way through a
      // declarative shadow root (WebKit paints while it parses), which is the server's page
      // loading, not our upgrade; the checks above already saw each server view whole.
      const firstFrame = probe.frames.length;
      try {
        win.postMessage({ uzlImport: variant.imports }, win.location.origin);
        await until(
          () =>
            PAGE_IDS.every((id) => probe.events.some((e) => e.id === id && e.type === 'uzl-load')),
          `uzl-load from ${PAGE_IDS.join(', ')}; saw ${JSON.stringify(probe.events.map((e) => `${e.type} #${e.id}`))}, errors ${JSON.stringify([...probe.errors, ...probe.rejections])}`,
          15000,
        );
        for (const id of [...PAGE_IDS, WAITING]) await widget(id).updateComplete;
        await nextFrame(win);
        await nextFrame(win);
      } finally {
        for (const observer of observers) observer.disconnect();
      }

      expect(probe.imported, 'the page imported the modules').to.equal(true);
      expect([...probe.errors, ...probe.rejections], 'errors on the page').to.deep.equal([]);
      expect(
        probe.warnings.filter((w) => /uzl-/.test(w)),
        'our warnings',
      ).to.deep.equal([]);
      expect(inserted, 'error views inserted while upgrading').to.deep.equal([]);
      expect(probe.events.filter((e) => e.type === 'uzl-error')).to.deep.equal([]);
      for (const tag of WIDGET_TAGS) expect(probe.defines, tag).to.include(tag);

      // Every frame painted showed each widget as the server left it, loading or ready: never
      // an empty shadow root (rendered afresh within the upgrade's task) and never an error.
      const upgradeFrames = probe.frames.slice(firstFrame);
      expect(upgradeFrames.length, 'animation frames sampled').to.be.greaterThan(1);
      const bad = upgradeFrames.flatMap((frame, n) =>
        Object.entries(frame)
          .filter(([, state]) => !['loading', 'ready'].includes(state))
          .map(([id, state]) => `frame ${firstFrame + n}: #${id} ${state}`),
      );
      expect(bad, 'frames with a widget neither loading nor ready').to.deep.equal([]);
      // …and while loading, the room the server's HTML held: the upgrade moves nothing on the
      // page (the news list's `limit="3"` included, which the server wrote into its markup).
      const moved = upgradeFrames.flatMap((frame, n) =>
        Object.entries(frame)
          .filter(([id, state]) => state === 'loading' && before[id] !== undefined)
          .map(([id]) => [id, probe.frameHeights[firstFrame + n]![id]!] as const)
          .filter(([id, height]) => Math.abs(height - before[id]!) > 1)
          .map(([id, height]) => `frame ${firstFrame + n}: #${id} ${before[id]} → ${height} px`),
      );
      expect(moved, 'loading widgets whose height changed at the upgrade').to.deep.equal([]);
      expect(
        upgradeFrames.filter((frame) => frame['news'] === 'loading').length,
        'frames with the news list loading',
      ).to.be.greaterThan(0);

      for (const id of PAGE_IDS) {
        const el = widget(id);
        const root = el.shadowRoot!;
        const load = probe.events.find((e) => e.id === id && e.type === 'uzl-load')!;
        expect((load.detail as { count: number }).count, `#${id} count`).to.equal(COUNTS[id]);
        // The browser's rendering replaced the server's: one box, ready, not busy.
        expect(root.querySelectorAll('[part~="base"]').length, `#${id}: boxes`).to.equal(1);
        expect(root.querySelector('[part~="loading"]'), `#${id}: placeholder`).to.equal(null);
        expect(root.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
        expect(fallbackShown(el), `#${id}: fallback while data shows`).to.equal(false);
        // The page's language, which the server could not know (only the element's own `lang`).
        expect(el.resolvedLang, `#${id}: language`).to.equal('nl');
      }

      // The widget given nothing waits quietly: the browser's placeholder, no event, until data comes.
      const waiting = widget(WAITING);
      expect(waiting.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
      expect(waiting.shadowRoot!.querySelector('[part~="loading"] .uzl-skeleton')).to.exist;
      expect(probe.events.filter((e) => e.id === WAITING)).to.deep.equal([]);
      const feed = (await (await fetch('/demo/data/news.json')).json()) as unknown;
      waiting.data = feed;
      await until(
        () => probe.events.some((e) => e.id === WAITING && e.type === 'uzl-load'),
        'uzl-load from #waiting once data was set',
      );
      expect(waiting.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    });
  }
});
