// Browser tests: real Chromium, against this dev server, which also plays the feed server.
// `test/server/feed-faults.mjs` serves feeds and faults and counts requests, so the tests
// see exactly what a partner page would: real fetches, real timeouts, real status codes.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { cdpCommands } from './test/server/cdp-commands.mjs';
import { feedFaults } from './test/server/feed-faults.mjs';
import { hostPages } from './test/server/host-pages.mjs';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: the fault tests hold connections open on purpose (hangs, slow
  // bodies), and Chromium shares its six connections per host between tabs.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        // Test files run side by side in tabs; a background tab must not be throttled, or
        // its timers and animation frames stall and tests time out.
        args: [
          ...CHROMIUM_ARGS,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // esnext: esbuild keeps import attributes (`with { type: 'json' }`) only at this target, and
  // the browser needs them to load the schemas as JSON modules. The tests run in current
  // Chromium, so nothing needs lowering anyway.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    cdpCommands(),
  ],
  middleware: [feedFaults(), hostPages()],
  reporters: [defaultReporter(), summaryReporter()],
};
