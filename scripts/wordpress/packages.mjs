// The Debian packages the WordPress lane runs on, installed with apt-get when missing (as root,
// like the browser engines in ../engines.mjs). Their maintainer scripts would start MariaDB and
// Apache as system services; a policy-rc.d that refuses (exit 101) keeps them from doing so, and
// is removed again when it was ours, so the lane starts only its own servers.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { onPath } from '../engines.mjs';

export const PACKAGES = [
  'wordpress',
  // A no-recommends install of wordpress has no theme without it.
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
];

const POLICY = '/usr/sbin/policy-rc.d';

/** @param {string} name */
const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout ===
  'install ok installed';

/**
 * Installs what is missing; returns the seconds apt-get took (0 when nothing was missing).
 * Throws when a package is missing and cannot be installed.
 */
export function ensurePackages() {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(
      `missing ${missing.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install ` +
        `--no-install-recommends ${PACKAGES.join(' ')}).`,
    );
  }
  console.log(`wordpress: installing ${missing.join(', ')} with apt-get …`);
  const started = Date.now();
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) {
    writeFileSync(
      POLICY,
      '#!/bin/sh\n# uzl-widgets WordPress lane: no service starts.\nexit 101\n',
    );
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
  const still = PACKAGES.filter((name) => !installed(name));
  if (still.length > 0) throw new Error(`apt-get did not install ${still.join(', ')}`);
  return (Date.now() - started) / 1000;
}
