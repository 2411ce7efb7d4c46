// `node bench/run.mjs --only calendar:5000m,counters,news`: some families of the suite, for a
// quick before-and-after while working on one widget. Families: calendar (cases after colons,
// calendar:500m:5000m, and FullCalendar beside them only with :fc), news, publications,
// counters, first, cls, return, lighthouse, memory.
// It prints every figure measured and the ratios the targets speak of (ours / floor, ours /
// peer, cold and warm); it measures no sizes and writes no BENCHMARKS.md.
import os from 'node:os';

const FAMILIES = [
  'calendar',
  'news',
  'publications',
  'counters',
  'first',
  'cls',
  'return',
  'lighthouse',
  'memory',
];

/**
 * `--only a,b:c` (or `--only=a,b`) from the command line, or undefined without it.
 * @param {string[]} argv
 * @returns {{families: Set<string>, calendar: string[], fullCalendar: boolean} | undefined}
 */
export function parseOnly(argv) {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return undefined;
  const value = argv[at].startsWith('--only=') ? argv[at].slice(7) : argv[at + 1];
  if (!value) throw new Error(`--only needs a list: ${FAMILIES.join(',')}`);
  const families = new Set();
  const calendar = [];
  for (const part of value.split(',')) {
    const [family, ...cases] = part.trim().split(':');
    if (!FAMILIES.includes(family))
      throw new Error(`--only: no family "${family}" (${FAMILIES.join(', ')})`);
    families.add(family);
    if (family === 'calendar') calendar.push(...cases);
  }
  const fullCalendar = calendar.includes('fc');
  return { families, calendar: calendar.filter((c) => c !== 'fc'), fullCalendar };
}

const ms = (value) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);

/**
 * Prints the figures and the ratios, ours first.
 * @param {Record<string, {median: number, p90: number, min: number, n: number, unit: string}>} stats
 * @param {{coldRuns: number, runs: number, warmup: number, chromium: string, started: number}} run
 * @param {string[]} problems
 */
export function printOnly(stats, run, problems) {
  const show = (s) => (s.unit === 'ms' ? ms(s.median) : String(s.median));
  const lines = Object.entries(stats).map(([key, s]) => [
    key,
    show(s),
    s.unit === 'ms' ? ms(s.p90) : String(s.p90),
    s.unit === 'ms' ? ms(s.min) : String(s.min),
    String(s.n),
  ]);
  const head = ['measurement', 'median', 'p90', 'min', 'runs'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const line of [head, ...lines])
    console.log(line.map((c, i) => c.padEnd(widths[i])).join('  '));

  // Ours over the floor or the peer measured in the same run: what the targets compare.
  console.log('');
  const pairs = Object.keys(stats)
    .filter((key) => /\.Ours(\.cold)?$/.test(key))
    .flatMap((key) =>
      ['Floor', 'CountUp'].map((other) => [key, key.replace('.Ours', `.${other}`), other]),
    )
    .filter(([key, other]) => stats[other] && stats[key].unit === 'ms');
  for (const [key, other, name] of pairs) {
    const ratio = stats[key].median / stats[other].median;
    console.log(
      `${key.replace('.Ours', '')}: ours / ${name.toLowerCase()} ${ratio.toFixed(2)}× (${ms(stats[key].median)} / ${ms(stats[other].median)})`,
    );
  }
  const seconds = ((Date.now() - run.started) / 1000).toFixed(0);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(
    `\n--only run: cold: median of ${run.coldRuns} runs, each in a new browser context; warm: median of ${run.runs} after ${run.warmup} warm-up; ${seconds} s; Chromium ${run.chromium}; load average at the end ${load}`,
  );
  for (const problem of problems) console.log(`problem: ${problem}`);
}
