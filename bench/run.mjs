// npm run bench         the full suite: prints one table, writes BENCHMARKS.md
// npm run bench:smoke   tiny sizes, one run each, no BENCHMARKS.md (a check that it all works)
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
import { measureSizes } from './size.mjs';

const smoke = process.argv.includes('--smoke');
const CONFIG = smoke
  ? {
      warmup: 0,
      runs: 1,
      calendar: ['50', '50m'],
      news: 50,
      publications: 500,
      duration: 300,
      cycles: 20,
    }
  : {
      warmup: 3,
      runs: 10,
      calendar: ['500', '5000', '500m', '5000m'],
      news: 1000,
      publications: 10000,
      duration: 1500,
      cycles: 1000,
    };
const MONTH = '2026-03';
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
    return statSync(join(ROOT, 'dist/uzl-widgets.js')).mtimeMs < newest;
  } catch {
    return 'missing';
  }
}

const stale = distIsStale();
if (stale === 'missing' || (stale && !smoke)) {
  log(`dist/ is ${stale === 'missing' ? 'missing' : 'older than src/'}: node scripts/build.mjs`);
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} else if (stale) {
  log('dist/ is older than src/: sizes are of the last build (npm run build)');
}

log('sizes');
const sizes = await measureSizes();

log('page bundle');
const server = await startServer(await buildPage());
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  timezoneId: 'Europe/Brussels',
  locale: 'en-GB',
});
const problems = [];

async function freshPage(family) {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${family}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`${family}: console: ${message.text().slice(0, 200)}`);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.bench?.ready === true);
  return page;
}

/** @type {Record<string, unknown>} */
const checks = {};

try {
  // ---- calendar -------------------------------------------------------------------------------
  {
    const page = await freshPage('calendar');
    for (const n of CONFIG.calendar) {
      for (const impl of ['Ours', 'Floor', 'Fc']) {
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
  {
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
  {
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
  {
    const page = await freshPage('counters');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
    for (const [impl, setupFn] of [
      ['Ours', 'countersSetupOurs'],
      ['CountUp', 'countersSetupCountUp'],
    ]) {
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
  {
    const page = await freshPage('first render');
    const tags = await page.evaluate(() => window.bench.demoTags());
    for (const tag of tags) {
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

  // ---- memory ---------------------------------------------------------------------------------
  {
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
const dropIn = sizeOf(sizes.ours, 'uzl-widgets.js');
row(
  'size: drop-in uzl-widgets.js (gzip)',
  kB(dropIn.gzip),
  '—',
  `${kB(litLocalize.gzip)} lit+localize`,
  '—',
  ofFloor(dropIn.gzip, litLocalize.gzip),
  '≤ 35 kB',
  yes(dropIn.gzip <= 35_000),
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
  if (['uzl-widgets.js', 'uzl-event-calendar.js', 'uzl-stats-counter.js'].includes(entry.name))
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

// Calendar.
for (const n of CONFIG.calendar) {
  for (const phase of ['render', 'page']) {
    const ours = med(`calendar.${n}.${phase}.Ours`);
    const fc = med(`calendar.${n}.${phase}.Fc`);
    const floor = med(`calendar.${n}.${phase}.Floor`);
    const count = parseInt(n, 10);
    const big = count >= 5000;
    const speed = big ? 20 : 10;
    const target = big || smoke ? `≥ ${speed}× FC, ≤ 1.5× floor` : `≥ ${speed}× FC`;
    const met = fc / ours >= speed && (!(big || smoke) || ours / floor <= 1.5);
    row(
      `calendar ${count} events ${n.endsWith('m') ? 'in the month' : 'over a year'}: ${phase === 'render' ? 'first render' : 'next month'}`,
      ms(ours),
      `${ms(fc)} FullCalendar`,
      ms(floor),
      versus(ours, fc),
      ofFloor(ours, floor),
      target,
      yes(met),
    );
  }
}

// News.
{
  const ours = med('news.Ours');
  const floor = med('news.Floor');
  row(
    `news ${CONFIG.news} items: render`,
    ms(ours),
    '—',
    ms(floor),
    '—',
    ofFloor(ours, floor),
    '≤ 1.5× floor',
    yes(ours / floor <= 1.5),
  );
}

// Publications.
for (const [key, label] of [
  ['first', "first letter ('' → 'l')"],
  ['next', "next letter ('lun' → 'lung')"],
]) {
  const ours = med(`publications.${key}`);
  row(
    `search ${CONFIG.publications} publications: ${label}`,
    ms(ours),
    '—',
    '—',
    '—',
    '—',
    '≤ 16 ms',
    yes(ours <= 16),
  );
}

// Counters.
{
  const o = (k) => med(`counters.${k}.Ours`);
  const c = (k) => med(`counters.${k}.CountUp`);
  row(
    'counters: setup (6 figures)',
    ms(o('setup')),
    `${ms(c('setup'))} countup.js`,
    '—',
    versus(o('setup'), c('setup')),
    '—',
    '≤ countup.js',
    yes(o('setup') <= c('setup')),
  );
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

// First render.
for (const key of Object.keys(stats).filter((k) => k.startsWith('first.uzl-'))) {
  const ours = med(key);
  row(
    `first render ${key.slice(6)}: responseEnd → next frame`,
    ms(ours),
    '—',
    '—',
    '—',
    '—',
    '≤ 16 ms',
    yes(ours <= 16),
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
const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' │ ');
console.log(line(HEAD));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of rows) console.log(line(r));

const mismatch = CONFIG.calendar.filter((n) => {
  const a = checks[`calendar.${n}.Ours`];
  const b = checks[`calendar.${n}.Floor`];
  return JSON.stringify(a) !== JSON.stringify(b);
});
if (mismatch.length)
  problems.push(
    `calendar: ours and the floor show different cells/chips at ${mismatch.join(', ')} events: ${JSON.stringify(checks)}`,
  );
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\n${smoke ? 'smoke run' : 'full run'}: median of ${CONFIG.runs} runs after ${CONFIG.warmup} warm-up; sizes in kB = 1000 bytes; ${seconds} s; Chromium ${chromiumVersion}`,
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
  const table = (head, body) =>
    [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...body.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const detail = Object.entries(stats).map(([key, s]) => {
    const f = s.unit === 'ms' ? ms : s.unit === 'bytes' ? kB : String;
    return [key, f(s.median), f(s.p90), f(s.min), String(s.n)];
  });
  const sizeRows = [
    ...sizes.ours.map((s) => ({ ...s, name: `${s.name} (+ lit)` })),
    ...sizes.references,
  ].map((s) => [s.name, kB(s.min), kB(s.gzip), kB(s.brotli)]);
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

## Results

Median of ${CONFIG.runs} runs after ${CONFIG.warmup} warm-up runs, all in one Chromium run, one
fresh page per family. Sizes: kB = 1000 bytes, esbuild (bundle, minify, ESM) then gzip -9.
Targets are reported, not enforced.

${table(HEAD, rows)}

## Every measurement

${table(['measurement', 'median', 'p90', 'min', 'runs'], detail)}

Visible result of the calendar runs (last run; FullCalendar always shows six weeks):
\`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('calendar'))))}\`

Searches: \`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('publications'))))}\`;
counters: \`${JSON.stringify(Object.fromEntries(Object.entries(checks).filter(([k]) => k.startsWith('counters'))))}\`;
memory: \`${JSON.stringify(checks.memory)}\`.

## Sizes

${table(['bundle', 'minified', 'gzip', 'brotli'], sizeRows)}

### The drop-in by module

esbuild metafile of \`src/uzl-widgets.ts\` bundled with the build's transforms (CSS literals
squeezed, schema annotations stripped): ${kB(sizes.dropInFromSrc.min)} minified,
${kB(sizes.dropInFromSrc.gzip)} gzip (dist/uzl-widgets.js re-bundled: ${kB(dropIn.min)}, ${kB(dropIn.gzip)}).
Above Lit: ${kB(above)} minified. Gzip shares are estimates (gzip is not additive).

${table(['group', 'minified', 'share', 'gzip share', 'largest inputs'], breakdownRows)}

## How it is measured

- Command: \`npm run bench\` (\`node bench/run.mjs\`); smoke: \`npm run bench:smoke\`.
- Page: \`bench/page/bench.ts\` bundled by esbuild, importing our elements from \`src/\`
  (TypeScript decorators via tsconfig.json), FullCalendar ${pkgVersion('@fullcalendar/core')},
  countup.js ${pkgVersion('countup.js')}; served by a node:http server on 127.0.0.1; viewport
  1280×900, time zone Europe/Brussels, language en.
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
