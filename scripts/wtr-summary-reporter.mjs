// A @web/test-runner reporter that ends the output with one unambiguous line:
//   12 passed, 0 failed
// (skipped tests, if any, are counted on the line before it)
// Counts are per test × browser. A test file (session) that failed without any failing
// test — it did not load/import, threw outside a test, timed out, or never ran because
// the browser did not start — counts as one failure, so "0 failed" means the run passed.
//
// Use it after the default reporter:
//   reporters: [defaultReporter(), summaryReporter()]
//
// The line is written when the process exits: the runner's terminal prints its progress
// block and a trailing newline after every reporter hook (stop() included), and console
// output from reporters is buffered, so an exit handler is the only way to be last.

/**
 * @typedef {import('@web/test-runner-core').Reporter} Reporter
 * @typedef {import('@web/test-runner-core').TestSession} TestSession
 * @typedef {import('@web/test-runner-core').TestSuiteResult} TestSuiteResult
 */

/** @param {Iterable<TestSession>} sessions */
export function countResults(sessions) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const session of sessions) {
    let failedInFile = 0;
    /** @param {TestSuiteResult} suite */
    const walk = (suite) => {
      for (const test of suite.tests) {
        if (test.skipped) skipped += 1;
        else if (test.passed) passed += 1;
        else failedInFile += 1;
      }
      suite.suites.forEach(walk);
    };
    if (session.testResults) walk(session.testResults);
    if (session.passed !== true && failedInFile === 0) failedInFile = 1;
    failed += failedInFile;
  }
  return { passed, failed, skipped };
}

/** @returns {Reporter} */
export function summaryReporter() {
  return {
    start({ sessions }) {
      process.once('exit', () => {
        const { passed, failed, skipped } = countResults(sessions.all());
        // Synchronous for files, pipes and terminals on Linux and macOS.
        if (skipped > 0) process.stdout.write(`${skipped} skipped\n`);
        process.stdout.write(`${passed} passed, ${failed} failed\n`);
      });
    },
  };
}

export default summaryReporter;
