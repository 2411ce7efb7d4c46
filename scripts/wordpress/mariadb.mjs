// A private MariaDB for one run: its own data directory and socket under the run's temp dir,
// no TCP port, one database and one user for WordPress. Removing the temp dir removes it all.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, waitUntil } from '../lane/processes.mjs';

/** @param {string} dir the run's temp dir @returns {Promise<{ socket: string, name: string, user: string, password: string }>} */
export async function startMariaDb(dir) {
  const datadir = join(dir, 'mariadb');
  const socket = join(dir, 'mysqld.sock');
  mkdirSync(datadir);
  // mariadbd refuses to run as root unless told to: as root, say so (the datadir is ours).
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      ...user,
      '--skip-test-db',
      '--auth-root-authentication-method=socket',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  startServer(
    'mariadb',
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=32M',
      ...user,
    ],
    join(dir, 'mariadb.log'),
  );
  await waitUntil(() => existsSync(socket), 30000, 'MariaDB');
  const db = { socket, name: 'wordpress', user: 'wordpress', password: 'uzl-lane-db' };
  const sql =
    `CREATE DATABASE ${db.name} CHARACTER SET utf8mb4;` +
    `CREATE USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}';` +
    `GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost';`;
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', sql]);
  return db;
}
