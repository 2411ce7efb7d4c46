// Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi) behind
// the few calls the server lanes' checks make (WordPress's, the feed servers'), so each check is
// written once for both engines.
// Clicks are real mouse input at the link's place on the screen, so the frame gets focus as a
// visitor's click gives it (wp-embed.js follows a frame's link only while it is focused).
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX_OFFLINE_PREFS, findChromium, findFirefox } from '../engines.mjs';

/**
 * @typedef {object} Tab
 * @property {(url: string) => Promise<void>} goto
 * @property {() => string} url the top window's address
 * @property {<A, R>(fn: (arg: A) => R, arg: A) => Promise<R>} top runs in the top window
 * @property {<A, R>(prefix: string, fn: (arg: A) => R, arg: A) => Promise<R | undefined>} frame
 *   runs in the first frame whose address starts with `prefix` (undefined while there is none)
 * @property {(x: number, y: number) => Promise<void>} click a mouse click at a point of the viewport
 * @property {() => Response[]} responses every response the tab has had, oldest first, with the
 *   headers as they came over the network (a script on the page cannot read most of them across
 *   origins)
 * @property {() => Promise<void>} close
 */

/** @typedef {{ url: string, status: number, headers: Record<string, string> }} Response */

/** @typedef {{ name: string, open: () => Promise<Tab>, close: () => Promise<void> }} Engine */

const VIEWPORT = { width: 1280, height: 900 };
// The lane handles Ctrl+C itself (it stops its servers too), so the drivers must not exit first.
const SIGNALS = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };

/** Browsers open now, for closeBrowsers() when the lane is interrupted. */
const open = new Set();
let closing = false;

/** Launches under way: a lane stopped by Ctrl+C waits for them, and closes what they start. */
const launching = new Set();

/**
 * A browser's launch, known to closeBrowsers until it settles.
 * @template {{ close: () => Promise<void> }} B @param {Promise<B>} launch @returns {Promise<B>}
 */
function launched(launch) {
  const settled = launch.then(
    async (browser) => {
      if (closing) await browser.close();
    },
    () => {},
  );
  launching.add(settled);
  void settled.finally(() => launching.delete(settled));
  return launch;
}

/** Closes every browser still open, and those still starting; any launched later is closed at once. */
export async function closeBrowsers() {
  closing = true;
  await Promise.allSettled([...open].map((close) => close()));
  await Promise.allSettled([...launching]);
}

/** Remembers a browser's close until it is called. @param {() => Promise<void>} close */
async function tracked(close) {
  if (closing) {
    await close();
    throw new Error('the lane is stopping');
  }
  const once = async () => {
    open.delete(once);
    await close();
  };
  open.add(once);
  return once;
}

/**
 * A page as the checks use it; playwright's (Chromium) and puppeteer's (Firefox) pages answer
 * the same calls.
 * @param {any} page
 * @returns {Tab}
 */
function tabOf(page) {
  /** @type {Response[]} */
  const seen = [];
  page.on('response', (/** @type {any} */ response) =>
    seen.push({ url: response.url(), status: response.status(), headers: response.headers() }),
  );
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.url(),
    top: (fn, arg) => page.evaluate(fn, arg),
    async frame(prefix, fn, arg) {
      const frame = page.frames().find((/** @type {any} */ f) => f.url().startsWith(prefix));
      return frame ? frame.evaluate(fn, arg) : undefined;
    },
    click: (x, y) => page.mouse.click(x, y),
    responses: () => [...seen],
    close: () => page.close(),
  };
}

/** @returns {Promise<Engine>} */
export async function launchChromium() {
  const browser = await launched(
    chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, ...SIGNALS }),
  );
  return {
    name: 'Chromium',
    async open() {
      const page = await browser.newPage({ viewport: VIEWPORT });
      return tabOf(page);
    },
    close: await tracked(() => browser.close()),
  };
}

/** @returns {Promise<Engine>} */
export async function launchFirefox() {
  const browser = await launched(
    puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      ...SIGNALS,
      extraPrefsFirefox: FIREFOX_OFFLINE_PREFS,
    }),
  );
  return {
    name: 'Firefox',
    async open() {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      return tabOf(page);
    },
    close: await tracked(() => browser.close()),
  };
}
