// npm run test:servers: the reference configs for serving feeds (examples/servers/), proven on
// the servers feeds sit on, Debian's nginx and Apache (issue #25, "Served right").
//
//   node scripts/test-servers.mjs
//
// Installs what is missing from Debian's packages (nginx and its brotli module; Apache, which
// the WordPress lane installs too; as root, like the browser engines), then for each server,
// under one temp dir and on free loopback ports: the server from Debian's binary with a config
// of its own that includes the repo's reference config as it is, serving a copy of the demo
// feeds (demo/data/) as the feed origin and, on another port, a partner's page with the built
// widgets (dist/). In Chromium and Firefox ESR, against each server: the page shows the news
// feed; the widget's refresh is answered 304 (read from the server's access log); a feed
// published anew shows on the next refresh; the feed is read across origins; the browser's
// response carries the headers the configs promise. Plain requests then ask for gzip and
// brotli, revalidate, and ask for a missing feed; for Apache also the shared-hosting .htaccess.
// Everything it started is stopped by PID and the temp dir removed, also on failure or Ctrl+C.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeBrowsers, launchChromium, launchFirefox } from './lane/browsers.mjs';
import { ensurePackages } from './lane/packages.mjs';
import { stillRunningIn, stopAll } from './lane/processes.mjs';
import { startApache } from './servers/apache.mjs';
import { runChecks } from './servers/checks.mjs';
import { startNginx } from './servers/nginx.mjs';
import { makeSite } from './servers/site.mjs';

/** Debian's packages: nginx (the binary), its brotli filter, Apache (brotli and deflate in it). */
const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-filter', 'apache2'];

const root = resolve(import.meta.dirname, '..');
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

const aptSeconds = ensurePackages('servers', PACKAGES);
// `npm test` builds once before and says so with UZL_BUILT=1; run on its own, the lane builds
// the dist/ the page loads.
if (process.env.UZL_BUILT !== '1') {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const laneStarted = Date.now();

const dir = mkdtempSync(join(tmpdir(), 'uzl-servers-'));
// The servers' workers run as www-data and read their feeds and pages in here.
chmodSync(dir, 0o755);
/** @type {Promise<string[]> | undefined} */
let cleanup;
/** Closes the browsers, stops the servers by PID, removes the temp dir; resolves to what still runs there. */
const cleanUp = () =>
  (cleanup ??= (async () => {
    await closeBrowsers();
    await stopAll();
    const left = stillRunningIn(dir);
    rmSync(dir, { recursive: true, force: true });
    return left;
  })());

let failed = 0;
let interrupted = false;
/** @type {string[]} */
const lines = [];
/** The access log's 304 lines, one per server and browser. */
/** @type {string[]} */
const evidence = [];

function report(/** @type {string[]} */ left) {
  if (left.length > 0) {
    failed += 1;
    lines.push(`  FAIL left running: ${left.join('; ')}`);
  }
  console.log('\n== Feed servers lane');
  for (const line of lines) console.log(line);
  if (evidence.length > 0) {
    console.log('Refreshes answered 304, from the access logs:');
    for (const line of evidence) console.log(`  ${line}`);
  }
  const install = aptSeconds > 0 ? ` after apt-get install ${aptSeconds.toFixed(0)} s` : '';
  const outcome = interrupted ? 'interrupted' : failed === 0 ? 'passed' : `${failed} failed`;
  console.log(
    `Feed servers lane: ${outcome} in ${seconds(laneStarted)} s${install}; ` +
      `${left.length === 0 ? 'nothing left running, ' : ''}temp dir removed`,
  );
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    void cleanUp()
      .then(report)
      .finally(() => process.exit(130));
  });
}

const engines = [launchChromium, launchFirefox];
const servers = [
  {
    name: 'nginx',
    start: async (/** @type {import('./servers/site.mjs').Site} */ site) => ({
      ...(await startNginx({ root, site })),
      htaccessUrl: undefined,
    }),
  },
  {
    name: 'Apache',
    // mod_brotli is part of Debian's apache2.
    start: async (/** @type {import('./servers/site.mjs').Site} */ site) => ({
      ...(await startApache({ root, site })),
      brotli: true,
    }),
  },
];

for (const server of servers) {
  if (cleanup) break;
  try {
    const started = Date.now();
    const site = await makeSite({ root, dir, name: server.name.toLowerCase() });
    const { brotli, htaccessUrl } = await server.start(site);
    console.log(
      `servers: ${server.name} serves the feeds at ${site.feedOrigin}/feeds/, the page at ` +
        `${site.pageUrl} (${seconds(started)} s${brotli ? ', with brotli' : ''})`,
    );
    const result = await runChecks({
      server: server.name,
      site,
      brotli,
      htaccessUrl,
      engines,
      log: (line) => lines.push(line),
      evidence: (line) => evidence.push(line),
    });
    failed += result.failed;
  } catch (error) {
    failed += 1;
    if (!cleanup) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      lines.push(`  FAIL ${server.name}: ${message}`);
    }
  }
}
// Interrupted: the signal's handler reports and exits once the clean-up is done.
if (!interrupted) {
  report(await cleanUp());
  process.exit(failed > 0 ? 1 : 0);
}
