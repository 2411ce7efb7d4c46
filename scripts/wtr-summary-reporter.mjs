// A @web/test-runner reporter that ends a lane's output with its engine's summary and one
// unambiguous line:
//   WebKit: 3 skipped
//     - load › memory … [skipped in webkit: …]
//   WebKit: 512 passed, 0 failed
// Counts are per test. A test file (session) that failed without any failing test (it did
// not load, threw outside a test, timed out, or never ran because the browser did not
// start) counts as one failure, so "0 failed" means the run passed.
// With UZL_LANE_RESULT set, the counts and skipped titles are also written there as JSON,
// for scripts/test-browsers.mjs to add up over the lanes.
//
// The lines are written when the process exits: the runner's terminal prints its progress
// block and a trailing newline after every reporter hook (stop() included), and console
// output from reporters is buffered, so an exit handler is the only way to be last.
import { writeFileSync } from 'node:fs';

/**
 * @typedef {import('@web/test-runner-core').Reporter} Reporter
 * @typedef {import('@web/test-runner-core').TestSession} TestSession
 * @typedef {import('@web/test-runner-core').TestSuiteResult} TestSuiteResult
 */

export const ENGINE_NAMES = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
  legacy: 'Legacy (Chromium as Safari 16.4 / Firefox ESR 115)',
};

/** @param {Iterable<TestSession>} sessions */
export function countResults(sessions) {
  let passed = 0;
  let failed = 0;
  /** @type {string[]} */
  const skipped = [];
  /** @type {string[]} */
  const failures = [];
  /** @type {string[]} the test files with a failure, for a rerun */
  const failedFiles = [];
  /** @type {[file: string, ms: number][]} the time each file's tests took, for the lane's slowest */
  const fileTimes = [];
  for (const session of sessions) {
    let failedInFile = 0;
    let ms = 0;
    /** @param {TestSuiteResult} suite @param {string[]} path */
    const walk = (suite, path) => {
      for (const test of suite.tests) {
        const title = [...path, test.name].join(' › ');
        ms += test.duration ?? 0;
        if (test.skipped) skipped.push(`${session.testFile}: ${title}`);
        else if (test.passed) passed += 1;
        else {
          failedInFile += 1;
          failures.push(`${session.testFile}: ${title}`);
        }
      }
      for (const child of suite.suites) walk(child, [...path, child.name]);
    };
    if (session.testResults) walk(session.testResults, []);
    if (session.passed !== true && failedInFile === 0) {
      failedInFile = 1;
      failures.push(`${session.testFile}: (the file did not run to the end)`);
    }
    failed += failedInFile;
    if (failedInFile > 0) failedFiles.push(session.testFile);
    fileTimes.push([session.testFile.replace(`${process.cwd()}/`, ''), ms]);
  }
  const slowest = fileTimes.sort((a, b) => b[1] - a[1]).slice(0, 8);
  return { passed, failed, skipped, failures, failedFiles, slowest };
}

/** @param {{ engine?: string }} [options] @returns {Reporter} */
export function summaryReporter({ engine = 'chromium' } = {}) {
  const name = ENGINE_NAMES[engine] ?? engine;
  return {
    start({ sessions }) {
      process.once('exit', () => {
        const result = countResults(sessions.all());
        const { passed, failed, skipped, failures } = result;
        const lines = [];
        if (failures.length > 0) lines.push(`${name}: failed`, ...failures.map((f) => `  - ${f}`));
        if (skipped.length > 0) {
          lines.push(`${name}: ${skipped.length} skipped`, ...skipped.map((s) => `  - ${s}`));
        }
        // Where a lane's time goes (the sum of each file's tests), to keep `npm test` short.
        lines.push(
          `${name}: slowest files: ${result.slowest.map(([file, ms]) => `${file} ${(ms / 1000).toFixed(0)} s`).join(', ')}`,
        );
        lines.push(`${name}: ${passed} passed, ${failed} failed`);
        // Synchronous for files, pipes and terminals on Linux and macOS.
        process.stdout.write(`${lines.join('\n')}\n`);
        if (process.env.UZL_LANE_RESULT) {
          writeFileSync(process.env.UZL_LANE_RESULT, JSON.stringify({ engine, ...result }));
        }
      });
    },
  };
}

export default summaryReporter;
