// npm run test:wordpress: the embed service proven in a real WordPress (issue #24).
//
//   node scripts/test-wordpress.mjs
//
// Installs what is missing from Debian's packages (wordpress, its default theme, MariaDB,
// Apache with PHP; as root, like the browser engines), then, all under one temp dir and on
// free loopback ports: a private MariaDB, Apache serving Debian's WordPress from a config of
// its own, the site created through its own installer, the embed service (`uzl-widgets serve`
// from dist/) and a feed server. WordPress refuses to fetch from loopback addresses and unusual
// ports for oEmbed discovery: a must-use plugin (scripts/wordpress/site.mjs) allows exactly the
// embed service's host and port, as a real provider on a public 80/443 would not need.
// Then, in Chromium and Firefox ESR, what the issue asks:
//   - an Author (no unfiltered_html) publishes the script snippet through the REST API:
//     WordPress strips it (the problem, kept as evidence);
//   - an Author publishes each widget's embed URL alone on a line (one post, the registry's
//     five widgets with their demo feeds and example attributes, in French): WordPress
//     discovers the provider and shows each widget in a frame, with the feed's French text,
//     the frame as tall as the widget within WordPress's 200–1000 px (no inner scrollbar; a
//     taller widget scrolls inside its 1000 px frame and its last link is reachable), and a
//     news item's link reaching its page in the top window;
//   - an Administrator (unfiltered_html) puts the snippet in a Custom HTML block: it renders.
// Everything it started is stopped by PID, the database and temp dir are removed, and the
// /etc/wordpress file it wrote is removed (or the one it replaced put back).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApache } from './wordpress/apache.mjs';
import { closeBrowsers } from './lane/browsers.mjs';
import { runChecks } from './wordpress/checks.mjs';
import { startMariaDb } from './wordpress/mariadb.mjs';
import { ensurePackages } from './lane/packages.mjs';
import { freePort } from './free-port.mjs';
import { stillRunningIn, stopAll } from './lane/processes.mjs';
import { startEmbedService, startFeedServer } from './wordpress/services.mjs';
import { installSite, writeConfig, writeContent } from './wordpress/site.mjs';

const root = resolve(import.meta.dirname, '..');
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

const PACKAGES = [
  'wordpress',
  // A no-recommends install of wordpress has no theme without it.
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
];

const aptSeconds = ensurePackages('wordpress', PACKAGES);
// `npm test` builds once before and says so with UZL_BUILT=1; run on its own, the lane builds
// the dist/ it serves.
if (process.env.UZL_BUILT !== '1') {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const laneStarted = Date.now();

const dir = mkdtempSync(join(tmpdir(), 'uzl-wordpress-'));
// Apache's PHP runs as www-data and reads the content dir and the database socket in here.
chmodSync(dir, 0o755);
/** What to undo at the end, newest first: the config file, the feed server. */
/** @type {(() => void | Promise<void>)[]} */
const undo = [];
/** @type {Promise<string[]> | undefined} */
let cleanup;
/**
 * Closes the browsers, stops the servers by PID, undoes the rest and removes the temp dir;
 * resolves to what still runs there. Once started, nothing new starts (processes.mjs and
 * browsers.mjs refuse), and every caller waits for the same clean-up.
 */
const cleanUp = () =>
  (cleanup ??= (async () => {
    await closeBrowsers();
    await stopAll();
    for (const step of undo.reverse()) await step();
    const left = stillRunningIn(dir);
    rmSync(dir, { recursive: true, force: true });
    return left;
  })());

let failed = 0;
let interrupted = false;
/** @type {string[]} */
const lines = [];

function report(/** @type {string[]} */ left) {
  if (left.length > 0) {
    failed += 1;
    lines.push(`  FAIL left running: ${left.join('; ')}`);
  }
  console.log('\n== WordPress lane');
  for (const line of lines) console.log(line);
  const install = aptSeconds > 0 ? ` after apt-get install ${aptSeconds.toFixed(0)} s` : '';
  const outcome = interrupted ? 'interrupted' : failed === 0 ? 'passed' : `${failed} failed`;
  console.log(
    `WordPress lane: ${outcome} in ${seconds(laneStarted)} s${install}; ` +
      `${left.length === 0 ? 'nothing left running, ' : ''}database, temp dir and /etc/wordpress file removed`,
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

try {
  const setupStarted = Date.now();
  const [wpPort, servicePort, feedPort] = [await freePort(), await freePort(), await freePort()];
  const siteUrl = `http://127.0.0.1:${wpPort}`;
  const feeds = await startFeedServer(feedPort, root);
  undo.push(feeds.close);
  const service = await startEmbedService({ root, port: servicePort, allow: [feeds.origin], dir });
  const db = await startMariaDb(dir);
  const contentDir = join(dir, 'wp-content');
  writeContent(contentDir, { host: '127.0.0.1', port: servicePort });
  const configName = `uzl-lane-${process.pid}`;
  if (cleanup) throw new Error('interrupted');
  undo.push(writeConfig({ configName, siteUrl, contentDir, db }));
  await startApache({ dir, port: wpPort, contentDir, configName });
  const users = await installSite(siteUrl);
  console.log(
    `wordpress: site ${siteUrl} created through wp-admin/install.php, embed service ` +
      `${service.origin}, feeds ${feeds.origin} (${seconds(setupStarted)} s; must-use plugin ` +
      `lets discovery reach 127.0.0.1:${servicePort})`,
  );
  const result = await runChecks({ siteUrl, users, service, feeds, log: (l) => lines.push(l) });
  failed = result.failed;
} catch (error) {
  failed += 1;
  if (!cleanup) {
    console.error(`wordpress: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
}
// Interrupted: the signal's handler reports and exits once the clean-up is done.
if (!interrupted) {
  report(await cleanUp());
  process.exit(failed > 0 ? 1 : 0);
}
