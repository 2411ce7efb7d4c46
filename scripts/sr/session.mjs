// One browser on the lane's desktop, read by Orca: Debian's Chromium (not headless, with its
// renderer's accessibility on) driven over the DevTools protocol only to go to a page, set the
// viewport or the reduced-motion preference and wait for the widget; every key a journey
// presses is real X input (xdotool), which Orca hears as a visitor's. What Orca said is read
// from speech-dispatcher's file, one utterance a line.
/* global document, window */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { FIREFOX_OFFLINE_PREFS, findChromium, findFirefox } from '../engines.mjs';
import { startServer, waitUntil } from '../lane/processes.mjs';

/** Between two keys, as a visitor presses them; Orca's transcripts are stable at 0.3–0.5 s. */
const KEY_GAP = 400;
/** Firefox gives Orca its events later: at 0.4 s Orca sometimes missed a step's words. */
const FIREFOX_KEY_GAP = 800;
/** Between two letters typed: a quick typist's 120 ms, under the AI page's 200 ms search pause. */
const TYPING_GAP = 120;

/**
 * @typedef {object} Session
 * @property {string} version the browser's version as it says it
 * @property {(url: string, options?: { width?: number, reducedMotion?: boolean, tag?: string, busy?: boolean }) => Promise<void>} open
 *   waits until the widget `tag` has rendered: loaded, or `busy` (its loading view)
 * @property {(hash: string) => Promise<void>} setHash as a link on the page to `#…` does
 * @property {(keys: string[]) => Promise<void>} press
 * @property {(text: string) => Promise<void>} type types `text` key by key, as a visitor types
 *   (no pause between letters long enough for a search to start)
 * @property {(tag: string, selector: string) => Promise<string>} shownText the text of
 *   `selector` in the widget `tag`'s shadow root, as it shows now
 * @property {(quietMs?: number, maxMs?: number) => Promise<string[]>} heard what Orca said since
 *   the last call, once it has been quiet for `quietMs`
 * @property {() => Promise<void>} close
 */

/**
 * @param {import('./desktop.mjs').Desktop} desktop @param {string} dir
 * @param {string} firstUrl a page of the lane's own (on about:blank the keyboard would be in the
 *   address bar, and the first journey's keys would go there)
 * @returns {Promise<Session>}
 */
export async function startChromium(desktop, dir, firstUrl) {
  const profile = join(dir, 'chromium-profile');
  const executable = findChromium();
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
  startServer(
    'Chromium',
    executable,
    [
      '--no-sandbox',
      '--force-renderer-accessibility',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Its "Translate this page?" bubble would be read aloud on every French or Dutch page.
      '--disable-features=Translate,TranslateUI',
      '--password-store=basic',
      // Its crash handler would outlive it, a process the lane did not mean to leave.
      '--disable-crash-reporter',
      '--disable-breakpad',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-position=0,0',
      '--window-size=1280,1000',
      firstUrl,
    ],
    join(dir, 'chromium.log'),
    { env: desktop.env },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  await waitUntil(() => existsSync(portFile), 20000, 'Chromium');
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = browser.contexts()[0].pages()[0];
  const xdo = xdotool(desktop);
  const windowId = await browserWindow(desktop, 'chromium', 10000);
  /** @type {Session} */
  const session = {
    version,
    ...keysAndSpeech(desktop, windowId, KEY_GAP),
    async open(url, { width, reducedMotion = false, tag, busy = false } = {}) {
      await page.setViewportSize({ width: width ?? 1280, height: 900 });
      await page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      await page.goto(url, { waitUntil: 'load' });
      if (tag) await page.waitForFunction(widgetShown, [tag, busy], { timeout: 15000 });
      xdo('windowfocus', '--sync', windowId);
    },
    async setHash(hash) {
      await page.evaluate((h) => (window.location.hash = h), hash);
    },
    async shownText(tag, selector) {
      return page.evaluate(textIn, [tag, selector]);
    },
    async close() {
      await browser.close();
    },
  };
  return session;
}

/** xdotool on the lane's display. @param {import('./desktop.mjs').Desktop} desktop */
const xdotool =
  (desktop) =>
  (/** @type {string[]} */ ...args) =>
    spawnSync('xdotool', args, { env: desktop.env, encoding: 'utf8' });

/**
 * The newest visible window of the browser's X class, once it is there.
 * @param {import('./desktop.mjs').Desktop} desktop @param {string} windowClass @param {number} ms
 */
async function browserWindow(desktop, windowClass, ms) {
  const xdo = xdotool(desktop);
  let id = '';
  await waitUntil(
    () =>
      (id =
        xdo('search', '--onlyvisible', '--class', windowClass).stdout.trim().split('\n').pop() ??
        '') !== '',
    ms,
    `the ${windowClass} window`,
  );
  return id;
}

/** In the page: whether the widget `tag` has rendered, loaded or (`busy`) its loading view. */
const widgetShown = (/** @type {[string, boolean]} */ [tag, busy]) => {
  const el = document.querySelector(tag);
  return !!el?.shadowRoot && (el.shadowRoot.querySelector('[aria-busy="true"]') !== null) === busy;
};
/** In the page: the text of `selector` in the widget `tag`'s shadow root. */
const textIn = (/** @type {[string, string]} */ [tag, selector]) =>
  document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

/**
 * What both browsers' sessions share: real X keys into the browser's window, and what Orca said
 * read from speech-dispatcher's file.
 * @param {import('./desktop.mjs').Desktop} desktop @param {string} windowId @param {number} keyGap
 * @returns {Pick<Session, 'press' | 'type' | 'heard'>}
 */
function keysAndSpeech(desktop, windowId, keyGap) {
  const xdo = xdotool(desktop);
  // What was said before this browser started is not its.
  let offset = existsSync(desktop.speechFile) ? readFileSync(desktop.speechFile, 'utf8').length : 0;
  return {
    async press(keys) {
      for (const key of keys) {
        xdo('windowfocus', '--sync', windowId);
        xdo('key', '--clearmodifiers', key);
        await sleep(keyGap);
      }
    },
    async type(text) {
      xdo('type', '--delay', String(TYPING_GAP), '--clearmodifiers', text);
      await sleep(keyGap);
    },
    async heard(quietMs = 900, maxMs = 12000) {
      const until = Date.now() + maxMs;
      let size = -1;
      let quietSince = Date.now();
      for (;;) {
        const now = readFileSync(desktop.speechFile, 'utf8').length;
        if (now !== size) {
          size = now;
          quietSince = Date.now();
        }
        if (Date.now() - quietSince >= quietMs || Date.now() > until) break;
        await sleep(100);
      }
      const text = readFileSync(desktop.speechFile, 'utf8');
      const lines = text
        .slice(offset)
        .split('\n')
        .filter((l) => l.trim() !== '');
      offset = text.length;
      return lines;
    },
  };
}

/**
 * @param {import('./desktop.mjs').Desktop} desktop @param {string} dir
 * @param {string} firstUrl
 * @param {(pid: number) => void} own the lane stops this PID if the browser outlives the lane
 * @returns {Promise<Session>}
 */
export async function startFirefox(desktop, dir, firstUrl, own) {
  const executable = findFirefox();
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: false,
    userDataDir: join(dir, 'firefox-profile'),
    env: { ...desktop.env, GNOME_ACCESSIBILITY: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    args: ['--width=1280', '--height=1000'],
    extraPrefsFirefox: {
      ...FIREFOX_OFFLINE_PREFS,
      // Accessibility on from the start, as for a visitor whose screen reader runs.
      'accessibility.force_disabled': -1,
      'browser.translations.enable': false,
      'browser.aboutwelcome.enabled': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'datareporting.healthreport.uploadEnabled': false,
    },
  });
  const pid = browser.process()?.pid;
  if (pid) own(pid);
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox opened no page');
  await page.goto(firstUrl);
  const xdo = xdotool(desktop);
  const windowId = await browserWindow(desktop, 'firefox', 20000);
  xdo('windowsize', '--sync', windowId, '1280', '1000');
  // A page a script opened leaves the keyboard in the address bar, where `h` would be typed:
  // F6 moves it into the page, as a visitor's click would. Later pages keep it there.
  for (let tries = 0; tries < 4 && !(await page.evaluate(() => document.hasFocus())); tries += 1) {
    xdo('windowfocus', '--sync', windowId);
    xdo('key', 'F6');
    await sleep(500);
  }
  if (!(await page.evaluate(() => document.hasFocus())))
    throw new Error('Firefox: the keyboard does not reach the page (F6 from the address bar)');
  return {
    version,
    ...keysAndSpeech(desktop, windowId, FIREFOX_KEY_GAP),
    async open(url, { width, reducedMotion = false, tag, busy = false } = {}) {
      // WebDriver BiDi cannot emulate a media feature: the lane leaves such journeys to Chromium.
      if (reducedMotion)
        throw new Error('Firefox over WebDriver BiDi cannot emulate reduced motion');
      await page.setViewport({ width: width ?? 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      if (tag) await page.waitForFunction(widgetShown, { timeout: 15000 }, [tag, busy]);
      xdo('windowfocus', '--sync', windowId);
    },
    async setHash(hash) {
      await page.evaluate((h) => (window.location.hash = h), hash);
    },
    async shownText(tag, selector) {
      return page.evaluate(textIn, [tag, selector]);
    },
    async close() {
      await browser.close();
    },
  };
}
