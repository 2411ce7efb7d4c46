// How test/fixtures/convert/news/wordpress-nl.rss and wordpress-nl.atom were made: Debian's
// WordPress (the WordPress lane's packages, database and Apache), a Dutch site in the Brussels
// time zone, four posts published through the REST API as its Administrator, one with an image
// enclosure (the post meta podcast plugins write), and the site's own /?feed=rss2 and
// /?feed=atom saved as they came, with the run's loopback origin replaced by
// https://www.example.org (the only change; its self link has no port). Run by hand when the fixtures should be made anew:
//   node scripts/wordpress/news-feeds.mjs
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../free-port.mjs';
import { startApache } from './apache.mjs';
import { startMariaDb } from './mariadb.mjs';
import { ensurePackages } from '../lane/packages.mjs';
import { stopAll } from '../lane/processes.mjs';
import { installSite, writeConfig, writeContent } from './site.mjs';
import { WORDPRESS_PACKAGES } from './wordpress-packages.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, 'test', 'fixtures', 'convert', 'news');
const ORIGIN = 'https://www.example.org';

const POSTS = [
  {
    title: 'Nieuw gebouw voor de spoedgevallendienst',
    date: '2025-03-12T09:30:00',
    excerpt:
      "Het nieuwe gebouw opent in 't voorjaar. Patiënten komen binnen langs de Herestraat, ambulances langs de achterkant.",
    content:
      '<!-- wp:paragraph --><p>Het nieuwe gebouw opent in het voorjaar.</p><!-- /wp:paragraph -->',
    enclosure: { path: '/wp-content/uploads/2025/03/spoed.jpg', length: 48213, type: 'image/jpeg' },
  },
  {
    title: 'Q&A: wat verandert er voor bezoekers?',
    date: '2025-04-02T14:00:00',
    content:
      '<p>Vanaf <strong>1 mei</strong> gelden nieuwe bezoekuren: “tussen 14 en 20 uur”, ook in het weekend.</p><script>document.title = "x";</script><style>p { color: red }</style><p>Kinderen jonger dan twaalf komen samen met een volwassene. Wie vragen heeft, belt de infobalie of leest de brochure die aan elke ingang ligt. Voor patiënten op intensieve zorg blijven de afspraken met de afdeling zelf gelden, en de verpleegkundigen leggen ze bij de opname uit.</p><p>De parking blijft open.</p>',
  },
  {
    title: 'Onderzoek naar slaap bij kinderen',
    date: '2025-05-20T23:30:00',
    excerpt: 'Het team zoekt 200 gezinnen die één week lang de slaap van hun kind willen volgen.',
    content:
      '<figure><img src="/wp-content/uploads/2025/05/slaap.jpg" alt="Een kind slaapt" width="1200" height="800"></figure><p>Het team zoekt 200 gezinnen.</p>',
  },
  {
    title: 'Ziekenhuis & universiteit openen samen een leercentrum',
    date: '2025-06-03T08:15:00',
    content:
      '<p>Het leercentrum op campus Gasthuisberg is open voor studenten en zorgverleners.</p>',
  },
];

ensurePackages('wordpress', WORDPRESS_PACKAGES);
const dir = mkdtempSync(join(tmpdir(), 'uzl-wp-news-'));
chmodSync(dir, 0o755);
let undoConfig = () => {};
try {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const db = await startMariaDb(dir);
  const sql = (query) =>
    execFileSync('mariadb', [
      '--no-defaults',
      `--socket=${db.socket}`,
      '-u',
      'root',
      db.name,
      '-e',
      query,
    ]);
  const contentDir = join(dir, 'wp-content');
  writeContent(contentDir, { host: '127.0.0.1', port });
  const configName = `uzl-news-${process.pid}`;
  undoConfig = writeConfig({ configName, siteUrl, contentDir, db });
  await startApache({ dir, port, contentDir, configName });
  const { admin } = await installSite(siteUrl);
  await admin.post('/wp/v2/settings', {
    title: 'Ziekenhuis Nieuws',
    description: 'Nieuws uit het ziekenhuis',
    timezone: 'Europe/Brussels',
  });
  // The site's language and its permalinks have no REST field: set as wp-admin's forms set them.
  sql(
    "INSERT INTO wp_options (option_name, option_value) VALUES ('WPLANG', 'nl_BE') " +
      "ON DUPLICATE KEY UPDATE option_value = 'nl_BE';" +
      "UPDATE wp_options SET option_value='/nl/%year%/%monthnum%/%postname%/' WHERE option_name='permalink_structure';" +
      // The installer's "Hello world!" post goes to the trash, as a site's editor would do.
      "UPDATE wp_posts SET post_status='trash' WHERE ID=1;",
  );
  for (const post of POSTS) {
    const made = await admin.post('/wp/v2/posts', {
      title: post.title,
      content: post.content,
      excerpt: post.excerpt ?? '',
      date: post.date,
      status: 'publish',
    });
    if (post.enclosure) {
      const value = `${siteUrl}${post.enclosure.path}\n${post.enclosure.length}\n${post.enclosure.type}`;
      sql(
        `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (${made.id}, 'enclosure', '${value.replace(/\n/g, '\\n')}')`,
      );
    }
  }
  for (const [feed, file] of [
    ['rss2', 'wordpress-nl.rss'],
    ['atom', 'wordpress-nl.atom'],
  ]) {
    const response = await fetch(`${siteUrl}/?feed=${feed}`);
    // WordPress writes its self link without the port.
    const text = (await response.text())
      .replaceAll(siteUrl, ORIGIN)
      .replaceAll('http://127.0.0.1/', `${ORIGIN}/`);
    writeFileSync(join(out, file), text);
    console.log(`${file}: HTTP ${response.status}, ${text.length} characters`);
  }
} finally {
  await stopAll();
  undoConfig();
  rmSync(dir, { recursive: true, force: true });
}
