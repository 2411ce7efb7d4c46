// Apache with PHP, in the foreground on a loopback port, from a config of its own: Debian's
// WordPress as the document root, the run's own wp-content (with the must-use plugin) at
// /wp-content, and WORDPRESS_CONFIG naming the run's /etc/wordpress/config-<name>.php.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { portOpen, startServer, waitUntil } from '../lane/processes.mjs';

const MODULES = '/usr/lib/apache2/modules';
export const WORDPRESS = '/usr/share/wordpress';

/** @param {{ dir: string, port: number, contentDir: string, configName: string }} options */
export async function startApache({ dir, port, contentDir, configName }) {
  const php = readdirSync(MODULES).find((f) => /^libphp[\d.]+\.so$/.test(f));
  if (!php) throw new Error(`no libphp*.so in ${MODULES} (package libapache2-mod-php)`);
  const load = (name, file) => `LoadModule ${name}_module ${MODULES}/${file}`;
  // As root, Apache serves from www-data's processes (it refuses to serve as root).
  const asRoot = process.getuid?.() === 0;
  const config = [
    `ServerRoot ${dir}`,
    `ServerName 127.0.0.1`,
    `Listen 127.0.0.1:${port}`,
    `PidFile ${join(dir, 'apache.pid')}`,
    `ErrorLog ${join(dir, 'apache-error.log')}`,
    `LogFormat "%h %r %>s %b" short`,
    `CustomLog ${join(dir, 'apache-access.log')} short`,
    `Mutex file:${dir}`,
    load('mpm_prefork', 'mod_mpm_prefork.so'),
    load('authz_core', 'mod_authz_core.so'),
    load('dir', 'mod_dir.so'),
    load('mime', 'mod_mime.so'),
    load('alias', 'mod_alias.so'),
    load('env', 'mod_env.so'),
    load('php', php),
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    'StartServers 4',
    'MaxRequestWorkers 12',
    'TypesConfig /etc/mime.types',
    `DocumentRoot ${WORDPRESS}`,
    'DirectoryIndex index.php index.html',
    `SetEnv WORDPRESS_CONFIG ${configName}`,
    `Alias /wp-content ${contentDir}`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    ...[WORDPRESS, contentDir].flatMap((d) => [
      `<Directory ${d}>`,
      '  Options FollowSymLinks',
      '  Require all granted',
      '</Directory>',
    ]),
    '<FilesMatch "\\.php$">',
    '  SetHandler application/x-httpd-php',
    '</FilesMatch>',
    '',
  ].join('\n');
  const file = join(dir, 'apache.conf');
  writeFileSync(file, config);
  startServer('apache', '/usr/sbin/apache2', ['-f', file, '-DFOREGROUND'], join(dir, 'apache.log'));
  await waitUntil(() => portOpen(port), 30000, 'Apache');
}
