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
import { findChromium } from '../engines.mjs';
import { startServer, waitUntil } from '../lane/processes.mjs';

/** Between two keys, as a visitor presses them; Orca's transcripts are stable at 0.3–0.5 s. */
const KEY_GAP = 400;

/**
 * @typedef {object} Session
 * @property {string} version the browser's version as it says it
 * @property {(url: string, options?: { width?: number, reducedMotion?: boolean, tag?: string, busy?: boolean }) => Promise<void>} open
 *   waits until the widget `tag` has rendered: loaded, or `busy` (its loading view)
 * @property {(hash: string) => Promise<void>} setHash as a link on the page to `#…` does
 * @property {(keys: string[]) => Promise<void>} press
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
  const xdo = (/** @type {string[]} */ ...args) =>
    spawnSync('xdotool', args, { env: desktop.env, encoding: 'utf8' });
  /** @type {string} */
  let windowId = '';
  await waitUntil(
    () =>
      (windowId =
        xdo('search', '--onlyvisible', '--class', 'chromium').stdout.trim().split('\n').pop() ??
        '') !== '',
    10000,
    "Chromium's window",
  );
  let offset = 0;
  /** @type {Session} */
  const session = {
    version,
    async open(url, { width, reducedMotion = false, tag, busy = false } = {}) {
      await page.setViewportSize({ width: width ?? 1280, height: 900 });
      await page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      await page.goto(url, { waitUntil: 'load' });
      if (tag)
        await page.waitForFunction(
          ([t, busy]) => {
            const el = document.querySelector(t);
            return (
              !!el?.shadowRoot &&
              (el.shadowRoot.querySelector('[aria-busy="true"]') !== null) === busy
            );
          },
          [tag, busy],
          { timeout: 15000 },
        );
      xdo('windowfocus', '--sync', windowId);
    },
    async setHash(hash) {
      await page.evaluate((h) => (window.location.hash = h), hash);
    },
    async press(keys) {
      for (const key of keys) {
        xdo('key', '--clearmodifiers', key);
        await sleep(KEY_GAP);
      }
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
    async close() {
      await browser.close();
    },
  };
  return session;
}
