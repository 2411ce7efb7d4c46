// The Debian packages a server lane runs on (WordPress's, nginx and Apache for the feed
// servers), installed with apt-get when missing (as root, like the browser engines in
// ../engines.mjs). Their maintainer scripts would start the servers as system services; a
// policy-rc.d that refuses (exit 101) keeps them from doing so, and is removed again when it
// was ours, so a lane starts only its own servers.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { onPath } from '../engines.mjs';

const POLICY = '/usr/sbin/policy-rc.d';

/** @param {string} name */
export const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout ===
  'install ok installed';

/**
 * Installs what is missing of `packages`; returns the seconds apt-get took (0 when nothing was
 * missing). Throws when a package is missing and cannot be installed.
 * @param {string} lane the lane's name, for its messages
 * @param {string[]} packages
 */
export function ensurePackages(lane, packages) {
  const missing = packages.filter((name) => !installed(name));
  if (missing.length === 0) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(
      `missing ${missing.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install ` +
        `--no-install-recommends ${packages.join(' ')}).`,
    );
  }
  console.log(`${lane}: installing ${missing.join(', ')} with apt-get …`);
  const started = Date.now();
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) {
    writeFileSync(POLICY, `#!/bin/sh\n# uzl-widgets ${lane} lane: no service starts.\nexit 101\n`);
    chmodSync(POLICY, 0o755);
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const steps = [['update'], ['install', '-y', '--no-install-recommends', ...missing]];
    for (const args of steps) {
      const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
      if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (${result.status})`);
    }
  } finally {
    if (ownPolicy) rmSync(POLICY, { force: true });
  }
  const still = packages.filter((name) => !installed(name));
  if (still.length > 0) throw new Error(`apt-get did not install ${still.join(', ')}`);
  return (Date.now() - started) / 1000;
}
