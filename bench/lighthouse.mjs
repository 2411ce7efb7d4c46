// Lighthouse (npm `lighthouse`, run on the machine's own Chromium through chrome-launcher) on
// the demo page's production build, served by bench/server.mjs at /demo/. Mobile is
// Lighthouse's default (a mid-range phone, simulated 4G and a 4× slower CPU); desktop its
// desktop preset. Performance and accessibility scores, and the layout shift, are what
// BENCHMARKS.md reports.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium } from '../scripts/engines.mjs';

/** @param {string} url @param {'mobile' | 'desktop'} formFactor */
export async function runLighthouse(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    // chrome-launcher adds its own --remote-debugging-port; headless comes from CHROMIUM_ARGS.
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      cls: audits['cumulative-layout-shift'].numericValue ?? Number.NaN,
      lcp: audits['largest-contentful-paint'].numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time'].numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}
