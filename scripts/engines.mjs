// The browser engines the test lanes run in, found on this machine or installed from Debian's
// packages (as root on a machine with apt-get). No step downloads a browser of its own.
//
//   node scripts/engines.mjs            # prints each engine's executable, installing what is missing
//
// Chromium: $CHROME_PATH, /usr/bin/chromium, or chromium-browser / google-chrome on PATH.
// Firefox:  $FIREFOX_PATH, firefox-esr or firefox on PATH (driven by puppeteer-core over WebDriver BiDi).
// WebKit:   WebKitGTK's WebKitWebDriver (package webkit2gtk-driver, with its MiniBrowser), under
//           Xvfb (package xvfb); xdotool gives the window keyboard focus.
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

/** Firefox preferences for CI without outside network: no update checks, telemetry or first-run pages. */
export const FIREFOX_OFFLINE_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

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
export function onPath(name) {
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

/** Installs Debian packages when we may (root, apt-get present); true when apt-get succeeded. */
function aptInstall(/** @type {string[]} */ packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.error(`uzl-widgets: installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) return false;
  }
  return true;
}

/**
 * One engine's executable: the environment variable if set, else the first candidate found,
 * else the Debian packages installed and looked up again.
 * @param {{ name: string, env: string, paths: string[], names: string[], packages: string[] }} spec
 * @returns {string}
 */
function findOrInstall({ name, env, paths, names, packages }) {
  const hint = `Install it (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}) or set ${env}.`;
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    fail(`${env} is set to ${fromEnv}, which is not an executable file. ${hint}`);
  }
  const lookup = () => paths.find(isExecutable) ?? names.map(onPath).find(Boolean);
  const found = lookup() ?? (aptInstall(packages) ? lookup() : undefined);
  if (found) return found;
  fail(`no ${name} found. ${hint}`);
}

/** Path of a Chromium executable. @returns {string} */
export const findChromium = () =>
  findOrInstall({
    name: 'Chromium',
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium'],
    names: ['chromium-browser', 'chromium', 'google-chrome'],
    packages: ['chromium'],
  });

/** Path of a Firefox executable. @returns {string} */
export const findFirefox = () =>
  findOrInstall({
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr'],
    names: ['firefox-esr', 'firefox'],
    packages: ['firefox-esr'],
  });

/**
 * WebKitGTK's WebDriver, Xvfb and xdotool, installed together when any is missing.
 * @returns {{ driver: string, xvfb: string, xdotool: string }}
 */
export function findWebKit() {
  const lookup = () => ({
    driver: process.env.WEBKIT_WEBDRIVER_PATH ?? onPath('WebKitWebDriver'),
    xvfb: onPath('Xvfb'),
    xdotool: onPath('xdotool'),
  });
  let tools = lookup();
  if (!tools.driver || !tools.xvfb || !tools.xdotool) {
    aptInstall(['webkit2gtk-driver', 'xvfb', 'xdotool', 'xauth']);
    tools = lookup();
  }
  const missing = Object.entries(tools).filter(([, path]) => !path);
  if (missing.length > 0) {
    fail(
      `WebKit lane: ${missing.map(([tool]) => tool).join(', ')} not found. ` +
        'Install them (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb xdotool).',
    );
  }
  return /** @type {{ driver: string, xvfb: string, xdotool: string }} */ (tools);
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  console.log(`chromium ${findChromium()}`);
  console.log(`firefox  ${findFirefox()}`);
  const webkit = findWebKit();
  console.log(`webkit   ${webkit.driver} (Xvfb ${webkit.xvfb}, xdotool ${webkit.xdotool})`);
}
