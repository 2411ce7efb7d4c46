// What a lane with real servers does around its checks (the WordPress lane, the feed servers
// lane): installs its Debian packages, builds dist/ unless `npm test` just did (UZL_BUILT=1),
// makes one temp dir for everything it starts, and at the end, or on Ctrl-C, closes the
// browsers, stops what it started by PID, undoes the rest, removes the temp dir and prints its
// closing lines: each check, anything left running, the outcome and its time.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeBrowsers } from './browsers.mjs';
import { ensurePackages } from './packages.mjs';
import { stillRunningIn, stopAll } from './processes.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/**
 * @param {{ id: string, title: string, packages: string[], removed: string }} options
 *   `id` names the lane's temp dir and apt log, `title` its closing lines ("WordPress lane"),
 *   `removed` what the closing line says was removed.
 */
export function openLane({ id, title, packages, removed }) {
  const aptSeconds = ensurePackages(id, packages);
  if (process.env.UZL_BUILT !== '1') {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), `uzl-${id}-`));
  // The servers' workers run as www-data and read what the lane puts in here.
  chmodSync(dir, 0o755);

  /** @type {Promise<string[]> | undefined} */
  let cleanup;
  const lane = {
    dir,
    failed: 0,
    interrupted: false,
    /** @type {string[]} each check's line */
    lines: [],
    /** @type {string[]} printed after the checks, before the outcome */
    notes: [],
    /** @type {(() => void | Promise<void>)[]} what to undo at the end, newest first */
    undo: [],
    /** Whether the clean-up has begun: nothing new may start then. */
    get closing() {
      return cleanup !== undefined;
    },
    /** Everything stopped and removed; resolves to what still runs in the temp dir. */
    cleanUp: () =>
      (cleanup ??= (async () => {
        await closeBrowsers();
        await stopAll();
        for (const step of lane.undo.reverse()) await step();
        const left = stillRunningIn(dir);
        rmSync(dir, { recursive: true, force: true });
        return left;
      })()),
    /** @param {string[]} left */
    report(left) {
      if (left.length > 0) {
        lane.failed += 1;
        lane.lines.push(`  FAIL left running: ${left.join('; ')}`);
      }
      console.log(`\n== ${title}`);
      for (const line of [...lane.lines, ...lane.notes]) console.log(line);
      const install = aptSeconds > 0 ? ` after apt-get install ${aptSeconds.toFixed(0)} s` : '';
      const outcome = lane.interrupted
        ? 'interrupted'
        : lane.failed === 0
          ? 'passed'
          : `${lane.failed} failed`;
      console.log(
        `${title}: ${outcome} in ${seconds(started)} s${install}; ` +
          `${left.length === 0 ? 'nothing left running, ' : ''}${removed} removed`,
      );
    },
    /** Unless a signal's handler does it: clean up, report and exit with the outcome. */
    async close() {
      if (lane.interrupted) return;
      lane.report(await lane.cleanUp());
      process.exit(lane.failed > 0 ? 1 : 0);
    },
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      lane.interrupted = true;
      void lane
        .cleanUp()
        .then(lane.report)
        .finally(() => process.exit(130));
    });
  }
  return lane;
}
