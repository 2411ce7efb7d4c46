// The browser suite in every engine lane, two lanes at a time. A lane keeps one test file at a
// time in its browser (the fault tests hold connections open on purpose, and a page that is not
// in front loses focus and timers), so on its own it mostly waits: the Chromium lane used a
// quarter of one core (`time`: 103 s of CPU in 436 s). Two lanes side by side, each with its own
// browser and its own server on its own port, share the two cores without slowing each other's
// timings past what the tests allow. UZL_LANE_TRACKS=1 runs them one after another again.
//
//   node scripts/test-browsers.mjs                     # chromium, firefox, webkit, legacy
//   node scripts/test-browsers.mjs webkit              # one lane
//   node scripts/test-browsers.mjs firefox --files test/core/language.test.ts
//
// Builds dist/ first (the host-page tests load the drop-in), unless UZL_BUILT=1 says `npm test`
// has just built it. Installs a missing engine from Debian's packages as root
// (scripts/engines.mjs). For WebKit it starts Xvfb and WebKitWebDriver itself, keeps the
// MiniBrowser window focused (without a window manager it never gets keyboard focus, so
// :focus-visible would never match), and stops them after.
// With two tracks, each lane's output is held and printed whole when the lane ends, so the log
// reads lane by lane. Each lane ends with its engine's summary; the last line adds up every lane:
//   1996 passed, 0 failed
// A lane whose failures are in at most MAX_RERUN_FILES test files runs those files once more: a
// test that then passes is reported as flaky, by name, and does not fail the run (on two busy
// cores a timing can slip once); one that fails again fails it. Many failing files are a real
// break, not a slip, and are not rerun.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findChromium, findFirefox, findWebKit } from './engines.mjs';
import { freePort } from './free-port.mjs';
import { ENGINE_NAMES } from './wtr-summary-reporter.mjs';

const LANES = ['chromium', 'firefox', 'webkit', 'legacy'];
const MAX_RERUN_FILES = 3;
// Longest first (seconds measured alone on this machine: Firefox 572, legacy 560, WebKit 521,
// Chromium 439), so the two tracks end close together.
const LONGEST_FIRST = ['firefox', 'legacy', 'webkit', 'chromium'];
const TRACKS = Math.max(1, Number(process.env.UZL_LANE_TRACKS ?? 2));

// Lane names first; from the first option on, the rest goes to web-test-runner.
const args = process.argv.slice(2);
const split = args.findIndex((arg) => arg.startsWith('-'));
const chosen = split === -1 ? args : args.slice(0, split);
const wtrArgs = split === -1 ? [] : args.slice(split).filter((arg, i) => i > 0 || arg !== '--');
const unknown = chosen.filter((lane) => !LANES.includes(lane));
if (unknown.length > 0) {
  console.error(`uzl-widgets: unknown lane ${unknown.join(', ')}; lanes: ${LANES.join(', ')}`);
  process.exit(2);
}
const lanes = chosen.length > 0 ? chosen : LANES;
const tracks = Math.min(TRACKS, lanes.length);
const hold = tracks > 1;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`nothing listens on port ${port} after ${ms} ms`);
}

/** A display number with no X server (no lock file). */
function freeDisplay() {
  for (let n = 77; n < 177; n += 1) {
    try {
      readFileSync(`/tmp/.X${n}-lock`);
    } catch {
      return n;
    }
  }
  throw new Error('no free X display between :77 and :176');
}

/** Xvfb, WebKitWebDriver and a focus keeper; returns the environment for the lane and a stop(). */
async function startWebKit() {
  const tools = findWebKit();
  const display = `:${freeDisplay()}`;
  const children = [];
  const start = (command, commandArgs, env = process.env) => {
    const child = spawn(command, commandArgs, { env, stdio: 'ignore' });
    children.push(child);
    return child;
  };
  start(tools.xvfb, [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp']);
  const env = { ...process.env, DISPLAY: display };
  for (let i = 0; i < 50; i += 1) {
    if (spawnSync(tools.xdotool, ['getdisplaygeometry'], { env }).status === 0) break;
    await sleep(100);
  }
  const port = await freePort();
  start(tools.driver, [`--port=${port}`, '--host=127.0.0.1'], env);
  await waitForPort(port, 15000);
  // Every second, give keyboard focus to the newest visible window (the test page's).
  const focus = setInterval(() => {
    const found = spawnSync(tools.xdotool, ['search', '--onlyvisible', '--name', '.'], { env });
    const ids = String(found.stdout).trim().split('\n').filter(Boolean);
    const id = ids.at(-1);
    if (id) spawnSync(tools.xdotool, ['windowfocus', id], { env });
  }, 1000);
  return {
    env: { ...env, WEBKIT_WEBDRIVER_PORT: String(port) },
    stop() {
      clearInterval(focus);
      for (const child of children.reverse()) child.kill('SIGTERM');
    },
  };
}

/**
 * The runner on its own port; its output goes to this terminal, or into `log` when lanes run
 * side by side.
 * @param {NodeJS.ProcessEnv} env @param {string[]} extraArgs @param {string[] | undefined} log
 */
async function runWtr(env, extraArgs, log) {
  const port = await freePort();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/@web/test-runner/dist/bin.js',
        '--config',
        'web-test-runner.config.mjs',
        '--port',
        String(port),
        ...extraArgs,
      ],
      { env, stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit' },
    );
    if (log) {
      child.stdout?.on('data', (chunk) => log.push(String(chunk)));
      child.stderr?.on('data', (chunk) => log.push(String(chunk)));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** @typedef {{ engine: string, passed: number, failed: number, skipped: string[], failures: string[], failedFiles?: string[], flaky?: string[], seconds: number, code: number }} LaneResult */

/** Runs the runner once with `extraArgs`; its reporter's counts, or undefined if it died first. */
async function runOnce(env, extraArgs, log) {
  const dir = mkdtempSync(join(tmpdir(), 'uzl-lane-'));
  const resultFile = join(dir, 'result.json');
  const code = await runWtr({ ...env, UZL_LANE_RESULT: resultFile }, extraArgs, log);
  try {
    return { ...JSON.parse(readFileSync(resultFile, 'utf8')), code };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @returns {Promise<LaneResult>} */
async function runLane(lane) {
  const started = Date.now();
  /** @type {string[] | undefined} */
  const log = hold ? [] : undefined;
  const say = (line) => (log ? log.push(`${line}\n`) : console.log(line));
  let env = { ...process.env, UZL_ENGINE: lane };
  let stop = () => {};
  if (lane === 'chromium' || lane === 'legacy') findChromium();
  if (lane === 'firefox') findFirefox();
  if (lane === 'webkit') {
    const webkit = await startWebKit();
    env = { ...env, ...webkit.env };
    stop = webkit.stop;
  }
  if (hold) console.log(`\n== ${ENGINE_NAMES[lane]}: browser suite started (output when it ends)`);
  say(`\n== ${ENGINE_NAMES[lane]}: browser suite`);
  let result;
  try {
    result = await runOnce(env, wtrArgs, log);
    const files = result?.failedFiles ?? [];
    if (result && result.failed > 0 && files.length <= MAX_RERUN_FILES) {
      const named = files.map((file) => relative(process.cwd(), file));
      say(`\n== ${ENGINE_NAMES[lane]}: once more, the files that failed: ${named.join(', ')}`);
      const again = await runOnce(
        env,
        named.flatMap((file) => ['--files', file]),
        log,
      );
      if (again) {
        const flaky = result.failures.filter((failure) => !again.failures.includes(failure));
        result = {
          ...result,
          passed: result.passed + (result.failed - again.failed),
          failed: again.failed,
          failures: again.failures,
          flaky,
          code: again.code,
        };
      }
    }
  } finally {
    stop();
    if (log) process.stdout.write(log.join(''));
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  // The runner died before its reporter could write: count the lane as one failure.
  return result
    ? { ...result, seconds }
    : { engine: lane, passed: 0, failed: 1, skipped: [], failures: [], seconds, code: 1 };
}

// `npm test` builds once before the Node tests and says so with UZL_BUILT=1; run on its own,
// the suite builds the dist/ it tests.
if (process.env.UZL_BUILT !== '1') {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Each track takes the next lane, longest first, until none is left.
const queue = [...lanes].sort((a, b) => LONGEST_FIRST.indexOf(a) - LONGEST_FIRST.indexOf(b));
/** @type {Map<string, LaneResult>} */
const byLane = new Map();
await Promise.all(
  Array.from({ length: tracks }, async () => {
    for (let lane = queue.shift(); lane; lane = queue.shift())
      byLane.set(lane, await runLane(lane));
  }),
);
const results = lanes.map((lane) => /** @type {LaneResult} */ (byLane.get(lane)));

console.log('\n== Browser lanes');
for (const r of results) {
  const skips = r.skipped.length > 0 ? `, ${r.skipped.length} skipped` : '';
  const flaky = r.flaky?.length ? `, ${r.flaky.length} flaky` : '';
  console.log(
    `${ENGINE_NAMES[r.engine]}: ${r.passed} passed, ${r.failed} failed${skips}${flaky} (${r.seconds} s)`,
  );
  // Repeated here because a CI log is often read from its tail only.
  for (const failure of r.failures ?? []) console.log(`  - failed: ${failure}`);
  for (const failure of r.flaky ?? [])
    console.log(`  - flaky (failed, then passed on a rerun): ${failure}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
// A lane whose runner failed without a failing test (a crash, a browser that never started) still fails the run.
const failed = results.reduce((sum, r) => sum + (r.failed || (r.code !== 0 ? 1 : 0)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
