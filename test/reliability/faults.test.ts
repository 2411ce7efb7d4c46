// Reliability: every element against every way a feed server can fail, on a page shared with
// the four other elements. Real fetches against the dev server's fault middleware
// (test/server/feed-faults.mjs), real Chromium; nothing is mocked.
//
// For each case × element: all five elements are mounted on one Dutch page, each loaded from
// its own demo feed; then one of them is pointed at a faulty feed. We assert the right event
// (`uzl-error` with its kind, or `uzl-load`), the Dutch message where it failed (and not the
// English one), that nothing was thrown uncaught, and that the four others still show exactly
// what they showed before.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { $, $$, fold, text, WIDGETS, type TestWidget } from '../helpers/widgets.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { engine } from '../helpers/engine.js';

// The elements, their demo feeds and empty-state messages: WIDGETS (test/helpers/widgets.ts).

// ---- the localized messages (src/core/state-views.ts, locales/nl.xlf) --------------------

const MESSAGES = {
  unreachable: {
    nl: 'De informatie kon niet worden geladen. Controleer uw verbinding en probeer opnieuw.',
    en: 'The information could not be loaded. Check your connection and try again.',
  },
  notFound: {
    nl: 'De informatie werd niet gevonden.',
    en: 'The information could not be found.',
  },
  forbidden: {
    nl: 'De informatie is alleen beschikbaar na aanmelden, of is niet voor u beschikbaar.',
    en: 'The information is only available after signing in, or is not available to you.',
  },
  server: {
    nl: 'De informatie is tijdelijk niet beschikbaar. Probeer het later opnieuw.',
    en: 'The information is temporarily unavailable. Please try again later.',
  },
  unreadable: {
    nl: 'De informatie kon niet worden gelezen.',
    en: 'The information could not be read.',
  },
  retry: { nl: 'Opnieuw proberen', en: 'Retry' },
} as const;

type Message = keyof typeof MESSAGES;

// ---- uncaught errors, for the whole file ------------------------------------------------

failOnUncaught();

// ---- mounting ---------------------------------------------------------------------------

type Feedish = HTMLElement & { src?: string; updateComplete: Promise<boolean> };
type Outcome =
  { type: 'uzl-load'; detail: UzlLoadDetail } | { type: 'uzl-error'; detail: UzlErrorDetail };

/** The first `uzl-load` or `uzl-error` on `el`. */
function settle(el: Element, timeout = 12000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      clearTimeout(timer);
      el.removeEventListener('uzl-load', done);
      el.removeEventListener('uzl-error', done);
      resolve({ type: event.type, detail: (event as CustomEvent).detail } as Outcome);
    };
    const timer = setTimeout(() => {
      el.removeEventListener('uzl-load', done);
      el.removeEventListener('uzl-error', done);
      reject(new Error(`<${el.localName}>: neither uzl-load nor uzl-error within ${timeout} ms`));
    }, timeout);
    el.addEventListener('uzl-load', done);
    el.addEventListener('uzl-error', done);
  });
}

const goodSrc = (w: TestWidget, name: string) => feedUrl(uniqueId(name), 'ok', { file: w.file });

/** All five elements on one Dutch page, each loaded from its demo feed; their texts. */
async function mountPage(): Promise<{
  page: HTMLElement;
  elements: Feedish[];
  before: string[];
  counts: number[];
}> {
  const page = document.createElement('div');
  page.lang = 'nl';
  page.style.width = '900px';
  document.body.append(page);
  page.innerHTML = WIDGETS.map(
    (w) => `<${w.tag} src="${goodSrc(w, `page-${w.tag}`)}" ${w.steady}></${w.tag}>`,
  ).join('');
  const elements = [...page.children] as Feedish[];
  let outcomes: Outcome[];
  try {
    outcomes = await Promise.all(elements.map((el) => settle(el)));
    for (const [i, outcome] of outcomes.entries())
      expect(outcome.type, `${WIDGETS[i]!.tag} on its demo feed`).to.equal('uzl-load');
    await Promise.all(elements.map((el) => el.updateComplete));
  } catch (error) {
    page.remove();
    throw error;
  }
  const counts = outcomes.map((outcome) =>
    outcome.type === 'uzl-load' ? outcome.detail.count : -1,
  );
  return { page, elements, before: elements.map(text), counts };
}

// ---- the cases --------------------------------------------------------------------------

interface Case {
  name: string;
  plan: string;
  /** Extra attributes on the faulty element. */
  attrs?: string;
  expect:
    | {
        event: 'uzl-error';
        kind: string;
        status?: number;
        message: Message;
        requests: number;
        /** Chromium itself resends a request whose reused keep-alive socket closed unanswered. */
        maxRequests?: number;
      }
    | { event: 'uzl-load'; like: 'ok' | 'empty' | 'duplicate' | 'any' };
  /** After the error: Retry, and the next plan step must load. */
  recovers?: boolean;
  /** How long until the outcome, in ms: retries wait 500 and 1500 ms (±20 %) between attempts. */
  within?: [number, number];
  /** Run the five elements at once (cases bound by the retry backoff). */
  parallel?: boolean;
  /** Capture console.warn and expect exactly one naming `[1]`. */
  warnsOnce?: boolean;
  /** Capture console.warn and expect one or more, each containing this text. */
  warnsOf?: string;
  /** Accept uzl-error of these kinds as well as uzl-load (huge). */
  orErrorKinds?: string[];
  timeout?: number;
}

const CASES: Case[] = [
  {
    name: '500 ×3 then Retry → ok',
    plan: '500,500,500,ok',
    expect: { event: 'uzl-error', kind: 'http', status: 500, message: 'server', requests: 3 },
    within: [1600, 3500],
    recovers: true,
    parallel: true,
  },
  {
    name: '503 ×3 then Retry → ok',
    plan: '503,503,503,ok',
    expect: { event: 'uzl-error', kind: 'http', status: 503, message: 'server', requests: 3 },
    within: [1600, 3500],
    recovers: true,
    parallel: true,
  },
  {
    name: '404',
    plan: '404',
    expect: { event: 'uzl-error', kind: 'http', status: 404, message: 'notFound', requests: 1 },
  },
  // A feed behind a login the visitor lacks (intranet), or not theirs to see: no retries.
  {
    name: '401 then Retry → ok',
    plan: '401,ok',
    expect: { event: 'uzl-error', kind: 'http', status: 401, message: 'forbidden', requests: 1 },
    recovers: true,
  },
  {
    name: '403',
    plan: '403',
    expect: { event: 'uzl-error', kind: 'http', status: 403, message: 'forbidden', requests: 1 },
  },
  {
    name: 'hang, timeout="0.3"',
    plan: 'hang',
    attrs: 'timeout="0.3"',
    parallel: true,
    expect: { event: 'uzl-error', kind: 'timeout', message: 'unreachable', requests: 3 },
    // Three attempts of 0.3 s plus the two waits: 2.5 to 3.3 s.
    within: [2500, 4500],
  },
  {
    name: 'truncated JSON',
    plan: 'truncated',
    expect: { event: 'uzl-error', kind: 'parse', message: 'unreadable', requests: 1 },
  },
  {
    name: 'HTML with status 200',
    plan: 'html',
    expect: { event: 'uzl-error', kind: 'parse', message: 'unreadable', requests: 1 },
  },
  {
    name: 'another shape',
    plan: 'shape',
    expect: { event: 'uzl-error', kind: 'invalid', message: 'unreadable', requests: 1 },
  },
  {
    name: 'version 2',
    plan: 'version-2',
    expect: { event: 'uzl-error', kind: 'invalid', message: 'unreadable', requests: 1 },
  },
  { name: 'empty', plan: 'empty', expect: { event: 'uzl-load', like: 'empty' } },
  {
    name: 'one bad item',
    plan: 'bad-item',
    expect: { event: 'uzl-load', like: 'ok' },
    warnsOnce: true,
  },
  { name: 'unknown fields', plan: 'extra', expect: { event: 'uzl-load', like: 'ok' } },
  {
    name: 'duplicate ids',
    plan: 'duplicate',
    expect: { event: 'uzl-load', like: 'duplicate' },
    warnsOf: 'repeats an earlier item’s id',
  },
  {
    name: 'huge (10 MB)',
    plan: 'huge',
    expect: { event: 'uzl-load', like: 'any' },
    orErrorKinds: ['timeout', 'invalid', 'parse'],
    timeout: 30000,
  },
  {
    name: 'connection dropped',
    plan: 'drop',
    expect: {
      event: 'uzl-error',
      kind: 'network',
      message: 'unreachable',
      requests: 3,
      // Three attempts; Chromium resends an attempt on each idle keep-alive socket that the
      // server closed (up to its six per host), so the server may see more. Firefox resends a
      // reset request itself, up to 10 times (network.http.request.max-attempts), and with five
      // feeds dropping at once it may take far longer to give up.
      maxRequests: engine === 'firefox' ? 30 : 21,
    },
    // Firefox usually gives up in 2-3 s too, but in CI runs on two busy cores it took 52 s (five
    // side by side) and 62 s (one alone): more than the widget's three 10 s attempts, so its own
    // resends or a held-back timer, not the widget, set the pace there. The bound there only
    // says it ends; what it ends with is checked below as everywhere.
    within: [1600, engine === 'firefox' ? 90000 : 5000],
    timeout: engine === 'firefox' ? 100000 : undefined,
    // One at a time in Firefox, so its resends for one feed do not queue behind another's.
    parallel: engine !== 'firefox',
  },
];

const timings: string[] = [];

/** One case on one element: a page of five good widgets, then this one made faulty. */
async function scenario(c: Case, index: number): Promise<void> {
  const w = WIDGETS[index]!;
  const { page, elements, before, counts } = await mountPage();
  try {
    await check(c, w, index, elements, before, counts[index]!);
  } finally {
    page.remove();
  }
}

async function check(
  c: Case,
  w: TestWidget,
  index: number,
  elements: Feedish[],
  before: string[],
  okCount: number,
): Promise<void> {
  const el = elements[index]!;
  const others = elements.filter((other) => other !== el);
  const okText = before[index]!;

  // The others must not even notice: no event from them from here on.
  const otherEvents: string[] = [];
  for (const other of others) {
    other.addEventListener('uzl-load', () => otherEvents.push(`${other.localName} load`));
    other.addEventListener('uzl-error', () => otherEvents.push(`${other.localName} error`));
  }

  const warnings: string[] = [];
  const originalWarn = console.warn;
  if (c.warnsOnce || c.warnsOf)
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));

  const id = uniqueId(`${c.plan.replace(/,/g, '-')}-${w.tag}`);
  const start = performance.now();
  let outcome: Outcome;
  try {
    const settled = settle(el, (c.timeout ?? 15000) - 2000);
    if (c.attrs) {
      const [name, value] = c.attrs.split('=');
      el.setAttribute(name!, JSON.parse(value!) as string);
    }
    el.src = feedUrl(id, c.plan, { file: w.file });
    outcome = await settled;
    await el.updateComplete;
  } finally {
    console.warn = originalWarn;
  }
  const elapsed = performance.now() - start;
  if (c.within) {
    timings.push(`${c.plan} <${w.tag}>: ${Math.round(elapsed)} ms`);
    expect(elapsed, 'time to the outcome (ms)').to.be.within(...c.within);
  }
  if (c.plan === 'huge') {
    const body =
      outcome.type === 'uzl-load' ? `count ${outcome.detail.count}` : `${outcome.detail.kind}`;
    timings.push(`huge <${w.tag}>: ${outcome.type} (${body}) in ${Math.round(elapsed)} ms`);
  }
  const shown = text(el);

  if (c.expect.event === 'uzl-error') {
    const want = c.expect;
    expect(outcome.type, `event; shown: ${shown.slice(0, 200)}`).to.equal('uzl-error');
    const detail = outcome.detail as UzlErrorDetail;
    expect(detail.kind).to.equal(want.kind);
    if (want.status !== undefined) expect(detail.status).to.equal(want.status);
    else expect(detail.status).to.equal(undefined);
    expect(detail.message).to.be.a('string').and.not.empty;
    expect(detail.src).to.equal(new URL(el.src, location.href).href);
    // Visible, in Dutch, and not in English.
    const box = $(el, '[part="error"]');
    expect(box, 'error box').to.not.equal(null);
    expect(fold(box!.textContent)).to.contain(MESSAGES[want.message].nl);
    expect(shown).to.not.contain(MESSAGES[want.message].en);
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]');
    expect(fold(retry?.textContent)).to.equal(MESSAGES.retry.nl);
    // The data that was there is gone (no mix of old data and error box).
    expect($(el, '[part="stale"]')).to.equal(null);
    const count = await serverCount(id);
    if (c.plan === 'hang')
      // Each timed-out attempt was really given up on, not left running.
      await until(
        async () => (await serverCount(id)).closedEarly === want.requests,
        'the three timed-out attempts to be closed',
      );
    if (c.plan === 'drop')
      timings.push(`drop <${w.tag}>: ${count.requests} requests at the server`);
    if (want.maxRequests)
      expect(count.requests, 'requests the server saw').to.be.within(
        want.requests,
        want.maxRequests,
      );
    else expect(count.requests, 'requests the server saw').to.equal(want.requests);

    if (c.recovers) {
      const recovered = settle(el);
      retry!.click();
      const again = await recovered;
      expect(again.type).to.equal('uzl-load');
      await el.updateComplete;
      expect(text(el), 'after Retry, the same as the demo feed').to.equal(
        `${okText} De informatie is geladen.`,
      );
      expect($(el, '[part="error"]')).to.equal(null);
      expect((await serverCount(id)).requests).to.equal(want.requests + 1);
    }
  } else if (outcome.type === 'uzl-error') {
    // Only the huge feed may end in an error, and then cleanly.
    expect(
      c.orErrorKinds ?? [],
      `unexpected uzl-error ${outcome.detail.kind}: ${outcome.detail.message}`,
    ).to.include(outcome.detail.kind);
    expect($(el, '[part="error"]')).to.not.equal(null);
    expect(
      Object.values(MESSAGES).some((m) => shown.includes(m.nl)),
      `a Dutch message; shown: ${shown.slice(0, 200)}`,
    ).to.equal(true);
  } else {
    const detail = outcome.detail;
    expect($(el, '[part="error"]'), `error box; shown: ${shown.slice(0, 200)}`).to.equal(null);
    switch (c.expect.like) {
      case 'ok':
        // Unknown fields ignored / the bad item skipped: the same as the good feed.
        expect(shown).to.equal(okText);
        break;
      case 'empty':
        expect(detail.count).to.equal(0);
        expect(shown).to.contain(w.empty.nl);
        expect(shown).to.not.contain(w.empty.en);
        break;
      case 'duplicate': {
        // A record whose id repeats an earlier one's is skipped like any bad item (with a
        // warning): the widget shows exactly what the feed without the repeat shows.
        timings.push(`duplicate <${w.tag}>: count ${detail.count} (demo feed ${okCount})`);
        expect(detail.count).to.equal(okCount);
        expect(shown).to.equal(okText);
        // No id appears twice in the shadow root (aria-labelledby and friends stay right).
        const ids = $$(el, '[id]').map((node) => node.id);
        expect(ids.length, `ids: ${ids.join(',')}`).to.equal(new Set(ids).size);
        // Lit's keyed repeat must still update correctly afterwards: back to the
        // good feed, the element shows exactly what it showed before.
        const back = settle(el);
        el.src = goodSrc(w, `back-${w.tag}`);
        expect((await back).type).to.equal('uzl-load');
        await el.updateComplete;
        expect(text(el), 'back on the good feed after duplicates').to.equal(okText);
        break;
      }
      case 'any':
        expect(detail.count).to.be.greaterThan(0);
        break;
    }
  }

  if (c.warnsOnce) {
    expect(warnings, 'console.warn calls').to.have.length(1);
    // Names the skipped item's index and the field that is wrong: `items[1].date is required`.
    expect(warnings[0]).to.match(/\w+\[1\]\.\w+/);
    expect(warnings[0]).to.contain(w.tag);
    timings.push(`bad-item warning: ${warnings[0]}`);
  }

  if (c.warnsOf) {
    expect(warnings.length, 'console.warn calls').to.be.greaterThan(0);
    for (const warning of warnings) expect(warning).to.contain(c.warnsOf).and.contain(w.tag);
    timings.push(`duplicate warning: ${warnings[0]}`);
  }

  // The four others: exactly the text they showed before, and no event.
  others.forEach((other) => {
    expect(text(other), `<${other.localName}> beside the faulty one`).to.equal(
      before[elements.indexOf(other)],
    );
  });
  expect(otherEvents).to.deep.equal([]);
  // And every element's shadow root is still whole.
  for (const other of elements) expect($$(other, '[part="base"]')).to.have.length(1);
}

describe('reliability: feed faults × elements, in Dutch, beside four good widgets', function () {
  this.timeout(15000);

  after(() => {
    if (timings.length) console.log(`[reliability] ${timings.join(' | ')}`);
  });

  for (const c of CASES) {
    describe(c.name, () => {
      // Cases that wait out the retry backoff run their five elements side by side (each on
      // its own page of five); the tests then collect each element's result.
      let running: Map<number, Promise<void>> | undefined;
      if (c.parallel)
        before(() => {
          running = new Map(
            WIDGETS.map((_, i) => {
              const run = scenario(c, i);
              run.catch(() => {}); // reported by its own test
              return [i, run];
            }),
          );
        });
      WIDGETS.forEach((w, index) => {
        it(`<${w.tag}>`, async function () {
          if (c.timeout) this.timeout(c.timeout);
          await (running?.get(index) ?? scenario(c, index));
        });
      });
    });
  }
});

describe('reliability: the error views are all Dutch on a Dutch page', () => {
  it('has no English left in any error box', async function () {
    // Two waits of up to 12 s each (the five loads, then the five errors): after the 10 MB and
    // dropped-connection cases above, Firefox can take more than the default 15 s for both.
    this.timeout(30000);
    const start = performance.now();
    const { page, elements } = await mountPage();
    const mounted = performance.now();
    try {
      const settled = elements.map((el) => settle(el));
      elements.forEach((el, i) => {
        el.src = feedUrl(uniqueId(`404-all-${i}`), '404', { file: WIDGETS[i]!.file });
      });
      await Promise.all(settled);
      console.log(
        `[reliability] all Dutch: five loads ${Math.round(mounted - start)} ms, five 404s ${Math.round(performance.now() - mounted)} ms`,
      );
      await until(() => elements.every((el) => $(el, '[part="error"]')), 'five error boxes');
      for (const el of elements) {
        expect(fold($(el, '[part="error"]')!.textContent)).to.equal(
          `${MESSAGES.notFound.nl} ${MESSAGES.retry.nl}`,
        );
      }
    } finally {
      page.remove();
    }
  });
});
