// Reliability under load: many connects and disconnects with fetches in flight, many widgets
// on one page, refresh while the page is hidden, and a feed server that goes away after a good
// load. Real fetches against the dev server's fault middleware (test/server/feed-faults.mjs),
// in every engine lane; the heap is measured after a forced GC where the DevTools protocol
// allows it (Chromium; test/server/engine-commands.mjs).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/uzl-widgets.js'; // defines every widget
import type { UzlErrorDetail } from '../../src/core/events.js';
import {
  feedUrl,
  serverCount,
  sleep,
  uniqueId,
  until,
  type ServerCount,
} from '../helpers/feeds.js';
import { $, fold, text, WIDGETS, type TestWidget } from '../helpers/widgets.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { engine, skipIn } from '../helpers/engine.js';

// Only Chromium's DevTools protocol can force a collection and read the heap.
const HEAP_MEASURED = engine === 'chromium';

const STALE_NL =
  'Deze informatie kon net niet worden bijgewerkt; ze is mogelijk niet meer actueel.';

type Feedish = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

// ---- uncaught errors, for the whole file ------------------------------------------------

failOnUncaught();

afterEach(() => {
  fixtureCleanup();
});

// ---- timers, watched ----------------------------------------------------------------------

// The browser's own timers, kept before anything is wrapped: the test waits with these, so its
// own waiting is never mistaken for the elements' timers.
const realSetTimeout = window.setTimeout.bind(window);
const realRaf = window.requestAnimationFrame.bind(window);
const wait = (ms: number) => new Promise<void>((done) => realSetTimeout(done, ms));
const frame = () => new Promise<void>((done) => realRaf(() => done()));

interface TimerRecord {
  kind: 'timeout' | 'interval' | 'frame';
  delay: number;
  /** performance.now() of each run of its callback. */
  runs: number[];
  cleared: boolean;
}

/**
 * Wraps setTimeout, setInterval and requestAnimationFrame (and their clear functions) so that
 * every timer created while `tagging` is on is recorded, without holding on to its callback.
 */
function watchTimers() {
  type Native = (...args: unknown[]) => number;
  // The window's timer functions, loosely typed: DOM and Node typings disagree about them.
  const win = window as unknown as Record<string, Native>;
  const names = [
    'setTimeout',
    'setInterval',
    'clearTimeout',
    'clearInterval',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ] as const;
  const original = Object.fromEntries(names.map((name) => [name, win[name]!])) as Record<
    (typeof names)[number],
    Native
  >;
  const timers = new Map<string, TimerRecord>();
  const all: TimerRecord[] = [];
  const state = { tagging: false };

  const wrap =
    (kind: TimerRecord['kind'], native: Native): Native =>
    (callback: unknown, delay?: unknown, ...args: unknown[]): number => {
      const ms = typeof delay === 'number' ? delay : 0;
      if (!state.tagging || typeof callback !== 'function') {
        return kind === 'frame'
          ? native.call(window, callback)
          : native.call(window, callback, delay, ...args);
      }
      const record: TimerRecord = { kind, delay: ms, runs: [], cleared: false };
      let key = '';
      const run = (...runArgs: unknown[]) => {
        record.runs.push(performance.now());
        if (kind !== 'interval') timers.delete(key);
        (callback as (...a: unknown[]) => void)(...runArgs);
      };
      const handle =
        kind === 'frame' ? native.call(window, run) : native.call(window, run, ms, ...args);
      key = `${kind === 'frame' ? 'f' : 't'}${handle}`;
      timers.set(key, record);
      all.push(record);
      return handle;
    };
  const clear =
    (prefix: string, native: Native): Native =>
    (id?: unknown) => {
      const record = timers.get(`${prefix}${String(id)}`);
      if (record) {
        record.cleared = true;
        timers.delete(`${prefix}${String(id)}`);
      }
      return native.call(window, id);
    };
  win.setTimeout = wrap('timeout', original.setTimeout);
  win.setInterval = wrap('interval', original.setInterval);
  win.requestAnimationFrame = wrap('frame', original.requestAnimationFrame);
  win.clearTimeout = clear('t', original.clearTimeout);
  win.clearInterval = clear('t', original.clearInterval);
  win.cancelAnimationFrame = clear('f', original.cancelAnimationFrame);

  return {
    state,
    /** Timers created while tagging that are still waiting (not run, not cleared). */
    pending: () => [...timers.values()],
    /** Runs of tagged callbacks between `from` and `to` (performance.now()). */
    runsBetween: (from: number, to: number) =>
      all.flatMap((record) => record.runs.filter((t) => t >= from && t < to).map(() => record)),
    created: () => all.length,
    restore() {
      Object.assign(window, original);
      timers.clear();
      all.length = 0;
    },
  };
}

// ---- the server side ------------------------------------------------------------------

/** Server counts for `id`, polled until they stop changing for `quiet` ms. */
async function settledCount(id: string, quiet = 1500, timeout = 15000): Promise<ServerCount> {
  const start = performance.now();
  let last = JSON.stringify(await serverCount(id));
  let since = performance.now();
  while (performance.now() - start < timeout) {
    await wait(100);
    const now = JSON.stringify(await serverCount(id));
    if (now !== last) {
      last = now;
      since = performance.now();
    } else if (performance.now() - since >= quiet) break;
  }
  return JSON.parse(last) as ServerCount;
}

const heap = async () =>
  (await executeServerCommand<{ usedSize: number }, undefined>('heap-usage')).usedSize;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

// ---- 1,000 connect / disconnect cycles per element ----------------------------------------

/**
 * `cycles` times: put an element on the page and take it off again, alternating one element
 * used over and over with a new one each time. Every 10th cycle waits a frame while the
 * element is on the page (its fetch starts and is in flight), every 10th + 5 a microtask;
 * the rest connect and disconnect in the same task. With `holdMs`, every cycle stays on the
 * page that long instead.
 */
async function cycle(w: TestWidget, src: string, cycles: number, events: string[], holdMs = 0) {
  const container = document.createElement('div');
  container.lang = 'nl';
  document.body.append(container);
  const make = () => {
    const template = document.createElement('template');
    template.innerHTML = `<${w.tag} src="${src}" ${w.steady}></${w.tag}>`;
    const el = template.content.firstElementChild as Feedish;
    el.addEventListener('uzl-load', () => events.push('uzl-load'));
    el.addEventListener('uzl-error', (e) => events.push(`uzl-error ${e.detail.kind}`));
    return el;
  };
  const same = make();
  for (let i = 0; i < cycles; i++) {
    const el = i % 2 === 0 ? same : make();
    container.append(el);
    if (holdMs) await wait(holdMs);
    else if (i % 10 === 0) await frame();
    else if (i % 10 === 5) await Promise.resolve();
    el.remove();
    if (i % 50 === 49) await frame();
  }
  container.remove();
}

describe('reliability: 1,000 connect/disconnect cycles per element, fetches in flight', function () {
  this.timeout(90000);

  it('(the timer watch itself sees a timer left behind, and one that runs)', async () => {
    const timers = watchTimers();
    try {
      timers.state.tagging = true;
      const from = performance.now();
      window.setTimeout(() => {}, 10);
      const left = window.setTimeout(() => {}, 60000);
      requestAnimationFrame(() => {});
      timers.state.tagging = false;
      // Until both have run, not a fixed wait: a loaded machine can hold a 10 ms timer and a
      // frame back past 50 ms (seen in Firefox with both cores busy).
      await until(
        () => timers.runsBetween(from, performance.now()).length >= 2,
        'the 10 ms timer and the animation frame to run',
      );
      expect(timers.runsBetween(from, performance.now())).to.have.length(2);
      expect(timers.pending().map((t) => `${t.kind} ${t.delay}`)).to.deep.equal(['timeout 60000']);
      window.clearTimeout(left);
      expect(timers.pending()).to.deep.equal([]);
    } finally {
      timers.restore();
    }
  });

  for (const w of WIDGETS) {
    const heapGrowth = HEAP_MEASURED ? ', no heap growth' : '';
    it(`<${w.tag}>: no uncaught error, no request left running, no timer firing${heapGrowth}`, async () => {
      const events: string[] = [];
      // Warm-up: compiled templates, Intl formatters, style sheets, the element's first
      // full render and its error path are made once, not counted as a leak.
      const warm = uniqueId(`warm-${w.tag}`);
      await cycle(w, feedUrl(warm, 'ok', { file: w.file, delay: 1000 }), 200, []);
      const page = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
      let settled = 0;
      page.addEventListener('uzl-load', () => settled++);
      page.addEventListener('uzl-error', () => settled++);
      page.innerHTML = `<${w.tag} src="${feedUrl(uniqueId('warm-ok'), 'ok', { file: w.file })}" ${w.steady}></${w.tag}><${w.tag} src="${feedUrl(uniqueId('warm-404'), '404')}" ${w.steady}></${w.tag}>`;
      await until(() => settled >= 2, 'the warm-up widgets to load and fail');
      fixtureCleanup();
      await settledCount(warm, 1200);
      const heapBefore = HEAP_MEASURED ? await heap() : 0;

      const timers = watchTimers();
      const id = uniqueId(`cycles-${w.tag}`);
      const start = performance.now();
      let end = 0;
      try {
        timers.state.tagging = true;
        await cycle(w, feedUrl(id, 'ok', { file: w.file, delay: 3000 }), 1000, events);
        const cyclesEnd = performance.now();
        // And 10 more taken off during the retry backoff: a 500 answers at once, the element
        // waits 400–600 ms to retry, and leaves after 120 ms. The wait must end with it.
        const failing = uniqueId(`cycles-500-${w.tag}`);
        await cycle(w, feedUrl(failing, '500'), 10, events, 120);
        timers.state.tagging = false;
        end = performance.now();
        const created = timers.created();

        // Every request that reached the server was given up on by the browser: with a 3 s
        // delay, a request not aborted would be answered (`requests` > `closedEarly`). (1 s was
        // too short for Firefox on a loaded machine: a main thread stalled that long let one
        // answer arrive before its element's abort.)
        const count = await settledCount(id);
        expect(count.requests, 'requests that reached the server').to.be.greaterThan(0);
        // Firefox sometimes reads an aborted answer to its end instead of closing the
        // connection (seen: 1 of 63 and 1 of 71 requests, even with a 3 s delay), so the server
        // sees it finish; the element had dropped it all the same (no event, checked below).
        const drained = engine === 'firefox' ? Math.ceil(count.requests * 0.03) : 0;
        expect(
          count.closedEarly,
          `requests aborted (${count.requests} reached the server), none left to finish`,
        ).to.be.within(count.requests - drained, count.requests);

        // At most one request per visit to the page: no retry after leaving it. (A request
        // aborted within the 120 ms may never reach the server: Firefox under load.)
        const failed = (await serverCount(failing)).requests;
        expect(failed, 'requests to the 500 feed').to.be.within(1, 10);

        // Timers: wait out the retry backoff (1.5 s) and more, then watch for 2 s.
        await wait(Math.max(0, end + 3000 - performance.now()));
        const windowStart = performance.now();
        await wait(2000);
        const late = timers.runsBetween(windowStart, performance.now());
        const pending = timers.pending();
        console.log(
          `[reliability] <${w.tag}> 1000 cycles in ${Math.round(cyclesEnd - start)} ms (+10 held in backoff); ` +
            `server ${count.requests} requests / ${count.closedEarly} closed early; ` +
            `${created} timers created during the cycles, ${late.length} ran 3–5 s later, ` +
            `${pending.length} still pending (${pending.map((t) => `${t.kind} ${t.delay} ms`).join(', ')})`,
        );
        expect(
          late.map((t) => `${t.kind} ${t.delay} ms`),
          'timer callbacks 3–5 s after the cycles',
        ).to.deep.equal([]);
        expect(
          pending.map((t) => `${t.kind} ${t.delay} ms`),
          'timers still waiting',
        ).to.deep.equal([]);
      } finally {
        timers.restore();
      }
      expect(events, 'events from elements taken off the page mid-load').to.deep.equal([]);

      if (!HEAP_MEASURED) return;
      const heapAfter = await heap();
      console.log(
        `[reliability] <${w.tag}> heap before ${mb(heapBefore)}, after ${mb(heapAfter)} ` +
          `(${(((heapAfter - heapBefore) / heapBefore) * 100).toFixed(1)} %)`,
      );
      expect(heapAfter, 'heap after GC, within 10 % of the start').to.be.at.most(heapBefore * 1.1);
    });
  }

  // Where the heap cannot be read, the lane's summary names the check that did not run.
  if (!HEAP_MEASURED) {
    skipIn(
      ['firefox', 'webkit'],
      'no forced garbage collection or heap reading outside Chromium DevTools; the checks above run here',
    )('no heap growth over the 1,000 cycles per element');
  }
});

// ---- 200 widgets, 5 feeds -----------------------------------------------------------------

describe('reliability: many widgets on one page', function () {
  this.timeout(60000);

  it('200 widgets over 5 feed URLs make exactly 5 requests', async () => {
    const ids = WIDGETS.map((w) => uniqueId(`200-${w.tag}`));
    const srcs = WIDGETS.map((w, i) => feedUrl(ids[i]!, 'ok', { file: w.file, delay: 300 }));
    const page = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 900px"></div>`);
    let loads = 0;
    const errors: string[] = [];
    page.addEventListener('uzl-load', () => loads++);
    page.addEventListener('uzl-error', (e) =>
      errors.push(`${(e.target as Element).localName} ${e.detail.kind}`),
    );
    // Mixed on the page: news, calendar, campus, stats, publications, news, calendar, …
    page.innerHTML = Array.from({ length: 200 }, (_, n) => {
      const w = WIDGETS[n % WIDGETS.length]!;
      return `<${w.tag} src="${srcs[n % WIDGETS.length]}" ${w.steady}></${w.tag}>`;
    }).join('');
    const start = performance.now();
    await until(() => loads + errors.length === 200, '200 widgets to load', 45000);
    const elapsed = performance.now() - start;
    expect(errors).to.deep.equal([]);
    await sleep(500);
    const counts = await Promise.all(ids.map((id) => serverCount(id)));
    console.log(`[reliability] 200 widgets loaded in ${Math.round(elapsed)} ms`);
    expect(
      counts.map((c) => c.requests),
      'requests per feed URL',
    ).to.deep.equal(WIDGETS.map(() => 1));
    // Every widget shows its data: same text as the others of its kind.
    for (let n = 0; n < WIDGETS.length; n++) {
      const texts = new Set(
        [...page.children].filter((_, i) => i % WIDGETS.length === n).map(text),
      );
      expect(texts.size, `${WIDGETS[n]!.tag}: all 40 show the same`).to.equal(1);
      expect($(page.children[n]!, '[part="error"]')).to.equal(null);
    }
  });
});

// ---- refresh while hidden -----------------------------------------------------------------

function setHidden(hidden: boolean) {
  if (hidden) {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  } else {
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('reliability: refresh and a hidden page', function () {
  this.timeout(30000);

  it('50 widgets with refresh: nothing while hidden, one round when shown, then regular', async () => {
    // Seconds; the attribute takes any positive number. Long enough that 50 widgets load
    // before the first refresh, even in a slow engine under load (WebKit took over 0.5 s).
    const PERIOD = 1;
    const ids = WIDGETS.map((w) => uniqueId(`hidden-${w.tag}`));
    // A 250 ms answer: longer than the ±10 % jitter spread (200 ms), so each round is one shared request.
    const srcs = WIDGETS.map((w, i) => feedUrl(ids[i]!, 'ok', { file: w.file, delay: 250 }));
    const page = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 900px"></div>`);
    let loads = 0;
    page.addEventListener('uzl-load', () => loads++);
    page.innerHTML = Array.from({ length: 50 }, (_, n) => {
      const w = WIDGETS[n % WIDGETS.length]!;
      return `<${w.tag} src="${srcs[n % WIDGETS.length]}" refresh="${PERIOD}" ${w.steady}></${w.tag}>`;
    }).join('');
    await until(() => loads >= 50, '50 widgets to load', 20000);
    const requests = async () =>
      (await Promise.all(ids.map((id) => serverCount(id)))).map((c) => c.requests);
    expect(await requests(), 'the first load: one request per URL').to.deep.equal([1, 1, 1, 1, 1]);

    let shownAt: number[];
    try {
      setHidden(true);
      await wait(300); // a refresh already on its way when the page hid lands
      const hiddenBase = await requests();
      await wait(PERIOD * 1000 * 3); // three periods
      expect(await requests(), 'no request while hidden').to.deep.equal(hiddenBase);
      shownAt = hiddenBase;
    } finally {
      setHidden(false);
    }
    const shown = performance.now();
    await wait(Math.max(0, shown + 400 - performance.now()));
    expect(await requests(), 'one catch-up round when shown: one request per URL').to.deep.equal(
      shownAt.map((n) => n + 1),
    );
    // Then regular again: a round every ~period + answer time (≈ 1.25 s).
    await wait(Math.max(0, shown + 3000 - performance.now()));
    const later = (await requests()).map((n, i) => n - shownAt[i]!);
    console.log(`[reliability] requests per URL in the 3 s after showing: ${later.join(', ')}`);
    for (const n of later) expect(n, 'refresh rounds in 3 s after showing').to.be.within(2, 4);
    page.innerHTML = '';
  });
});

// ---- the feed server goes away after a good load -------------------------------------------

describe('reliability: the feed server goes away after a good load', function () {
  this.timeout(20000);

  for (const w of WIDGETS) {
    it(`<${w.tag}> keeps the data with the quiet Dutch note, no error box`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 900px"></div>`);
      const dropId = uniqueId(`gone-drop-${w.tag}`);
      const fiveId = uniqueId(`gone-500-${w.tag}`);
      page.innerHTML =
        `<${w.tag} src="${feedUrl(dropId, 'ok,drop', { file: w.file })}" refresh="0.5" ${w.steady}></${w.tag}>` +
        `<${w.tag} src="${feedUrl(fiveId, 'ok,500,500,500,ok', { file: w.file })}" refresh="0.5" ${w.steady}></${w.tag}>`;
      const [dropped, fiveHundred] = [...page.children] as Feedish[];
      const errors = new Map<Element, UzlErrorDetail[]>([
        [dropped!, []],
        [fiveHundred!, []],
      ]);
      const loads = new Map<Element, number>([
        [dropped!, 0],
        [fiveHundred!, 0],
      ]);
      for (const el of [dropped!, fiveHundred!]) {
        el.addEventListener('uzl-error', (e) => errors.get(el)!.push(e.detail));
        el.addEventListener('uzl-load', () => loads.set(el, loads.get(el)! + 1));
      }
      await until(
        () => loads.get(dropped!) === 1 && loads.get(fiveHundred!) === 1,
        'the first good load',
        8000,
      );
      await Promise.all([dropped!.updateComplete, fiveHundred!.updateComplete]);
      const good = text(dropped!);
      expect(text(fiveHundred!)).to.equal(good);

      // Each is checked as soon as its own refresh has failed: the 500 one recovers one
      // period later.
      const staleAfterError = async (el: Feedish, want: Partial<UzlErrorDetail>) => {
        await until(() => errors.get(el)!.length > 0, `a failed refresh on ${el.src}`, 10000);
        await el.updateComplete;
        expect(errors.get(el)![0]).to.include(want);
        expect($(el, '[part="error"]'), 'error box').to.equal(null);
        expect(
          fold($(el, '[part="stale"]')?.textContent),
          `stale note; shown: ${text(el).slice(0, 120)}`,
        ).to.equal(STALE_NL);
        expect(text(el), 'the last good data, below the note').to.equal(`${STALE_NL} ${good}`);
      };
      await Promise.all([
        staleAfterError(dropped!, { kind: 'network' }),
        staleAfterError(fiveHundred!, { kind: 'http', status: 500 }),
      ]);

      // The 500 server comes back: the note goes. The dropping one stays as it was.
      await until(() => loads.get(fiveHundred!)! > 1, 'the recovered refresh', 6000);
      await fiveHundred!.updateComplete;
      expect($(fiveHundred!, '[part="stale"]')).to.equal(null);
      expect(loads.get(dropped!), 'no load from the dropping server').to.equal(1);
      expect(text(fiveHundred!)).to.equal(good);
      expect(text(dropped!)).to.equal(`${STALE_NL} ${good}`);
      expect($(dropped!, '[part="error"]')).to.equal(null);
      page.innerHTML = '';
    });
  }
});
