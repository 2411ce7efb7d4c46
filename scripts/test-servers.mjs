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
import { launchChromium, launchFirefox } from './lane/browsers.mjs';
import { openLane, ROOT, seconds } from './lane/lane.mjs';
import { startApache } from './servers/apache.mjs';
import { runChecks } from './servers/checks.mjs';
import { startNginx } from './servers/nginx.mjs';
import { makeSite } from './servers/site.mjs';

/** Debian's packages: nginx (the binary), its brotli filter, Apache (brotli and deflate in it). */
const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-filter', 'apache2'];

const lane = openLane({
  id: 'servers',
  title: 'Feed servers lane',
  packages: PACKAGES,
  removed: 'temp dir',
});
/** Keeps an access log's 304 line (one per server and browser) for the closing lines. */
function evidence(/** @type {string} */ line) {
  if (lane.notes.length === 0) lane.notes.push('Refreshes answered 304, from the access logs:');
  lane.notes.push(`  ${line}`);
}

const engines = [launchChromium, launchFirefox];
const servers = [
  {
    name: 'nginx',
    start: async (/** @type {import('./servers/site.mjs').Site} */ site) => ({
      ...(await startNginx({ root: ROOT, site })),
      htaccessUrl: undefined,
    }),
  },
  {
    name: 'Apache',
    // mod_brotli is part of Debian's apache2.
    start: async (/** @type {import('./servers/site.mjs').Site} */ site) => ({
      ...(await startApache({ root: ROOT, site })),
      brotli: true,
    }),
  },
];

for (const server of servers) {
  if (lane.closing) break;
  try {
    const started = Date.now();
    const site = await makeSite({ root: ROOT, dir: lane.dir, name: server.name.toLowerCase() });
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
      log: (line) => lane.lines.push(line),
      evidence,
    });
    lane.failed += result.failed;
  } catch (error) {
    lane.failed += 1;
    if (!lane.closing) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      lane.lines.push(`  FAIL ${server.name}: ${message}`);
    }
  }
}
await lane.close();
