// Debian's WordPress for one run: its /etc/wordpress/config-<name>.php (restored or removed at
// the end), its own wp-content with the must-use plugin that lets oEmbed discovery reach the
// test host, the site created through WordPress's own installer, and REST API access as the
// Administrator and as an Author through application passwords.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ETC = '/etc/wordpress';
const THEMES = '/usr/share/wordpress/wp-content/themes';

/**
 * Writes the run's config file; returns a function that puts back what was there before.
 * @param {{ configName: string, siteUrl: string, contentDir: string, db: { socket: string, name: string, user: string, password: string } }} options
 */
export function writeConfig({ configName, siteUrl, contentDir, db }) {
  const file = join(ETC, `config-${configName}.php`);
  const before = existsSync(file) ? readFileSync(file) : undefined;
  const madeEtc = !existsSync(ETC);
  mkdirSync(ETC, { recursive: true });
  const php = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;
  const define = (name, value) => `define(${php(name)}, ${value});`;
  const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((kind) => [
    define(`${kind}_KEY`, php(randomBytes(32).toString('hex'))),
    define(`${kind}_SALT`, php(randomBytes(32).toString('hex'))),
  ]);
  const lines = [
    '<?php',
    "// Written by uzl-widgets' WordPress test lane (scripts/test-wordpress.mjs) for one run;",
    '// it removes this file (or restores the one it replaced) when it ends.',
    define('DB_NAME', php(db.name)),
    define('DB_USER', php(db.user)),
    define('DB_PASSWORD', php(db.password)),
    define('DB_HOST', php(`localhost:${db.socket}`)),
    define('WP_HOME', php(siteUrl)),
    define('WP_SITEURL', php(siteUrl)),
    define('WP_CONTENT_DIR', php(contentDir)),
    define('WP_CONTENT_URL', php(`${siteUrl}/wp-content`)),
    // Application passwords (the REST API as a given user) need HTTPS or a local environment.
    define('WP_ENVIRONMENT_TYPE', php('local')),
    // No outside traffic: no update checks (requests to the site's own host stay allowed).
    define('WP_HTTP_BLOCK_EXTERNAL', 'true'),
    define('AUTOMATIC_UPDATER_DISABLED', 'true'),
    define('DISABLE_WP_CRON', 'true'),
    ...salts,
    '',
  ];
  writeFileSync(file, lines.join('\n'), { mode: 0o644 });
  return () => {
    if (before) writeFileSync(file, before);
    else rmSync(file, { force: true });
    if (madeEtc) rmSync(ETC, { recursive: true, force: true });
  };
}

/**
 * The run's wp-content: Debian's themes, and the must-use plugin.
 * @param {string} contentDir @param {{ host: string, port: number }} provider the embed service
 */
export function writeContent(contentDir, provider) {
  mkdirSync(join(contentDir, 'mu-plugins'), { recursive: true });
  mkdirSync(join(contentDir, 'uploads'), { recursive: true });
  symlinkSync(THEMES, join(contentDir, 'themes'));
  const plugin = `<?php
/*
 * Plugin Name: uzl-widgets test lane: a local oEmbed provider
 * Description: WordPress refuses to fetch from loopback and private addresses, and from ports
 * other than 80, 443 and 8080 (wp_http_validate_url), so oEmbed discovery would never reach the
 * embed service this test runs on ${provider.host}:${provider.port}. This lets exactly that host
 * and port through. A real provider is public on 80/443 and needs nothing of the kind.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
	return $external || $host === ${JSON.stringify(provider.host)};
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) {
	return array_merge($ports, array(${provider.port}));
});
`;
  writeFileSync(join(contentDir, 'mu-plugins', 'uzl-lane-local-provider.php'), plugin);
}

/** Cookies as a browser keeps them, for the installer and the login form. */
class CookieJar {
  /** @type {Map<string, string>} */
  #cookies = new Map();
  /** @param {Response} response */
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.#cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** @param {Response} response @param {string} what */
async function expectOk(response, what) {
  if (response.ok) return response;
  const body = (await response.text()).slice(0, 400);
  throw new Error(`${what}: HTTP ${response.status} ${body}`);
}

/**
 * Creates the site through wp-admin/install.php, as a person filling in its form would, logs
 * the Administrator in, creates an Author, and gives each an application password.
 * @param {string} siteUrl
 * @returns {Promise<{ admin: Rest, author: Rest }>}
 */
export async function installSite(siteUrl) {
  const admin = { user: 'lane-admin', password: randomBytes(12).toString('hex') };
  const form = new URLSearchParams({
    weblog_title: 'uzl-widgets test lane',
    user_name: admin.user,
    admin_password: admin.password,
    admin_password2: admin.password,
    pw_weak: 'on',
    admin_email: 'admin@example.org',
    blog_public: '0',
    language: '',
    Submit: 'Install WordPress',
  });
  const installed = await expectOk(
    await fetch(`${siteUrl}/wp-admin/install.php?step=2`, { method: 'POST', body: form }),
    'wp-admin/install.php',
  );
  const page = await installed.text();
  if (!/Success!/.test(page))
    throw new Error(`the installer did not succeed: ${page.slice(0, 600)}`);

  const jar = new CookieJar();
  jar.take(await fetch(`${siteUrl}/wp-login.php`));
  const login = await fetch(`${siteUrl}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: `${jar.header()}; wordpress_test_cookie=WP%20Cookie%20check` },
    body: new URLSearchParams({
      log: admin.user,
      pwd: admin.password,
      testcookie: '1',
      'wp-submit': 'Log In',
    }),
  });
  jar.take(login);
  if (login.status !== 302)
    throw new Error(`logging in as the Administrator: HTTP ${login.status}`);
  const cookie = jar.header();
  const nonceResponse = await fetch(`${siteUrl}/wp-admin/admin-ajax.php?action=rest-nonce`, {
    headers: { cookie },
  });
  const nonce = (await expectOk(nonceResponse, 'REST nonce')).text();
  const asAdmin = new Rest(siteUrl, { cookie, 'x-wp-nonce': await nonce });

  const author = await asAdmin.post('/wp/v2/users', {
    username: 'lane-author',
    email: 'author@example.org',
    password: randomBytes(12).toString('hex'),
    roles: ['author'],
  });
  const appPassword = async (/** @type {string | number} */ id, /** @type {string} */ user) => {
    const made = await asAdmin.post(`/wp/v2/users/${id}/application-passwords`, {
      name: 'uzl-widgets test lane',
    });
    const basic = Buffer.from(`${user}:${made.password}`).toString('base64');
    return new Rest(siteUrl, { authorization: `Basic ${basic}` });
  };
  return {
    admin: await appPassword('me', admin.user),
    author: await appPassword(author.id, 'lane-author'),
  };
}

/** WordPress's REST API as one user (plain permalinks: /?rest_route=…). */
export class Rest {
  /** @param {string} siteUrl @param {Record<string, string>} headers */
  constructor(siteUrl, headers) {
    this.siteUrl = siteUrl;
    this.headers = headers;
  }
  /** @param {string} route @param {Record<string, string>} [query] */
  url(route, query = {}) {
    return `${this.siteUrl}/?${new URLSearchParams({ rest_route: route, ...query })}`;
  }
  /** @param {string} route @param {Record<string, string>} [query] */
  async get(route, query) {
    const response = await fetch(this.url(route, query), { headers: this.headers });
    return (await expectOk(response, `GET ${route}`)).json();
  }
  /** @param {string} route @param {unknown} body */
  async post(route, body) {
    const response = await fetch(this.url(route), {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await expectOk(response, `POST ${route}`)).json();
  }
  /** Who this is, with their capabilities (context=edit). */
  me() {
    return this.get('/wp/v2/users/me', { context: 'edit' });
  }
  /** Publishes a post; returns { id, link, content: { raw, rendered } }. */
  async publish(/** @type {string} */ title, /** @type {string} */ content) {
    const { id } = await this.post('/wp/v2/posts', { title, content, status: 'publish' });
    return this.get(`/wp/v2/posts/${id}`, { context: 'edit' });
  }
}
