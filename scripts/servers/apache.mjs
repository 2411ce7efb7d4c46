// Debian's Apache in the foreground from a config of its own, with the modules Debian enables
// for a site plus headers, deflate and brotli: the feed origin's virtual host includes the
// repo's reference config (examples/servers/apache/uzl-feeds.conf) as it is; the partner page's
// origin serves the page and the built dist/; a third origin serves a copy of the news feed
// from a folder with the shared-hosting .htaccess and nothing else of ours, as a host would.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../free-port.mjs';
import { portOpen, running, startServer, waitUntil } from '../lane/processes.mjs';
import { NEWS } from './site.mjs';

export const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

/** @typedef {import('./site.mjs').Site} Site */

/**
 * @param {{ root: string, site: Site }} options the repository and the run's site
 * @returns {Promise<{ htaccessUrl: string }>} where the feed behind the .htaccess is
 */
export async function startApache({ root, site }) {
  const { dir } = site;
  const examples = join(root, 'examples', 'servers', 'apache');
  const sharedRoot = join(dir, 'shared-root');
  mkdirSync(join(sharedRoot, 'feeds'), { recursive: true });
  for (const d of [sharedRoot, join(sharedRoot, 'feeds')]) chmodSync(d, 0o755);
  copyFileSync(join(examples, '.htaccess'), join(sharedRoot, 'feeds', '.htaccess'));
  copyFileSync(join(site.feedRoot, 'feeds', NEWS), join(sharedRoot, 'feeds', NEWS));
  const sharedPort = await freePort();
  const load = (/** @type {string} */ name) =>
    `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  const vhost = (
    /** @type {number} */ port,
    /** @type {string} */ docRoot,
    /** @type {string[]} */ inside,
  ) => [
    `Listen 127.0.0.1:${port}`,
    `<VirtualHost 127.0.0.1:${port}>`,
    `  DocumentRoot ${docRoot}`,
    `  <Directory ${docRoot}>`,
    '    Require all granted',
    '  </Directory>',
    ...inside.map((line) => `  ${line}`),
    '</VirtualHost>',
  ];
  const config = [
    `ServerRoot ${dir}`,
    'ServerName 127.0.0.1',
    `PidFile ${join(dir, 'apache.pid')}`,
    `ErrorLog ${join(dir, 'error.log')}`,
    // The status right after the request, and what the browser sent to revalidate.
    `LogFormat "%t \\"%r\\" %>s %b origin=%{Origin}i if-none-match=%{If-None-Match}i ` +
      `encoding=%{Content-Encoding}o" uzl`,
    `CustomLog ${site.accessLog} uzl`,
    `Mutex file:${dir}`,
    ...[
      'mpm_prefork',
      'authz_core',
      'mime',
      'alias',
      'dir',
      'headers',
      'deflate',
      'brotli',
      'filter',
    ].map(load),
    ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
    'StartServers 2',
    'MaxRequestWorkers 8',
    'TypesConfig /etc/mime.types',
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    ...vhost(site.feedPort, site.feedRoot, [`Include ${join(examples, 'uzl-feeds.conf')}`]),
    ...vhost(site.pagePort, site.pageRoot, [
      `Alias /dist/ ${join(root, 'dist')}/`,
      `<Directory ${join(root, 'dist')}>`,
      '  Require all granted',
      '</Directory>',
    ]),
    ...vhost(sharedPort, sharedRoot, [
      `<Directory ${join(sharedRoot, 'feeds')}>`,
      '  AllowOverride FileInfo',
      '</Directory>',
    ]),
    '',
  ].join('\n');
  const file = join(dir, 'apache.conf');
  writeFileSync(file, config);
  startServer('apache', APACHE, ['-f', file, '-DFOREGROUND'], join(dir, 'apache.log'));
  await waitUntil(
    async () => {
      if (!running('apache'))
        throw new Error(`Apache exited: ${site.read('apache.log')}${site.read('error.log')}`);
      return (await portOpen(site.feedPort)) && (await portOpen(sharedPort));
    },
    30000,
    'Apache',
  );
  return { htaccessUrl: `http://127.0.0.1:${sharedPort}/feeds/${NEWS}` };
}
