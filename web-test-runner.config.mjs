// Browser tests: real engines, against this dev server, which also plays the feed server.
// `test/server/feed-faults.mjs` serves feeds and faults and counts requests, so the tests
// see exactly what a partner page would: real fetches, real timeouts, real status codes.
//
// One engine per run, chosen by UZL_ENGINE (scripts/test-browsers.mjs runs them in turn):
//   chromium  Debian's Chromium through puppeteer-core (the default)
//   firefox   Debian's Firefox ESR through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through its WebKitWebDriver (on WEBKIT_WEBDRIVER_PORT,
//             under Xvfb; the lane script starts both)
//   legacy    Chromium with the floor's missing APIs and CSS features taken away before any
//             script runs (test/floor/older-engine.js): Safari 16.4 / Firefox ESR 115
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import {
  CHROMIUM_ARGS,
  FIREFOX_OFFLINE_PREFS,
  findChromium,
  findFirefox,
} from './scripts/engines.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { convertedFeeds } from './test/server/converted-feeds.mjs';
import { demoPages } from './test/server/demo-pages.mjs';
import { embedPages } from './test/server/embed-pages.mjs';
import { engineCommands } from './test/server/engine-commands.mjs';
import { feedFaults } from './test/server/feed-faults.mjs';
import { hostPages } from './test/server/host-pages.mjs';
import { securityPages } from './test/server/security-pages.mjs';
import { ssrPages } from './test/server/ssr-pages.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit', 'legacy'];
const engine = process.env.UZL_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) {
  throw new Error(`UZL_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
}

// A test page may take a while to open on a loaded machine (2 cores, Firefox after the fault
// tests): 90 s, not puppeteer's 30, before a navigation counts as failed.
const createPage = async ({ context }) => {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(90 * 1000);
  return page;
};

const chromium = () =>
  chromeLauncher({
    createPage,
    launchOptions: {
      executablePath: findChromium(),
      headless: true,
      // A page that is not in front must not be throttled, or its timers and animation
      // frames stall and tests time out.
      args: [
        ...CHROMIUM_ARGS,
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });

const firefox = () =>
  chromeLauncher({
    createPage,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: {
        ...FIREFOX_OFFLINE_PREFS,
        // A download (the calendar's .ics) is saved quietly: no dialog, no downloads panel,
        // either of which takes keyboard focus from the test page.
        'browser.download.folderList': 2,
        'browser.download.dir': join(tmpdir(), 'uzl-test-downloads'),
        'browser.download.useDownloadDir': true,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/calendar',
        // Let a hidden page's timers run at full speed, as Chromium's flags do.
        'dom.min_background_timeout_value': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });

const webkit = () =>
  webdriverLauncher({
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4445),
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK speaks classic WebDriver only; webdriverio 9 would ask for BiDi and be refused.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { args: ['--automation'] },
    },
  });

const launchers = { chromium, firefox, webkit, legacy: chromium };

// The legacy lane's page: the floor script runs before the test framework and anything it imports.
const legacyRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <head><script src="/test/floor/older-engine.js"></script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

export default {
  rootDir: '.',
  // test/floor/ checks the legacy lane's own premises, so it runs there only.
  files: ['test/**/*.test.ts', ...(engine === 'legacy' ? [] : ['!test/floor/**'])],
  nodeResolve: true,
  // One test file at a time: the fault tests hold connections open on purpose (hangs, slow
  // bodies), and a browser shares its six connections per host between pages.
  concurrency: 1,
  concurrentBrowsers: 1,
  // UZL_GREP runs only the tests whose title matches (mocha's grep), for working on a few.
  testFramework: {
    config: { timeout: 15000, ...(process.env.UZL_GREP ? { grep: process.env.UZL_GREP } : {}) },
  },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  browsers: [launchers[engine]()],
  ...(engine === 'legacy' ? { testRunnerHtml: legacyRunnerHtml } : {}),
  // esnext: esbuild keeps import attributes (`with { type: 'json' }`) only at this target, and
  // the tests load the schemas as JSON modules from src/. The build (scripts/build.mjs) lowers
  // the shipped bundle to the browser floor; the legacy lane runs that bundle too.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    engineCommands(),
  ],
  middleware: [
    feedFaults(),
    hostPages({ olderEngine: engine === 'legacy' }),
    securityPages({ olderEngine: engine === 'legacy' }),
    embedPages({ olderEngine: engine === 'legacy' }),
    ssrPages({ olderEngine: engine === 'legacy' }),
    demoPages({ olderEngine: engine === 'legacy' }),
    convertedFeeds(),
  ],
  reporters: [defaultReporter(), summaryReporter({ engine })],
};
