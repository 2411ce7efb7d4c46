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
import { join } from 'node:path';
import { freePort } from './free-port.mjs';
import { openLane, ROOT as root, seconds } from './lane/lane.mjs';
import { startApache } from './wordpress/apache.mjs';
import { runChecks } from './wordpress/checks.mjs';
import { startMariaDb } from './wordpress/mariadb.mjs';
import { startEmbedService, startFeedServer } from './wordpress/services.mjs';
import { installSite, writeConfig, writeContent } from './wordpress/site.mjs';
import { WORDPRESS_PACKAGES } from './wordpress/wordpress-packages.mjs';

const lane = openLane({
  id: 'wordpress',
  title: 'WordPress lane',
  packages: WORDPRESS_PACKAGES,
  removed: 'database, temp dir and /etc/wordpress file',
});
const { dir, undo } = lane;

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
  if (lane.closing) throw new Error('interrupted');
  undo.push(writeConfig({ configName, siteUrl, contentDir, db }));
  await startApache({ dir, port: wpPort, contentDir, configName });
  const users = await installSite(siteUrl);
  console.log(
    `wordpress: site ${siteUrl} created through wp-admin/install.php, embed service ` +
      `${service.origin}, feeds ${feeds.origin} (${seconds(setupStarted)} s; must-use plugin ` +
      `lets discovery reach 127.0.0.1:${servicePort})`,
  );
  const result = await runChecks({
    siteUrl,
    users,
    service,
    feeds,
    log: (l) => lane.lines.push(l),
  });
  lane.failed = result.failed;
} catch (error) {
  lane.failed += 1;
  if (!lane.closing) {
    console.error(`wordpress: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
}
await lane.close();
