// Debian's nginx in the foreground from a config of its own: the feed origin with the repo's
// reference config (examples/servers/nginx/uzl-feeds.conf) included as it is, and the partner
// page's origin, each on its own loopback port. Everything nginx writes (pid, logs, temp
// files) stays in the run's dir.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { portOpen, running, startServer, waitUntil } from '../lane/processes.mjs';

export const NGINX = '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

/** @typedef {import('./site.mjs').Site} Site */

/**
 * @param {{ root: string, site: Site }} options the repository and the run's site
 * @returns {Promise<{ brotli: boolean }>}
 */
export async function startNginx({ root, site }) {
  const { dir } = site;
  const brotli = existsSync(BROTLI);
  const examples = join(root, 'examples', 'servers', 'nginx');
  const temp = (/** @type {string} */ name) => `${name}_temp_path ${join(dir, `${name}-temp`)};`;
  const config = [
    ...(brotli ? [`load_module ${BROTLI};`] : []),
    'daemon off;',
    'worker_processes 1;',
    // As root, nginx serves from www-data's processes, as Debian's own config has it.
    ...(process.getuid?.() === 0 ? ['user www-data;'] : []),
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    // The status right after the request, and what the browser sent to revalidate.
    `  log_format uzl '$time_local "$request" $status $body_bytes_sent ` +
      `origin=$http_origin if-none-match=$http_if_none_match ` +
      `encoding=$sent_http_content_encoding';`,
    `  access_log ${site.accessLog} uzl;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    '  server {',
    `    listen 127.0.0.1:${site.feedPort};`,
    `    root ${site.feedRoot};`,
    '    location /feeds/ {',
    `      include ${join(examples, 'uzl-feeds.conf')};`,
    ...(brotli ? [`      include ${join(examples, 'uzl-feeds-brotli.conf')};`] : []),
    '    }',
    '  }',
    '  server {',
    `    listen 127.0.0.1:${site.pagePort};`,
    `    root ${site.pageRoot};`,
    `    location /dist/ { alias ${join(root, 'dist')}/; }`,
    '  }',
    '}',
    '',
  ].join('\n');
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const log = join(dir, 'nginx.log');
  startServer('nginx', NGINX, ['-c', file, '-p', dir, '-e', join(dir, 'error.log')], log);
  await waitUntil(
    async () => {
      if (!running('nginx')) throw new Error(`nginx exited: ${site.read('error.log')}`);
      return (await portOpen(site.feedPort)) && (await portOpen(site.pagePort));
    },
    20000,
    'nginx',
  );
  return { brotli };
}
