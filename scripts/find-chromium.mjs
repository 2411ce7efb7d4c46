// Finds a Chromium for the browser tests (web-test-runner, puppeteer-core).
//
//   import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
//   node scripts/find-chromium.mjs   # prints the path
//
// Order: $CHROME_PATH, /usr/bin/chromium, then chromium-browser / chromium / google-chrome
// on PATH. When none is found and we run as root on a machine with apt-get (a fresh
// Debian/Ubuntu CI box), it installs the `chromium` package. Otherwise it prints one line
// and exits with code 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Flags for a headless Chromium in CI, as root, without outside network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

const DEFAULT_PATH = '/usr/bin/chromium';
const PATH_NAMES = ['chromium-browser', 'chromium', 'google-chrome'];
const HINT = 'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.';

/** @param {string} file */
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`uzl-widgets: ${message}`);
  process.exit(1);
}

function lookup() {
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  for (const name of PATH_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.error('uzl-widgets: no Chromium found; installing it with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return isExecutable(DEFAULT_PATH);
}

/**
 * Path of a Chromium executable. Installs one with apt-get when running as root on
 * Debian/Ubuntu; otherwise, when none can be had, prints one line and exits with code 1.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, which is not an executable file. ${HINT}`);
  }
  const found = lookup();
  if (found) return found;
  if (installWithApt()) return DEFAULT_PATH;
  fail(`no Chromium found. ${HINT}`);
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  console.log(findChromium());
}
