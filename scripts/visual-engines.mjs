// The browsers of the screenshot tests (scripts/test-visual.mjs), set up so that a picture
// depends only on the story and the engine: a fixed clock, reduced motion, the font shipped in
// test/visual/font/ drawn without antialiasing (test/visual/fonts.conf), the Brussels time zone,
// no scrollbars, sRGB.
/* global document */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX_OFFLINE_PREFS, findChromium, findFirefox } from './engines.mjs';
import { settled } from './storybook-static.mjs';

const VISUAL = join(resolve(import.meta.dirname, '..'), 'test', 'visual');
const FONT = readFileSync(join(VISUAL, 'font', 'NotoMono-Regular.woff2')).toString('base64');
/** Text without antialiasing (see the file): small pictures, the same on every machine. */
const ENV = { ...process.env, FONTCONFIG_FILE: join(VISUAL, 'fonts.conf') };

/** "Today" in every picture: the demo feeds' season, a Thursday morning in Leuven. */
export const FROZEN_NOW = Date.UTC(2026, 0, 15, 9, 30);
const TIME_ZONE = 'Europe/Brussels';
const HEIGHT = 800;
/** The tallest viewport a story is given (a story taller than this is drawn in part). */
const MAX_HEIGHT = 16_000;

/**
 * Runs in every page before its scripts: `Date` stands still at FROZEN_NOW (so "today" in the
 * calendar and "2 days ago" never move), and once the document exists every text is set in the
 * shipped font and no caret blinks.
 */
const INIT = `(() => {
  const Real = Date;
  const now = ${FROZEN_NOW};
  class Frozen extends Real {
    constructor(...args) { if (args.length) super(...args); else super(now); }
    static now() { return now; }
  }
  globalThis.Date = Frozen;
  const style = () => {
    const sheet = document.createElement('style');
    sheet.textContent = "@font-face { font-family: UzlVisual; src: url(data:font/woff2;base64,${FONT}) format('woff2'); }" +
      " * { font-family: UzlVisual !important; caret-color: transparent !important; }";
    document.head.append(sheet);
  };
  if (document.head) style(); else document.addEventListener('DOMContentLoaded', style);
})();`;

const majorOf = (/** @type {string} */ version) => Number(/(\d+)\./.exec(version)?.[1] ?? 0);

/**
 * @typedef {{ page: any, size: (width: number, height?: number) => Promise<void>,
 *   shoot: (clip: { x: number, y: number, width: number, height: number }) => Promise<Buffer> }} Tab
 * @typedef {{ major: number, browser: any, newTab: () => Promise<Tab>, close: () => Promise<void> }} VisualBrowser
 */

/** Chromium: one browser, a context of its own for each tab (pages side by side). @returns {Promise<VisualBrowser>} */
export async function launchVisualChromium() {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    env: ENV,
    args: [
      ...CHROMIUM_ARGS,
      '--hide-scrollbars',
      '--force-color-profile=srgb',
      '--font-render-hinting=none',
    ],
  });
  return {
    major: majorOf(browser.version()),
    browser,
    newTab: async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: HEIGHT },
        reducedMotion: 'reduce',
        timezoneId: TIME_ZONE,
        locale: 'en-GB',
      });
      await context.addInitScript({ content: INIT });
      const page = await context.newPage();
      return {
        page,
        size: (width, height = HEIGHT) => page.setViewportSize({ width, height }),
        // Animations are already at their end (settled): the plain capture is the fastest.
        shoot: (clip) => page.screenshot({ clip, fullPage: true }),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox: one tab (a background tab of Firefox gets no animation frames, so tabs side by side
 * would stall). @returns {Promise<VisualBrowser>}
 */
export async function launchVisualFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    env: { ...ENV, TZ: TIME_ZONE },
    extraPrefsFirefox: {
      ...FIREFOX_OFFLINE_PREFS,
      'ui.prefersReducedMotion': 1,
      'intl.accept_languages': 'en-GB',
      'layout.css.devPixelsPerPx': '1.0',
      'widget.non-native-theme.scrollbar.style': 4,
      'layout.testing.overlay-scrollbars.always-visible': false,
      'ui.useOverlayScrollbars': 1,
      'gfx.text.disable-aa': true,
    },
  });
  return {
    major: majorOf((await browser.version()).replace(/^\D+/, '')),
    browser,
    newTab: async () => {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.setViewport({ width: 1280, height: HEIGHT });
      await page.evaluateOnNewDocument(INIT);
      return {
        page,
        size: (width, height = HEIGHT) => page.setViewport({ width, height }),
        shoot: async (clip) =>
          Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true })),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * Sets the tab to `width` and makes the viewport as tall as the story, until the story fits:
 * every part of it is then on screen, so what is drawn only when seen (`content-visibility:
 * auto` placeholders, lazy images) is drawn, the same on every run, for the screenshot and
 * for axe alike.
 * @param {Tab} tab @param {number} width
 */
export async function fitStory(tab, width) {
  let height = HEIGHT;
  for (let round = 0; round < 5; round++) {
    await tab.size(width, height);
    await settled(tab.page);
    const needed = await tab.page.evaluate(() => document.documentElement.scrollHeight);
    if (needed <= height) return;
    height = Math.min(needed, MAX_HEIGHT);
    if (height === MAX_HEIGHT && round > 0) return;
  }
}
