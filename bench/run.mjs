// npm run bench         the full suite: prints one table, writes BENCHMARKS.md
// npm run bench:smoke   tiny sizes, one run each, no BENCHMARKS.md (a check that it all works)
// node bench/run.mjs --only calendar:5000m,counters,news
//                       only these families (calendar cases after a colon), their figures and
//                       ratios printed, no sizes and no BENCHMARKS.md (bench/only.mjs)
//
// One Chromium (playwright-core, findChromium(), CHROMIUM_ARGS), one fresh page per family,
// timings taken with performance.now() in the page (bench/page/bench.ts). Targets are
// reported, never enforced: the exit code is 0 unless something fails to run.
// The callbacks passed to page.evaluate() run in the page, where `window.bench` lives.
/* global window */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/engines.mjs';
import { ROOT, buildPage } from './build-page.mjs';
import { startServer } from './server.mjs';
import { measureSizes, sizeTableRows } from './size.mjs';
import { measureReturnVisits, returnVisitTable } from './return-visit.mjs';
import { measureTimeToContent, NETWORK, timeToContentTable } from './time-to-content.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { markdownTable } from './markdown-table.mjs';
import { parseOnly, printOnly } from './only.mjs';

/** The partner pages of the layout-shift family (bench/page/cls.html and its query). */
const CLS_PAGES = ['loader-css', 'loader', 'all-css', 'all-blocking'];
const CLS_VIEWPORTS = [
  [1280, 900],
  [390, 844],
];
const CLS_QUERY = {
  'loader-css': '?css=link',
  loader: '',
  'all-css': '?bundle=all&css=link',
  'all-blocking': '?bundle=all&blocking=render',
};

const smoke = process.argv.includes('--smoke');
const CONFIG = smoke
  ? {
      warmup: 0,
      runs: 1,
      coldRuns: 1,
      calendar: ['50', '50m'],
      news: 50,
      publications: 500,
      duration: 300,
      cycles: 20,
    }
  : {
      warmup: 3,
      runs: 10,
      coldRuns: 7,
      calendar: ['500', '5000', '500m', '5000m'],
      news: 1000,
      publications: 10000,
      duration: 1500,
      cycles: 1000,
    };
const only = parseOnly(process.argv);
if (only?.calendar.length) CONFIG.calendar = only.calendar;
/** Whether a family runs: every one, or those `--only` names. */
const wanted = (family) => !only || only.families.has(family);
const MONTH = '2026-03';
/** Ours, the floor and FullCalendar (with `--only`, FullCalendar when asked: calendar:fc). */
const CALENDARS = only && !only.fullCalendar ? ['Ours', 'Floor'] : ['Ours', 'Floor', 'Fc'];
/** The counters' two setups: ours and countup.js (bench/page/bench.ts). */
const COUNTERS = [
  ['Ours', 'countersSetupOurs'],
  ['CountUp', 'countersSetupCountUp'],
];
const started = Date.now();
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---- statistics -------------------------------------------------------------------------------

/** @param {number[]} values */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p90: at(0.9), min: sorted[0], n: sorted.length };
}

/** Warm-up runs, then measured runs, of `fn`. */
async function series(fn) {
  for (let i = 0; i < CONFIG.warmup; i++) await fn();
  const results = [];
  for (let i = 0; i < CONFIG.runs; i++) results.push(await fn());
  return results;
}

/** @type {Record<string, ReturnType<typeof summary> & {unit: string}>} */
const stats = {};
function record(key, values, unit = 'ms') {
  stats[key] = { ...summary(values), unit };
  return stats[key];
}

// ---- the browser --------------------------------------------------------------------------------

function distIsStale() {
  let newest = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else newest = Math.max(newest, info.mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'schemas'));
  try {
    return statSync(join(ROOT, 'dist/uzl-widgets.all.js')).mtimeMs < newest;
  } catch {
    return 'missing';
  }
}

const stale = only ? false : distIsStale();
if (stale === 'missing' || (stale && !smoke)) {
  log(`dist/ is ${stale === 'missing' ? 'missing' : 'older than src/'}: node scripts/build.mjs`);
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} else if (stale) {
  log('dist/ is older than src/: sizes are of the last build (npm run build)');
}

if (!only) log('sizes');
const sizes = only ? undefined : await measureSizes();

log('page bundle');
const server = await startServer(await buildPage());
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const newContext = () =>
  browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Brussels',
    locale: 'en-GB',
  });
const context = await newContext();
const problems = [];

async function freshPage(family, where = context) {
  const page = await where.newPage();
  page.on('pageerror', (error) => problems.push(`${family}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`${family}: console: ${message.text().slice(0, 200)}`);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.bench?.ready === true);
  return page;
}

/**
 * Cold runs, as a visitor who comes once meets the widget: each in a new browser context (its
 * own empty caches, a new renderer, no compiled code and no module state from earlier runs),
 * on a fresh page where the measured element is the first of its kind. `fn(page)` does one run.
 */
async function coldSeries(family, fn) {
  const results = [];
  for (let i = 0; i < CONFIG.coldRuns; i++) {
    const cold = await newContext();
    try {
      results.push(await fn(await freshPage(`${family} (cold)`, cold)));
    } finally {
      await cold.close();
    }
  }
  return results;
}

/** @type {Record<string, unknown>} */
const checks = {};
/** The return-visit family's medians (bench/return-visit.mjs). */
let returnVisits;
/** The time-to-content family's medians (bench/time-to-content.mjs). */
let timeToContent;
/** Lighthouse's mobile runs on the demo (#29 asks for three, each at its target). */
const LIGHTHOUSE_MOBILE_RUNS = smoke ? 1 : 3;

try {
  // ---- calendar -------------------------------------------------------------------------------
  for (const n of wanted('calendar') ? CONFIG.calendar : []) {
    for (const impl of CALENDARS) {
      log(`calendar ${impl} ${n} cold`);
      const runs = await coldSeries('calendar', (page) =>
        page.evaluate(
          ([impl, n, month]) => window.bench[`calendar${impl}`](n, month),
          [impl, n, MONTH],
        ),
      );
      record(
        `calendar.${n}.render.${impl}.cold`,
        runs.map((r) => r.render),
      );
      record(
        `calendar.${n}.page.${impl}.cold`,
        runs.map((r) => r.page),
      );
    }
  }
  if (wanted('calendar')) {
    const page = await freshPage('calendar');
    for (const n of CONFIG.calendar) {
      for (const impl of CALENDARS) {
        log(`calendar ${impl} ${n}`);
        const runs = await series(() =>
          page.evaluate(
            ([impl, n, month]) => window.bench[`calendar${impl}`](n, month),
            [impl, n, MONTH],
          ),
        );
        record(
          `calendar.${n}.render.${impl}`,
          runs.map((r) => r.render),
        );
        record(
          `calendar.${n}.page.${impl}`,
          runs.map((r) => r.page),
        );
        const { cells, chips, more } = runs[runs.length - 1];
        checks[`calendar.${n}.${impl}`] = { cells, chips, more };
      }
    }
    await page.close();
  }

  // ---- news -----------------------------------------------------------------------------------
  for (const impl of wanted('news') ? ['Ours', 'Floor'] : []) {
    log(`news ${impl} ${CONFIG.news} cold`);
    const runs = await coldSeries('news', (page) =>
      page.evaluate(([impl, n]) => window.bench[`news${impl}`](n), [impl, CONFIG.news]),
    );
    record(`news.${impl}.cold`, runs);
  }
  if (wanted('news')) {
    const page = await freshPage('news');
    for (const impl of ['Ours', 'Floor']) {
      log(`news ${impl} ${CONFIG.news}`);
      const runs = await series(() =>
        page.evaluate(([impl, n]) => window.bench[`news${impl}`](n), [impl, CONFIG.news]),
      );
      record(`news.${impl}`, runs);
    }
    await page.close();
  }

  // ---- publications ---------------------------------------------------------------------------
  if (wanted('publications')) {
    log(`publications ${CONFIG.publications} cold`);
    const runs = await coldSeries('publications', async (page) => {
      const setup = await page.evaluate(
        (n) => window.bench.publicationsSetup(n),
        CONFIG.publications,
      );
      const first = await page.evaluate(() => window.bench.publicationsKeystroke('', 'l'));
      return { setup, first: first.ms };
    });
    record(
      'publications.setup.cold',
      runs.map((r) => r.setup),
    );
    record(
      'publications.first.cold',
      runs.map((r) => r.first),
    );
  }
  if (wanted('publications')) {
    const page = await freshPage('publications');
    log(`publications ${CONFIG.publications}`);
    const setup = await page.evaluate(
      (n) => window.bench.publicationsSetup(n),
      CONFIG.publications,
    );
    record('publications.setup', [setup]);
    for (const [key, before, after] of [
      ['first', '', 'l'],
      ['next', 'lun', 'lung'],
    ]) {
      const runs = await series(() =>
        page.evaluate(([b, a]) => window.bench.publicationsKeystroke(b, a), [before, after]),
      );
      record(
        `publications.${key}`,
        runs.map((r) => r.ms),
      );
      checks[`publications.${key}`] = {
        query: `'${before}' → '${after}'`,
        shown: runs[runs.length - 1].shown,
      };
    }
    await page.close();
  }

  // ---- counters -------------------------------------------------------------------------------
  for (const [impl, setupFn] of wanted('counters') ? COUNTERS : []) {
    log(`counters ${impl} cold`);
    const runs = await coldSeries('counters', (page) =>
      page.evaluate(([fn, d]) => window.bench[fn](d), [setupFn, CONFIG.duration]),
    );
    record(`counters.setup.${impl}.cold`, runs);
  }
  if (wanted('counters')) {
    const page = await freshPage('counters');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
    for (const [impl, setupFn] of COUNTERS) {
      log(`counters ${impl}`);
      const runs = await series(async () => {
        const setup = await page.evaluate(
          ([fn, d]) => window.bench[fn](d),
          [setupFn, CONFIG.duration],
        );
        // The window: from the first change on screen to shortly before the count's end, so
        // it holds the animation itself (not the setup before it nor the final text after it).
        const started = await page.evaluate(() => window.bench.countersStart());
        const before = await metrics();
        const ms = await page.evaluate((d) => window.bench.countersWait(d), CONFIG.duration - 100);
        const after = await metrics();
        const finished = await page.evaluate(() => window.bench.countersFinished());
        const delta = (name) => after[name] - before[name];
        const frames = Math.max(1, Math.round(ms / (1000 / 60)));
        return {
          setup,
          frames,
          changes: started && finished ? 1 : 0,
          task: (delta('TaskDuration') * 1000) / frames,
          script: (delta('ScriptDuration') * 1000) / frames,
          layouts: delta('LayoutCount'),
          styles: delta('RecalcStyleCount'),
        };
      });
      record(
        `counters.setup.${impl}`,
        runs.map((r) => r.setup),
      );
      record(
        `counters.task.${impl}`,
        runs.map((r) => r.task),
      );
      record(
        `counters.script.${impl}`,
        runs.map((r) => r.script),
      );
      record(
        `counters.layouts.${impl}`,
        runs.map((r) => r.layouts),
        'count',
      );
      record(
        `counters.styles.${impl}`,
        runs.map((r) => r.styles),
        'count',
      );
      record(
        `counters.frames.${impl}`,
        runs.map((r) => r.frames),
        'count',
      );
      checks[`counters.${impl}`] = { frames: runs[0].frames, changes: runs[0].changes };
    }
    await page.close();
  }

  // ---- first render ---------------------------------------------------------------------------
  if (wanted('first')) {
    const page = await freshPage('first render');
    const tags = await page.evaluate(() => window.bench.demoTags());
    for (const tag of tags) {
      log(`first render ${tag} cold`);
      const cold = await coldSeries('first render', (coldPage) =>
        coldPage.evaluate((t) => window.bench.firstRender(t), tag),
      );
      record(
        `first.${tag}.cold`,
        cold.map((r) => r.frame),
      );
      log(`first render ${tag}`);
      const runs = await series(() => page.evaluate((t) => window.bench.firstRender(t), tag));
      record(
        `first.${tag}`,
        runs.map((r) => r.frame),
      );
      record(
        `first.load.${tag}`,
        runs.map((r) => r.load),
      );
    }
    await page.close();
  }

  // ---- layout shift ---------------------------------------------------------------------------
  // A partner's page (bench/page/cls.html): the five widgets with fallback links, text between
  // them, feeds answering 400 ms late; Chromium's layout-shift entries from the first paint to
  // a second after the last uzl-load, as CLS (the largest session window). Cold, as a visitor
  // meets it: a new context per run.
  for (const [width, height] of wanted('cls') ? CLS_VIEWPORTS : []) {
    for (const bundle of CLS_PAGES) {
      log(`layout shift ${width} px, ${bundle}`);
      const runs = [];
      for (let i = 0; i < CONFIG.coldRuns; i++) {
        const cold = await browser.newContext({ viewport: { width, height } });
        try {
          const page = await cold.newPage();
          page.on('pageerror', (error) => problems.push(`layout shift: ${error.message}`));
          await page.goto(`${server.url}cls.html${CLS_QUERY[bundle]}`);
          await page.waitForFunction(() => window.__loads >= 5, null, { timeout: 20_000 });
          await page.waitForTimeout(1000);
          runs.push(await page.evaluate(() => window.__cls()));
          if (i === 0)
            checks[`cls.${width}.${bundle}`] = await page.evaluate(() =>
              window.__shifts.map(
                (s) => `${s.value.toFixed(3)} at ${Math.round(s.time)} ms: ${s.sources.join(', ')}`,
              ),
            );
        } finally {
          await cold.close();
        }
      }
      stats[`cls.${width}.${bundle}`] = { ...summary(runs), unit: 'score' };
    }
  }

  // ---- the visitor who returns (#26) ---------------------------------------------------------
  // bench/return-visit.mjs: the same partner's page, first visit and return visit, without and
  // with a last good copy (`persist`), every feed 400 ms late.
  if (wanted('return')) {
    log('the visitor who returns');
    returnVisits = await measureReturnVisits(browser, server.url, CONFIG.coldRuns);
  }

  // ---- time to content on a phone's network (#29) ---------------------------------------------
  // bench/time-to-content.mjs: the README's snippet and the builder's exact-version one, each
  // widget alone and all five, beside the hand-written floor, cold and warm.
  log('time to content');
  timeToContent = smoke
    ? await measureTimeToContent(browser, 1, ['news-list'])
    : await measureTimeToContent(browser, CONFIG.coldRuns);

  // ---- Lighthouse on the demo ----------------------------------------------------------------
  if (wanted('lighthouse')) {
    log('demo production build');
    execFileSync(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--config', 'demo/vite.config.ts', '--base', './', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    checks['lighthouse.mobile'] = [];
    for (let run = 1; run <= LIGHTHOUSE_MOBILE_RUNS; run++) {
      log(`lighthouse mobile, run ${run}`);
      checks['lighthouse.mobile'].push(await runLighthouse(`${server.url}demo/`, 'mobile'));
    }
    if (!smoke) {
      log('lighthouse desktop');
      checks['lighthouse.desktop'] = [await runLighthouse(`${server.url}demo/`, 'desktop')];
    }
  }

  // ---- memory ---------------------------------------------------------------------------------
  if (wanted('memory')) {
    log(`memory (${CONFIG.cycles} cycles)`);
    const page = await freshPage('memory');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const empty = await heap();
    await page.evaluate(() => window.bench.memoryMount());
    const mounted = await heap();
    const t0 = Date.now();
    await page.evaluate((n) => window.bench.memoryCycles(n), CONFIG.cycles);
    const cycleMs = Date.now() - t0;
    const cycled = await heap();
    stats['memory.widgets'] = { ...summary([mounted - empty]), unit: 'bytes' };
    stats['memory.cycled'] = { ...summary([cycled - empty]), unit: 'bytes' };
    checks.memory = { empty, mounted, cycled, cycles: CONFIG.cycles, cycleMs };
    await page.close();
  }
} finally {
  var chromiumVersion = browser.version();
  await browser.close();
  await server.close();
}

const mismatch = CONFIG.calendar.filter((n) => {
  const a = checks[`calendar.${n}.Ours`];
  const b = checks[`calendar.${n}.Floor`];
  return JSON.stringify(a) !== JSON.stringify(b);
});
if (mismatch.length)
  problems.push(
    `calendar: ours and the floor show different cells/chips at ${mismatch.join(', ')} events: ${JSON.stringify(checks)}`,
  );

if (only) {
  printOnly(stats, { ...CONFIG, chromium: chromiumVersion, started }, problems);
  process.exit(problems.length ? 1 : 0);
}

// ---- the table ----------------------------------------------------------------------------------

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);
const med = (key) => stats[key]?.median;
const sizeOf = (list, name) => list.find((s) => s.name === name);
const lit = sizeOf(sizes.references, 'lit alone');
const litLocalize = sizeOf(sizes.references, 'lit + @lit/localize');

/** "12× faster" / "1.3× slower": how `peer` compares with `ours` (time or bytes; lower is better). */
function versus(ours, peer, word = ['faster', 'slower']) {
  if (ours === undefined || peer === undefined) return '—';
  if (ours <= peer) return `${(peer / Math.max(ours, 1e-9)).toFixed(1)}× ${word[0]}`;
  return `${(ours / Math.max(peer, 1e-9)).toFixed(1)}× ${word[1]}`;
}
const ofFloor = (ours, floor) =>
  ours === undefined || floor === undefined ? '—' : `${(ours / floor).toFixed(2)}×`;
const yes = (ok) => (ok ? 'yes' : 'NO');

const rows = [];
const row = (name, ours, peer, floor, vsPeer, vsFloor, target, met) =>
  rows.push([name, ours, peer, floor, vsPeer, vsFloor, target, met]);

// Sizes (gzip -9).
const dropIn = sizeOf(sizes.ours, 'uzl-widgets.all.js');
const served = sizes.served;
row(
  'size: drop-in loader uzl-widgets.js (gzip)',
  kB(served.loader.gzip),
  '—',
  '—',
  '—',
  '—',
  '≤ 3 kB',
  yes(served.loader.gzip <= 3_000),
);
for (const [what, size, target] of [
  ['one <uzl-news-list>', served.oneWidget, 18_000],
  ['all five', served.allFive, 32_000],
])
  row(
    `size: page with ${what} on the drop-in (${size.files} files, gzip each)`,
    kB(size.gzip),
    '—',
    `${kB(litLocalize.gzip)} lit+localize`,
    '—',
    ofFloor(size.gzip, litLocalize.gzip),
    `≤ ${target / 1000} kB`,
    yes(size.gzip <= target),
  );
row(
  'size: uzl-widgets.all.js, all in one file (gzip)',
  kB(dropIn.gzip),
  '—',
  `${kB(litLocalize.gzip)} lit+localize`,
  '—',
  ofFloor(dropIn.gzip, litLocalize.gzip),
  '—',
  '—',
);
const smaller = ['lighter', 'heavier'];
const calendarSize = sizeOf(sizes.ours, 'uzl-event-calendar.js');
const fcSize = sizeOf(sizes.references, 'FullCalendar (core + daygrid + list)');
row(
  'size: uzl-event-calendar.js + lit (gzip)',
  kB(calendarSize.gzip),
  `${kB(fcSize.gzip)} FullCalendar`,
  `${kB(lit.gzip)} lit`,
  versus(calendarSize.gzip, fcSize.gzip, smaller),
  ofFloor(calendarSize.gzip, lit.gzip),
  '< peer',
  yes(calendarSize.gzip < fcSize.gzip),
);
const statsSize = sizeOf(sizes.ours, 'uzl-stats-counter.js');
for (const peerName of ['countup.js', 'number-flow']) {
  const peer = sizeOf(sizes.references, peerName);
  row(
    `size: uzl-stats-counter.js + lit (gzip)`,
    kB(statsSize.gzip),
    `${kB(peer.gzip)} ${peerName}`,
    `${kB(lit.gzip)} lit`,
    versus(statsSize.gzip, peer.gzip, smaller),
    ofFloor(statsSize.gzip, lit.gzip),
    '< peer',
    yes(statsSize.gzip < peer.gzip),
  );
}
for (const entry of sizes.ours) {
  if (['uzl-widgets.all.js', 'uzl-event-calendar.js', 'uzl-stats-counter.js'].includes(entry.name))
    continue;
  row(
    `size: ${entry.name} + lit (gzip)`,
    kB(entry.gzip),
    '—',
    `${kB(lit.gzip)} lit`,
    '—',
    ofFloor(entry.gzip, lit.gzip),
    '—',
    '—',
  );
}

// Speed: every timing family cold (a new browser context per run) and warm (after warm-up
// runs in one page), ours beside the peer measured the same way in the same run.
const speed = [];
const fmt = (value) => (value === undefined ? '—' : ms(value));
/** Cold and warm medians of a measurement key. */
const both = (key) => ({ cold: med(`${key}.cold`), warm: med(key) });
function speedRow(name, key, { peer, peerName = '', floor, target = '—', met = '—' } = {}) {
  const o = both(key);
  const p = peer ? both(peer) : undefined;
  const f = floor ? both(floor) : undefined;
  speed.push([
    name,
    fmt(o.cold),
    fmt(o.warm),
    p ? `${fmt(p.cold)} ${peerName}` : '—',
    p ? `${fmt(p.warm)} ${peerName}` : '—',
    p ? versus(o.cold, p.cold) : '—',
    p ? versus(o.warm, p.warm) : '—',
    f ? `${fmt(f.cold)} / ${fmt(f.warm)}` : '—',
    target,
    met,
  ]);
  return { o, p, f };
}
/** "cold ≤ 2× warm": a visitor who comes once waits at most twice what a warm page does. */
const coldBound = (o) => o.cold <= 2 * o.warm;

// Calendar.
for (const n of CONFIG.calendar) {
  const count = parseInt(n, 10);
  const inMonth = n.endsWith('m');
  for (const phase of ['render', 'page']) {
    const name = `calendar ${count} events ${inMonth ? 'in the month' : 'over a year'}: ${phase === 'render' ? 'first render' : 'next month'}`;
    const keys = {
      peer: `calendar.${n}.${phase}.Fc`,
      peerName: 'FullCalendar',
      floor: `calendar.${n}.${phase}.Floor`,
    };
    const o = both(`calendar.${n}.${phase}.Ours`);
    const p = both(keys.peer);
    let target;
    let met;
    if (phase === 'page') {
      target = '≥ 10× FC, cold and warm';
      met = p.cold / o.cold >= 10 && p.warm / o.warm >= 10;
    } else if (count >= 5000 && inMonth) {
      target = 'cold ≥ 20× FC cold; cold ≤ 2× warm';
      met = p.cold / o.cold >= 20 && coldBound(o);
    } else if (count >= 5000) {
      target = 'warm ≥ 10× FC warm; cold ≤ 2× warm';
      met = p.warm / o.warm >= 10 && coldBound(o);
    } else {
      target = 'cold ≥ 10× FC cold; cold ≤ 2× warm';
      met = p.cold / o.cold >= 10 && coldBound(o);
    }
    speedRow(name, `calendar.${n}.${phase}.Ours`, { ...keys, target, met: yes(met) });
  }
}

// News.
{
  const o = both('news.Ours');
  const f = both('news.Floor');
  speedRow(`news ${CONFIG.news} items: render`, 'news.Ours', {
    floor: 'news.Floor',
    target: '≤ 1.5× floor, cold and warm',
    met: yes(o.cold <= 1.5 * f.cold && o.warm <= 1.5 * f.warm),
  });
}

// Publications.
{
  const setup = both('publications.setup');
  speedRow(`search ${CONFIG.publications} publications: setup`, 'publications.setup', {
    target: 'cold ≤ 2× warm',
    met: yes(coldBound(setup)),
  });
  for (const [key, label] of [
    ['first', "first letter ('' → 'l')"],
    ['next', "next letter ('lun' → 'lung')"],
  ]) {
    const o = both(`publications.${key}`);
    speedRow(`search ${CONFIG.publications} publications: ${label}`, `publications.${key}`, {
      target: '≤ 16 ms warm',
      met: yes(o.warm <= 16),
    });
  }
}

// Counters.
{
  const o = both('counters.setup.Ours');
  const c = both('counters.setup.CountUp');
  speedRow('counters: setup (6 figures)', 'counters.setup.Ours', {
    peer: 'counters.setup.CountUp',
    peerName: 'countup.js',
    target: '≤ countup.js, cold and warm',
    met: yes(o.cold <= c.cold && o.warm <= c.warm),
  });
}

// First render.
for (const key of Object.keys(stats).filter(
  (k) => k.startsWith('first.uzl-') && !k.endsWith('.cold'),
)) {
  const o = both(key);
  speedRow(`first render ${key.slice(6)}: responseEnd → next frame`, key, {
    target: '≤ 16 ms warm',
    met: yes(o.warm <= 16),
  });
}

// Per-frame cost of the counters' animation (warm: it runs after setup, in the same page).
{
  const o = (k) => med(`counters.${k}.Ours`);
  const c = (k) => med(`counters.${k}.CountUp`);
  row(
    'counters: main thread per frame (TaskDuration)',
    ms(o('task')),
    `${ms(c('task'))} countup.js`,
    '—',
    versus(o('task'), c('task')),
    '—',
    '≤ 1 ms',
    yes(o('task') <= 1),
  );
  row(
    'counters: script per frame (ScriptDuration)',
    ms(o('script')),
    `${ms(c('script'))} countup.js`,
    '—',
    versus(o('script'), c('script')),
    '—',
    '—',
    '—',
  );
  row(
    'counters: layouts during animation (LayoutCount)',
    String(o('layouts')),
    `${c('layouts')} countup.js`,
    '—',
    '—',
    '—',
    '0',
    yes(o('layouts') === 0),
  );
  row(
    'counters: style recalcs during animation',
    String(o('styles')),
    `${c('styles')} countup.js`,
    '—',
    '—',
    '—',
    '—',
    '—',
  );
}

// Memory.
row(
  'memory: 5 widgets on demo feeds (heap)',
  kB(med('memory.widgets')),
  '—',
  '—',
  '—',
  '—',
  '—',
  '—',
);
row(
  `memory: after ${CONFIG.cycles} connect/disconnect cycles`,
  kB(med('memory.cycled')),
  '—',
  '—',
  '—',
  '—',
  'growth < 100 kB (ours)',
  yes(med('memory.cycled') - med('memory.widgets') < 100_000),
);

for (const formFactor of ['mobile', 'desktop']) {
  const runs = checks[`lighthouse.${formFactor}`] ?? [];
  // Mobile (#29): performance ≥ 98 with LCP ≤ 1.8 s, TBT ≤ 30 ms and CLS ≤ 0.01, in every run.
  const mobile = formFactor === 'mobile';
  runs.forEach((lh, i) => {
    const which = runs.length > 1 ? `, run ${i + 1} of ${runs.length}` : '';
    row(
      `Lighthouse, demo page (production build), ${formFactor}${which}: performance / accessibility`,
      `${lh.performance} / ${lh.accessibility}`,
      '—',
      '—',
      '—',
      '—',
      mobile ? '≥ 98 / 100' : '≥ 95 / 100',
      yes(lh.performance >= (mobile ? 98 : 95) && lh.accessibility === 100),
    );
    row(
      `Lighthouse, demo page, ${formFactor}${which}: CLS, LCP, TBT`,
      `${lh.cls.toFixed(3)}, ${ms(lh.lcp)}, ${ms(lh.tbt)}`,
      '—',
      '—',
      '—',
      '—',
      mobile ? 'CLS ≤ 0.01, LCP ≤ 1800 ms, TBT ≤ 30 ms' : 'CLS ≤ 0.05',
      yes(mobile ? lh.cls <= 0.01 && lh.lcp <= 1800 && lh.tbt <= 30 : lh.cls <= 0.05),
    );
  });
}
const CLS_SCRIPTS = {
  'loader-css': 'uzl-widgets.css + uzl-widgets.js (the README snippet)',
  loader: 'uzl-widgets.js alone',
  'all-css': 'uzl-widgets.css + uzl-widgets.all.js',
  'all-blocking': 'uzl-widgets.all.js blocking="render"',
};
for (const width of [1280, 390]) {
  for (const bundle of CLS_PAGES) {
    const value = med(`cls.${width}.${bundle}`);
    // The target is for the snippet the README gives; without the stylesheet the first paint
    // comes before the script can keep the room (shown for comparison).
    const target = bundle === 'loader' ? '— (no stylesheet)' : '≤ 0.05';
    row(
      `layout shift (CLS), five widgets, feeds 400 ms late, ${width} px, ${CLS_SCRIPTS[bundle]}`,
      value === undefined ? '—' : value.toFixed(3),
      '—',
      '—',
      '—',
      '—',
      target,
      bundle === 'loader' ? '—' : yes(value <= 0.05),
    );
  }
}

const HEAD = [
  'Benchmark',
  'Ours',
  'Peer',
  'Floor',
  'Ours vs peer',
  'Ours / floor',
  'Target',
  'Met',
];
const SPEED_HEAD = [
  'Benchmark (median)',
  'Ours cold',
  'Ours warm',
  'Peer cold',
  'Peer warm',
  'Ours vs peer, cold',
  'Ours vs peer, warm',
  'Floor cold / warm',
  'Target',
  'Met',
];
const speedWidths = SPEED_HEAD.map((h, i) => Math.max(h.length, ...speed.map((r) => r[i].length)));
const speedLine = (cells) => cells.map((c, i) => c.padEnd(speedWidths[i])).join(' │ ');
console.log(speedLine(SPEED_HEAD));
console.log(speedWidths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of speed) console.log(speedLine(r));
console.log('');
const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' │ ');
console.log(line(HEAD));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of rows) console.log(line(r));

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\n${smoke ? 'smoke run' : 'full run'}: cold: median of ${CONFIG.coldRuns} runs, each in a new browser context; warm: median of ${CONFIG.runs} runs after ${CONFIG.warmup} warm-up; sizes in kB = 1000 bytes; ${seconds} s; Chromium ${chromiumVersion}`,
);
for (const problem of problems) console.log(`problem: ${problem}`);

// ---- BENCHMARKS.md ------------------------------------------------------------------------------

if (!smoke) {
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown());
  log('BENCHMARKS.md written');
}
if (problems.length) process.exitCode = 1;

function machine() {
  const cpus = os.cpus();
  let distro = os.type();
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distro;
  } catch {
    // not Linux
  }
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `- RAM: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${distro} (${os.type()} ${os.release()}, ${os.arch()})`,
    `- Node ${process.version}, Chromium ${chromiumVersion} (headless, playwright-core)`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join('\n');
}

function markdown() {
  const table = markdownTable;
  const detail = Object.entries(stats).map(([key, s]) => {
    const f =
      s.unit === 'ms'
        ? ms
        : s.unit === 'bytes'
          ? kB
          : s.unit === 'score'
            ? (v) => v.toFixed(3)
            : String;
    return [key, f(s.median), f(s.p90), f(s.min), String(s.n)];
  });
  const sizeRows = sizeTableRows(sizes);
  const above =
    sizes.dropInFromSrc.min - (sizes.breakdown.find((b) => b.group === 'lit')?.bytes ?? 0);
  const breakdownRows = sizes.breakdown.map((b) => [
    `\`${b.group}\``,
    kB(b.bytes),
    `${((b.bytes / sizes.dropInFromSrc.min) * 100).toFixed(1)} %`,
    `≈ ${kB(b.gzipShare)}`,
    b.files
      .slice(0, 3)
      .map((f) => `${f.path.replace(/^.*node_modules\//, '')} ${kB(f.bytes)}`)
      .join(', '),
  ]);
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. \`npm run bench:smoke\` runs
the same suite with tiny sizes and one run, without writing this file.

## Machine

${machine()}

## Speed: cold first, warm beside it

**Cold** is how a visitor who comes once meets a widget: each run in a new browser context
(empty caches, a new renderer process, no compiled code, no module state such as formatter or
time-zone caches), on a fresh page where the measured element is the first of its kind;
median of ${CONFIG.coldRuns} runs. **Warm** is the median of ${CONFIG.runs} runs after ${CONFIG.warmup} warm-up runs in one
page. The peers are measured the same way in the same run; ratios compare cold with cold and
warm with warm. Targets are reported, not enforced.

${table(SPEED_HEAD, speed)}

## Size, memory and animation cost

Sizes: kB = 1000 bytes, measured by size-limit (bench/size.mjs): esbuild (bundle, minify, ESM)
then gzip -9; the drop-in's pages are the budgets' own figures (\`npm run size\`). Animation
figures are per frame of the counters' count-up, in a warm page.

${table(HEAD, rows)}

## Every measurement

${table(['measurement', 'median', 'p90', 'min', 'runs'], detail)}

Visible result of the calendar runs (last run; FullCalendar always shows six weeks):
\`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('calendar'))))}\`

Searches: \`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('publications'))))}\`;
counters: \`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('counters'))))}\`;
memory: \`${JSON.stringify(checks.memory)}\`.

Layout shifts (first cold run of each page: value, time, the nodes that moved):
\`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('cls'))))}\`

## Time to content on a phone's network

${timeToContent ? timeToContentTable(timeToContent) : '(not measured)'}

From the navigation's start to the widget's content painted (its first \`uzl-load\`, then the
next frame; the floor's the same after its write), medians of ${smoke ? 1 : CONFIG.coldRuns} runs in a new browser
context each (cold), and the same page again in it (warm). The network is a phone's, through
Chromium's own throttling: ${NETWORK.rttMs} ms per request, ${(NETWORK.downBytesPerSecond * 8) / 1e6} Mbit/s down, ${(NETWORK.upBytesPerSecond * 8) / 1e3} kbit/s
up, the CPU ${NETWORK.cpuSlowdown}× slower; each origin's first connection waits ${NETWORK.handshakeRtts} round trips more (TCP and
TLS), as that throttling adds nothing for a connection. Three origins, as on a partner's page:
the page, the CDN (dist/) and the feed host; every file is sent gzip. The pages (bench/time-to-content.mjs): the README's
"With one script tag" snippet as published; the embed builder's exact-version snippet with its
hints; the floor, the same page with one inline script that fetches the same feeds at once and
writes their items with \`innerHTML\`.

## The visitor who returns

${returnVisits ? returnVisitTable(returnVisits) : '(not measured)'}

A partner's page with the five widgets on the drop-in (bench/page/cls.html, with dist/uzl-widgets.css linked), every feed 400 ms
late, in a new browser context per run (${CONFIG.coldRuns} runs, medians): the first visit, then the
same page again. Without \`persist\` the return visit waits for the network like the first; with
it (\`data-uzl-persist\` on the body, feeds sent \`no-cache\`) each widget renders its last good copy
and then the feed's answer, which changes nothing when it is the same. Times from the
navigation's start to each widget's first \`uzl-load\`; from its tag's definition
(\`customElements.whenDefined\`) to that, in ms and in the frames the page showed meanwhile
(an animation-frame loop counts them: 0 means the content was in the first frame after the
upgrade; a busy main thread shows fewer frames, never more); CLS as in the layout-shift family, and each widget's
own share of it (the shifts Chromium names it among the sources of).

## Sizes

${table(['bundle', 'minified', 'gzip', 'brotli'], sizeRows)}

### All widgets in one file, by module

esbuild metafile of \`src/uzl-widgets.ts\` bundled with the build's transforms (CSS literals
through lightningcss, schema annotations stripped): ${kB(sizes.dropInFromSrc.min)} minified,
${kB(sizes.dropInFromSrc.gzip)} gzip (dist/uzl-widgets.all.js re-bundled: ${kB(dropIn.min)}, ${kB(dropIn.gzip)}).
Above Lit: ${kB(above)} minified. Gzip shares are estimates (gzip is not additive).

${table(['group', 'minified', 'share', 'gzip share', 'largest inputs'], breakdownRows)}

## How it is measured

- Command: \`npm run bench\` (\`node bench/run.mjs\`); smoke: \`npm run bench:smoke\`.
- Page: \`bench/page/bench.ts\` bundled by esbuild, importing our elements from \`src/\`
  (TypeScript decorators via tsconfig.json), FullCalendar ${pkgVersion('@fullcalendar/core')},
  countup.js ${pkgVersion('countup.js')}; served by a node:http server on 127.0.0.1; viewport
  1280×900, time zone Europe/Brussels, language en.
- Cold runs: a new browser context each (\`browser.newContext()\`: its own empty HTTP and code
  caches and, in Chromium, its own renderer process), the page loaded, then one measurement;
  the context is closed after it. Warm runs: one page per family, ${CONFIG.warmup} runs discarded, then
  ${CONFIG.runs} measured. In a cold calendar run the next-month figure is the second render of the page.
- Each run: \`performance.now()\` before the change, then \`await el.updateComplete\` (ours),
  \`calendar.render()\` / \`calendar.next()\` (FullCalendar, synchronous) or the floor's render,
  then \`getBoundingClientRect()\` on the last cell or item (forced style and layout), then
  \`performance.now()\`. The element is created, given its data and attached inside the timed
  part; it is removed after each run.
- Calendar: synthetic events (bench/page/synthetic-events.ts; 32 or more on each hot day), cases
  ${CONFIG.calendar.join(', ')}: \`N\` is N events over 2026, \`Nm\` is N events in the shown month and N in
  the next (FullCalendar's worst case: it puts every event of the month in the page);
  month ${MONTH}, then the Next button (ours), \`calendar.next()\` (FullCalendar,
  \`dayGridMonth\`, \`dayMaxEvents: 3\`, Monday first) or the floor's render of the next month.
  FullCalendar's event input is mapped from our feed outside the timed part.
  The floor (bench/page/floor-calendar.ts) renders the same markup with createElement and
  textContent into a shadow root with the element's styles, indexing every event by day in
  the display zone inside the timed part.
- News: ${CONFIG.news} items (the demo's, repeated with new dates), \`limit\` ${CONFIG.news}, via \`data\`;
  floor: bench/page/floor-news.ts.
- Search: ${CONFIG.publications} publications from \`syntheticPublicationsFeed(${CONFIG.publications}, 1)\`; the box's
  value is set, \`input\` and an Enter \`keydown\` dispatched, then \`updateComplete\` and layout
  of the last publication shown.
- Counters: the six demo figures below the fold, scrolled into view. The window measured runs
  from the first change on screen (countup.js writes a number; ours put their digit strips in)
  to 100 ms before the count's end, so it holds the animation itself; a check afterwards that
  every figure ends on its final text. CDP \`Performance.getMetrics\` deltas over that window
  divided by the display's frames in it (60 a second). Both waits use timers, not a
  requestAnimationFrame loop, which would make the main thread produce every frame itself and
  charge ours, whose digits roll on the compositor, for work they do not do. countup.js: the same six numbers in plain markup, six
  \`CountUp\`s (duration ${CONFIG.duration / 1000} s) started by an IntersectionObserver at half in view.
- First render: each widget on its demo feed (cache-busted URL, no-store), from the feed's
  PerformanceResourceTiming \`responseEnd\` to the first requestAnimationFrame callback after
  \`uzl-load\`.
- Memory: CDP \`HeapProfiler.collectGarbage\` (×3) then \`Runtime.getHeapUsage\` used size, minus
  the same page before any widget; then after ${CONFIG.cycles} cycles of taking the five widgets off the
  page and back (each cycle awaits their \`updateComplete\`).
`;
}

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return '?';
  }
}
