// The contract every feed widget keeps, tested once and run for each of the five (as Lion's
// form-core/test-suites/*.suite.js and Spectrum's testForMemoryLeaks do): while the feed
// loads it is busy and holds about the room the data will take; an empty feed, a failed one
// and a good one each say so in the page's language, with Retry and the page author's
// fallback link when it fails; a feed that needs a login (401, 403) and one on another origin
// without CORS headers each say what the visitor can do, and the second tells the developer
// CORS may be why; with neither src nor data it waits quietly; uzl-load says whether a refresh
// brought the data; every state is clean under axe; and feed text stays text, with no unsafe
// URL reaching an href or src.
//
// Each widget's test file calls `runFeedElementSuite(config)` once, with what differs: its
// tag, its demo feed, its empty feed and words, its fallback link, and the variants (attributes
// and widths) the states are checked in. Assertions about one widget's own content stay in its
// own file, or come in through the config's `check` hooks.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { UzlLoadDetail } from '../../src/core/events.js';
import { HOSTILE_TEXT } from '../helpers/hostile.js';
import { feedUrl, nextEvent, otherOrigin, serverCount, sleep, uniqueId } from '../helpers/feeds.js';
import { $, $$, fold, text, widgetMounter } from '../helpers/widgets.js';

export type Lang = 'nl' | 'en' | 'fr';
export const LANGS: readonly Lang[] = ['nl', 'en', 'fr'];

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** The words of the core's state views (src/core/state-views.ts), the same in every widget. */
export const STATE_TEXT: Record<
  Lang,
  {
    loading: string;
    notFound: string;
    forbidden: string;
    unreachable: string;
    retry: string;
    loaded: string;
  }
> = {
  nl: {
    loading: 'Bezig met laden…',
    notFound: 'De informatie werd niet gevonden.',
    forbidden: 'De informatie is alleen beschikbaar na aanmelden, of is niet voor u beschikbaar.',
    unreachable:
      'De informatie kon niet worden geladen. Controleer uw verbinding en probeer opnieuw.',
    retry: 'Opnieuw proberen',
    loaded: 'De informatie is geladen.',
  },
  en: {
    loading: 'Loading…',
    notFound: 'The information could not be found.',
    forbidden: 'The information is only available after signing in, or is not available to you.',
    unreachable: 'The information could not be loaded. Check your connection and try again.',
    retry: 'Retry',
    loaded: 'The information has been loaded.',
  },
  fr: {
    loading: 'Chargement…',
    notFound: 'Les informations sont introuvables.',
    forbidden:
      'Les informations ne sont disponibles qu’après connexion, ou ne vous sont pas accessibles.',
    unreachable:
      'Les informations n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.',
    retry: 'Réessayer',
    loaded: 'Les informations ont été chargées.',
  },
};

/** The five demo feeds; each widget must refuse the other four's. */
const DEMO_FEEDS = [
  'demo/data/news.json',
  'demo/data/events.json',
  'demo/data/campuses.json',
  'demo/data/stats.json',
  'demo/data/ai-publications.json',
];

/** One way of showing the widget: every state is checked in each. */
export interface Variant {
  name: string;
  /** Attributes, as HTML: `layout="grid"`. */
  attrs?: string;
  /** Container widths in px; the loading placeholder is measured at each, the rest at the first. */
  widths: number[];
  /** What `uzl-load` counts for the demo feed in this variant. */
  count: number;
  /**
   * The placeholder's [min, max] height ratio to the data's in this variant, when not the
   * config's `reserve`; `false` where the widget makes no such promise (then only busy,
   * placeholder and words are checked), with the reason beside it.
   */
  reserve?: [number, number] | false;
  /** What the widget says for an empty feed in this variant, when not the config's `emptyText`. */
  emptyText?: Record<Lang, string>;
}

export interface FeedElementSuiteConfig {
  tag: string;
  /** The demo page's feed, served by the test server. */
  demo: string;
  /** The page author's fallback content put inside the tag. */
  fallbackHtml: string;
  /** The widget's feed with nothing in it, given as `data`. */
  emptyFeed: () => unknown;
  /** What the widget says for an empty feed, per language. */
  emptyText: Record<Lang, string>;
  /** The first variant is the default one (error recovery, foreign feeds). */
  variants: [Variant, ...Variant[]];
  /** How close the loading placeholder's height must come to the data's: [min, max] ratio. */
  reserve: [number, number];
  hostile: {
    /** A feed carrying HOSTILE_TEXT in its text fields and HOSTILE_URLS in its URL fields. */
    feed: () => unknown;
    attrs?: string;
    width?: number;
    /** The payloads that must read as text (default HOSTILE_TEXT). */
    texts?: readonly string[];
    /** Every href and src left in the widget must match this. */
    urls: RegExp;
    /** Opens what shows on demand (a day's details, a domain) before the checks. */
    reveal?: (el: Widget) => Promise<void>;
    /** The widget's own checks, given the console warnings mounting gave. */
    check?: (el: Widget, warnings: string[]) => void | Promise<void>;
  };
}

const fallbackHeight = (el: Element) => el.querySelector('a')!.getBoundingClientRect().height;
const busy = (el: Element) => $(el, '[part~="base"]')!.getAttribute('aria-busy');
/** The polite live region every feed widget keeps beside its content. */
const announced = (el: Element) =>
  fold($(el, 'div.visually-hidden[aria-live="polite"]')?.textContent);

export function runFeedElementSuite(config: FeedElementSuiteConfig): void {
  const { tag, demo, variants } = config;
  const { mountSrc, mountData, mountLoading, page } = widgetMounter<Widget>(
    tag,
    config.fallbackHtml,
  );
  const demoFeed = (id: string, plan = 'ok', delay = 0) =>
    feedUrl(uniqueId(`${tag}-${id}`), plan, { file: demo, delay });
  const [main] = variants;

  describe(`<${tag}>: the feed element contract`, () => {
    afterEach(() => {
      fixtureCleanup();
      delete (window as { __pwned?: unknown }).__pwned;
    });

    for (const variant of variants) {
      const attrs = variant.attrs ?? '';
      const width = variant.widths[0]!;
      const where = (lang: string, at = width) => `${variant.name}, ${lang}, ${at}px`;

      describe(variant.name, () => {
        it('is busy with a placeholder that reserves about the final height while the feed loads', async () => {
          for (const at of variant.widths) {
            const container = await page({ width: at });
            container.innerHTML = `<${tag} ${attrs} src="${demoFeed('slow', 'ok', 700)}"></${tag}>`;
            const el = container.firstElementChild as Widget;
            const loaded = nextEvent(el, 'uzl-load');
            await el.updateComplete;
            expect(busy(el), where('en', at)).to.equal('true');
            expect($(el, '[part="loading"]'), where('en', at)).to.exist;
            expect(text(el)).to.equal(STATE_TEXT.en.loading);
            const reserved = el.getBoundingClientRect().height;
            await loaded;
            await el.updateComplete;
            const final = el.getBoundingClientRect().height;
            const reserve = variant.reserve ?? config.reserve;
            if (reserve) {
              expect(
                reserved / final,
                `${where('en', at)}: ${reserved}px for ${final}px`,
              ).to.be.within(...reserve);
            }
            expect(busy(el)).to.equal('false');
            expect($(el, '[part="loading"]')).to.equal(null);
            fixtureCleanup();
          }
        });

        it('says it is loading in nl, en and fr, and is axe-clean loading', async () => {
          for (const lang of LANGS) {
            const el = await mountLoading({ lang, width, attrs });
            expect(busy(el), where(lang)).to.equal('true');
            expect($(el, '[part="loading"]'), where(lang)).to.exist;
            expect(text(el), where(lang)).to.equal(STATE_TEXT[lang].loading);
            await expect(el).to.be.accessible();
            fixtureCleanup();
          }
        });

        it('says there is nothing in nl, en and fr for an empty feed, and is axe-clean empty', async () => {
          for (const lang of LANGS) {
            const { el, detail } = await mountData(config.emptyFeed(), { lang, width, attrs });
            expect(detail.count, where(lang)).to.equal(0);
            expect(text(el), where(lang)).to.equal((variant.emptyText ?? config.emptyText)[lang]);
            expect($(el, '[part="empty"]'), where(lang)).to.exist;
            expect(busy(el)).to.equal('false');
            await expect(el).to.be.accessible();
            fixtureCleanup();
          }
        });

        it('shows a 404 with Retry and the fallback link in nl, en and fr, and is axe-clean failed', async () => {
          for (const lang of LANGS) {
            const { el, detail } = await mountSrc(
              feedUrl(uniqueId(`${tag}-404`), '404'),
              { lang, width, attrs, fallback: true },
              'uzl-error',
            );
            expect(detail, where(lang)).to.include({ kind: 'http', status: 404 });
            expect(text(el), where(lang)).to.contain(STATE_TEXT[lang].notFound);
            const retry = $(el, 'button[part~="retry"]')!;
            expect(fold(retry.textContent), where(lang)).to.equal(STATE_TEXT[lang].retry);
            expect(fallbackHeight(el), where(lang)).to.be.greaterThan(0);
            expect(announced(el), where(lang)).to.equal(STATE_TEXT[lang].notFound);
            await expect(el).to.be.accessible();
            fixtureCleanup();
          }
        });

        it('shows the demo feed in nl, en and fr, hiding the fallback link, and is axe-clean', async () => {
          for (const lang of LANGS) {
            const { el, detail } = await mountSrc(demoFeed(`ready-${lang}`), {
              lang,
              width,
              attrs,
              fallback: true,
            });
            expect(detail.count, where(lang)).to.equal(variant.count);
            expect(busy(el)).to.equal('false');
            expect($(el, '[part="error"], [part="empty"], [part="loading"]')).to.equal(null);
            expect(fallbackHeight(el), where(lang)).to.equal(0);
            await expect(el).to.be.accessible();
            fixtureCleanup();
          }
        });
      });
    }

    it('says there is nothing for an empty feed from the server', async () => {
      const { el, detail } = await mountSrc(demoFeed('empty', 'empty'), { attrs: main.attrs });
      expect(detail.count).to.equal(0);
      // Contains: the demo feed's own links (the news list's More news) stay beside the message.
      expect(text(el)).to.contain(config.emptyText.en);
      expect($(el, '[part="empty"]')).to.exist;
    });

    it('recovers on Retry, saying so to the visitor who pressed it', async () => {
      const id = uniqueId(`${tag}-404-then-ok`);
      const { el } = await mountSrc(
        feedUrl(id, '404,ok', { file: demo }),
        { fallback: true, attrs: main.attrs, width: main.widths[0] },
        'uzl-error',
      );
      const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
      $<HTMLButtonElement>(el, 'button[part~="retry"]')!.click();
      expect((await loaded).detail.count).to.equal(main.count);
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(fallbackHeight(el)).to.equal(0);
      expect((await serverCount(id)).requests).to.equal(2);
      expect(announced(el)).to.equal(STATE_TEXT.en.loaded);
    });

    it('tells the visitor a 401 or 403 feed needs a login or is not theirs, in nl, en and fr, without retrying', async () => {
      for (const status of [401, 403]) {
        for (const lang of LANGS) {
          const id = uniqueId(`${tag}-${status}`);
          const { el, detail } = await mountSrc(
            feedUrl(id, String(status)),
            { lang, attrs: main.attrs, width: main.widths[0], fallback: true },
            'uzl-error',
          );
          const where = `${status}, ${lang}`;
          expect(detail, where).to.include({ kind: 'http', status });
          expect(text(el), where).to.contain(STATE_TEXT[lang].forbidden);
          expect(announced(el), where).to.equal(STATE_TEXT[lang].forbidden);
          expect(fallbackHeight(el), where).to.be.greaterThan(0);
          // Asking again by itself will not log the visitor in: one request, no retries.
          expect((await serverCount(id)).requests, where).to.equal(1);
          fixtureCleanup();
        }
      }
    });

    it('names CORS to the developer when a feed on another origin does not allow this one', async function () {
      this.timeout(20000); // three attempts, with the backoff between them
      const id = uniqueId(`${tag}-cors`);
      const src = `${otherOrigin()}${feedUrl(id, 'ok', { file: demo })}`;
      const { el, detail } = await mountSrc(
        src,
        { attrs: main.attrs, fallback: true },
        'uzl-error',
      );
      expect(detail.kind).to.equal('network');
      expect(detail.src).to.equal(src);
      expect(detail.message)
        .to.contain(src)
        .and.contain('CORS')
        .and.contain('Access-Control-Allow-Origin');
      // The visitor is told what a failed connection tells them; the fallback link is there.
      expect(text(el)).to.contain(STATE_TEXT.en.unreachable);
      expect(text(el)).to.not.contain('CORS');
      expect(fallbackHeight(el)).to.be.greaterThan(0);
      // The server answered each of the three attempts; the browser kept the answers from us.
      expect((await serverCount(id)).requests).to.equal(3);
      fixtureCleanup();
      // The same feed allowing every origin loads: the origin, not the server, was the problem.
      const allowed = `${otherOrigin()}${feedUrl(uniqueId(`${tag}-cors-ok`), 'ok', { file: demo, cors: true })}`;
      expect((await mountSrc(allowed, { attrs: main.attrs })).detail.count).to.equal(main.count);
    });

    it('waits quietly with neither src nor data, then loads the src set later', async () => {
      const container = await page({ width: main.widths[0] });
      const events: string[] = [];
      for (const type of ['uzl-load', 'uzl-error'])
        container.addEventListener(type, () => events.push(type));
      container.innerHTML = `<${tag} ${main.attrs ?? ''}>${config.fallbackHtml}</${tag}>`;
      const el = container.firstElementChild as Widget;
      await el.updateComplete;
      await sleep(400);
      expect(events).to.deep.equal([]);
      expect($(el, '[part="loading"]')).to.exist;
      expect($(el, '[part~="error"]')).to.equal(null);
      expect(busy(el)).to.equal('true');

      const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
      el.setAttribute('src', demoFeed('later'));
      expect((await loaded).detail).to.include({ count: main.count, refresh: false });
      expect(events).to.deep.equal(['uzl-load']);
    });

    it('says in uzl-load whether a refresh brought the data', async () => {
      const { el, detail } = await mountSrc(demoFeed('refresh'), {
        attrs: `${main.attrs ?? ''} refresh="0.3"`,
      });
      expect(detail.refresh, 'first load').to.equal(false);
      const refreshed = await nextEvent<UzlLoadDetail>(el, 'uzl-load');
      expect(refreshed.detail).to.include({ count: main.count, refresh: true });
      // Another src is a first load again.
      const next = nextEvent<UzlLoadDetail>(el, 'uzl-load');
      el.setAttribute('src', demoFeed('refresh-other'));
      expect((await next).detail.refresh, 'first load of the new src').to.equal(false);
    });

    it('refuses a feed of another shape, and each other widget’s demo feed', async () => {
      const foreign = [
        feedUrl(uniqueId(`${tag}-shape`), 'shape'),
        ...DEMO_FEEDS.filter((file) => file !== demo).map((file) =>
          feedUrl(uniqueId(`${tag}-foreign`), 'ok', { file }),
        ),
      ];
      for (const src of foreign) {
        const { el, detail } = await mountSrc(src, { attrs: main.attrs }, 'uzl-error');
        expect(detail.kind, src).to.equal('invalid');
        expect(text(el), src).to.contain('The information could not be read.');
        fixtureCleanup();
      }
    });

    it('shows feed text as text and never lets a dangerous URL into href or src', async () => {
      const { hostile } = config;
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      let el: Widget;
      try {
        ({ el } = await mountData(hostile.feed(), { attrs: hostile.attrs, width: hostile.width }));
      } finally {
        console.warn = warn;
      }
      await hostile.reveal?.(el);
      // What the visitor reads is the text itself, and no element came out of it.
      for (const payload of hostile.texts ?? HOSTILE_TEXT) expect(text(el)).to.contain(payload);
      expect($$(el, 'script, svg, iframe, [onerror], [onload]')).to.have.length(0);
      for (const node of $$(el, '[href], [src]')) {
        const value = node.getAttribute('href') ?? node.getAttribute('src') ?? '';
        expect(value).to.match(hostile.urls);
      }
      await hostile.check?.(el, warnings);
      await sleep(200);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });
}
