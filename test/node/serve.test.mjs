// `uzl-widgets serve`, the embed service (src/serve/ on srvx, dist/cli.js), run as an operator
// runs it: the built command in a child process of plain Node, asked over real HTTP. What a CMS
// and a visitor get from it: the embed page (with JavaScript off, parsed as a browser parses it
// without scripting), oEmbed answers held to the spec's rules (https://oembed.com/ 2.3, 2.4)
// and to what WordPress keeps of them, the redirect that must never be an open one, and the
// built files with the headers a module script in a sandboxed frame needs. Needs a current
// dist/ (`npm run build`; `npm test` builds before this).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { WIDGETS } from '../../scripts/registry.mjs';
import { builtCli } from './built-cli.mjs';

/* global Request */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = builtCli('test/node/serve.test.mjs');

/** The allow list the service runs with: a feeds' host and the site their links lead to. */
const FEEDS = 'https://feeds.example';
const SITE = 'https://www.uzleuven.be';

/** A port nothing listens on (the OS picks it; the service takes it right after). */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let service;
let base;
let output = '';
before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  service = spawn(
    process.execPath,
    [BIN, 'serve', '--port', String(port), '--base-url', base, '--allow', FEEDS, '--allow', SITE],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  service.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    service.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('listening on')) resolve();
    });
    service.once('exit', () => reject(new Error(`the service stopped: ${output}`)));
  });
});
after(() => service.exitCode === null && service.kill('SIGKILL'));

/** An embed page's URL with this query (each value encoded). */
const embedUrl = (query) => `${base}embed?${new URLSearchParams(query)}`;
const NEWS = { widget: 'news-list', src: `${FEEDS}/news.json` };

/** GET (or `method`) of a path below the base; redirects are not followed. */
const get = (path, init = {}) => fetch(new URL(path, base), { redirect: 'manual', ...init });

/** A request with its path sent as written (fetch would resolve `..` and `%2e%2e` first). */
const rawStatus = (path) =>
  new Promise((resolve, reject) => {
    const url = new URL(base);
    httpRequest({ host: url.hostname, port: url.port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });

/** Every element of a parse5 tree, in document order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const text = (node) =>
  (node.childNodes ?? []).map((c) => (c.nodeName === '#text' ? c.value : text(c))).join('');

/** The page as a browser with JavaScript off builds it. */
async function page(query) {
  const response = await get(embedUrl(query));
  const html = await response.text();
  return { response, html, all: [...elements(parse(html, { scriptingEnabled: false }))] };
}

describe('the embed page', () => {
  test('has the widget with its checked attributes, lang, title, fallback link and discovery link', async () => {
    const { response, html, all } = await page({
      ...NEWS,
      lang: 'fr',
      limit: '3',
      layout: 'tiles', // not one of list, grid, compact: left out
      'no-animation': '', // not an attribute of the news list: left out
      credentials: 'include',
      surprise: '1',
      more: `${SITE}/fr/actualites`,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const widget = all.find((e) => e.tagName === 'uzl-news-list');
    assert.deepEqual(
      widget.attrs.map((a) => [a.name, a.value]),
      [
        ['limit', '3'],
        ['src', `${FEEDS}/news.json`],
        ['credentials', 'include'],
      ],
    );
    assert.equal(
      attr(
        all.find((e) => e.tagName === 'html'),
        'lang',
      ),
      'fr',
    );
    assert.equal(text(all.find((e) => e.tagName === 'title')), 'Liste d’actualités');

    // With JavaScript off, the link inside the tag is what the visitor gets.
    const links = all.filter((e) => e.tagName === 'a');
    assert.equal(links.length, 1);
    assert.equal(links[0].parentNode, widget);
    assert.equal(attr(links[0], 'href'), `${SITE}/fr/actualites`);
    assert.equal(text(links[0]), 'Actualités de l’UZ Leuven');

    // The one script is uzl-embed.js from the service; the one style is in the CSP by its hash.
    const scripts = all.filter((e) => e.tagName === 'script');
    assert.deepEqual(
      scripts.map((s) => [attr(s, 'type'), attr(s, 'src')]),
      [['module', `${base}uzl-embed.js`]],
    );
    const style = text(all.find((e) => e.tagName === 'style'));
    assert.match(style, /html\{background:transparent\}/);
    const hash = createHash('sha256').update(style).digest('base64');
    assert.equal(
      response.headers.get('content-security-policy'),
      `default-src 'none'; script-src 'self' ${base.slice(0, -1)}; connect-src 'self' ${FEEDS} ${SITE} ${base.slice(0, -1)}; ` +
        `img-src 'self' https: data:; style-src 'self' 'sha256-${hash}'; base-uri 'none'; form-action 'none'`,
    );
    assert.doesNotMatch(html, /frame-ancestors/);
  });

  test('its discovery link, in <head>, names an oEmbed URL that answers for this very page', async () => {
    const query = { ...NEWS, lang: 'nl', limit: '2' };
    const { all } = await page(query);
    const head = all.find((e) => e.tagName === 'head');
    const link = [...elements(head)].find((e) => attr(e, 'type') === 'application/json+oembed');
    assert.equal(attr(link, 'rel'), 'alternate');
    assert.equal(attr(link, 'title'), 'Nieuwslijst');
    const href = new URL(attr(link, 'href'));
    assert.equal(href.origin + href.pathname, `${base}oembed`);
    assert.equal(href.searchParams.get('url'), embedUrl(query));
    assert.equal(href.searchParams.get('format'), 'json');
    const answer = await fetch(href);
    assert.equal(answer.status, 200);
    assert.equal((await answer.json()).title, 'Nieuwslijst');
  });

  test('writes every value escaped', async () => {
    const evil = `"><script>alert(1)</script><b x='`;
    const { html, all } = await page({
      ...NEWS,
      tag: evil,
      more: `${SITE}/"><script>alert(2)</script>`,
    });
    assert.equal(
      attr(
        all.find((e) => e.tagName === 'uzl-news-list'),
        'tag',
      ),
      evil.trim(),
    );
    assert.equal(all.filter((e) => e.tagName === 'script').length, 1);
    assert.equal(all.filter((e) => e.tagName === 'b').length, 0);
    assert.doesNotMatch(html, /<script>alert/);
  });

  test('resolves a relative src against the page; takes a widget by its tag; themes the page', async () => {
    const { all } = await page({
      widget: 'uzl-stats-counter',
      src: '/feeds/stats.json',
      theme: 'dark',
    });
    const widget = all.find((e) => e.tagName === 'uzl-stats-counter');
    assert.equal(attr(widget, 'src'), `${base}feeds/stats.json`);
    assert.equal(attr(widget, 'theme'), 'dark');
    // The page behind the widget's rounded corners is the widget's dark surface (PALETTE).
    const palette = readFileSync(join(root, 'src/core/tokens.styles.ts'), 'utf8');
    const [, light, dark] = /\['surface', '(#\w+)', '(#\w+)'\]/.exec(palette);
    assert.match(text(all.find((e) => e.tagName === 'style')), new RegExp(`background:${dark}`));
    const auto = await page({ ...NEWS, theme: 'auto' });
    const autoStyle = text(auto.all.find((e) => e.tagName === 'style'));
    assert.ok(autoStyle.includes(light) && autoStyle.includes(dark), autoStyle);
  });

  test('leaves a fallback link on a refused origin out, for the widget’s own', async () => {
    const { all } = await page({ ...NEWS, lang: 'en', more: 'https://evil.example/' });
    const news = WIDGETS.find((w) => w.id === 'news-list');
    assert.equal(
      attr(
        all.find((e) => e.tagName === 'a'),
        'href',
      ),
      news.fallback.href.en,
    );
  });

  test('refuses with a 400 page a missing or unknown widget and a missing or refused src', async () => {
    const cases = [
      [{ src: NEWS.src }, /Say which widget/],
      [{ widget: 'news-ticker', src: NEWS.src }, /no widget &quot;news-ticker&quot;/],
      [{ widget: 'news-list' }, /Give the feed/],
      [
        { widget: 'news-list', src: 'https://evil.example/news.json' },
        /on https:\/\/evil\.example/,
      ],
      [{ widget: 'news-list', src: 'javascript:alert(1)' }, /not http or https/],
      [{ widget: 'news-list', src: `https://x@feeds.example/news.json` }, /not allowed/],
    ];
    for (const [query, message] of cases) {
      const response = await get(embedUrl(query));
      assert.equal(response.status, 400, JSON.stringify(query));
      assert.match(await response.text(), message);
    }
  });
});

/** The oEmbed answer for an embed page with this query, and `extra` parameters. */
const oembed = (pageQuery, extra = {}) =>
  get(`oembed?${new URLSearchParams({ url: embedUrl(pageQuery), ...extra })}`);

/** The rules of oEmbed 1.0 for a `rich` answer, and those of this provider. */
function assertRich(answer, { maxwidth = Infinity, maxheight = Infinity } = {}) {
  for (const field of ['version', 'type', 'html', 'width', 'height'])
    assert.ok(field in answer, `the required field ${field}`);
  assert.equal(answer.version, '1.0');
  assert.equal(answer.type, 'rich');
  for (const side of ['width', 'height'])
    assert.ok(Number.isInteger(answer[side]) && answer[side] > 0);
  assert.ok(answer.width <= maxwidth, `width ${answer.width} ≤ maxwidth ${maxwidth}`);
  assert.ok(answer.height <= maxheight, `height ${answer.height} ≤ maxheight ${maxheight}`);
  assert.equal(answer.provider_name, 'UZ Leuven');
  assert.equal(answer.provider_url, base);
  assert.ok(Number.isInteger(answer.cache_age) && answer.cache_age > 0);
}

/** The html's two elements as parsed: exactly a blockquote holding a link, then the frame. */
function htmlParts(html) {
  assert.match(
    html,
    /^<blockquote><a href="[^"<>]*">[^<>]*<\/a><\/blockquote><iframe src="[^"<>]*" width="\d+" height="\d+" title="[^"<>]*" frameborder="0" marginwidth="0" marginheight="0"><\/iframe>$/,
  );
  const [blockquote, iframe, ...rest] = parseFragment(html).childNodes;
  assert.deepEqual([blockquote.tagName, iframe.tagName, rest.length], ['blockquote', 'iframe', 0]);
  return { link: blockquote.childNodes[0], iframe };
}

describe('the oEmbed provider', () => {
  test('answers a rich JSON embed with the page in a frame, as high as the widget’s room', async () => {
    const query = { ...NEWS, lang: 'fr', limit: '3', tag: 'a&b' };
    const response = await oembed(query);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const answer = await response.json();
    assertRich(answer);
    assert.equal(answer.title, 'Liste d’actualités');
    assert.equal(answer.width, 500);
    assert.equal(answer.height, WIDGETS.find((w) => w.id === 'news-list').room);

    const { link, iframe } = htmlParts(answer.html);
    assert.match(answer.html, /&amp;lang=fr/, 'the & of the query escaped');
    assert.equal(attr(link, 'href'), embedUrl(query));
    assert.equal(text(link), 'Liste d’actualités');
    assert.equal(attr(iframe, 'src'), embedUrl(query));
    assert.equal(attr(iframe, 'title'), 'Liste d’actualités');
    assert.equal(Number(attr(iframe, 'width')), answer.width);
    assert.equal(Number(attr(iframe, 'height')), answer.height);
  });

  test('keeps within maxwidth and maxheight (WordPress asks 500 × 750), and takes format=json', async () => {
    for (const widget of WIDGETS) {
      const max = { maxwidth: '500', maxheight: '750' };
      const answer = await (
        await oembed({ ...NEWS, widget: widget.id }, { ...max, format: 'json' })
      ).json();
      assertRich(answer, max);
      assert.equal(answer.height, Math.min(750, widget.room), widget.id);
    }
    const small = await (await oembed(NEWS, { maxwidth: '320', maxheight: '240' })).json();
    assertRich(small, { maxwidth: 320, maxheight: 240 });
    assert.deepEqual([small.width, small.height], [320, 240]);
    const { iframe } = htmlParts(small.html);
    assert.deepEqual([attr(iframe, 'width'), attr(iframe, 'height')], ['320', '240']);
  });

  test('404 for a URL that is not this service’s embed page', async () => {
    const elsewhere = [
      `https://evil.example/embed?widget=news-list&src=${FEEDS}/news.json`,
      `${base}embedded?widget=news-list&src=${FEEDS}/news.json`,
      `${base}oembed?widget=news-list`,
      `${base.replace('127.0.0.1', 'localhost')}embed?widget=news-list&src=${FEEDS}/news.json`,
    ];
    for (const url of elsewhere) {
      const response = await get(`oembed?${new URLSearchParams({ url, format: 'json' })}`);
      assert.equal(response.status, 404, url);
    }
  });

  test('501 for a format other than JSON', async () => {
    for (const format of ['xml', 'XML', 'yaml']) {
      const response = await oembed(NEWS, { format });
      assert.equal(response.status, 501, format);
    }
  });

  test('400 for bad parameters', async () => {
    const cases = [
      get('oembed?format=json'),
      get(`oembed?${new URLSearchParams({ url: 'embed?widget=news-list' })}`),
      oembed({ widget: 'news-ticker', src: NEWS.src }),
      oembed({ widget: 'news-list', src: 'https://evil.example/news.json' }),
      oembed({ widget: 'news-list' }),
      ...['abc', '0', '-5', '12.5', '1e3', ''].map((value) => oembed(NEWS, { maxwidth: value })),
      oembed(NEWS, { maxheight: 'tall' }),
    ];
    for (const response of await Promise.all(cases))
      assert.equal(response.status, 400, `${response.url}: ${await response.text()}`);
  });
});

describe('/go, the redirect for links in a sandboxed frame', () => {
  const go = (rawTo) => get(`go?to=${rawTo}`);

  test('sends a visitor on to an allowed origin with 303', async () => {
    const cases = [
      [encodeURIComponent(`${SITE}/nl/nieuws?id=1#top`), `${SITE}/nl/nieuws?id=1#top`],
      [encodeURIComponent('HTTPS://WWW.UZLEUVEN.BE/Nl'), `${SITE}/Nl`],
      [encodeURIComponent(`${FEEDS}/item`), `${FEEDS}/item`],
    ];
    for (const [to, location] of cases) {
      const response = await go(to);
      assert.equal(response.status, 303, to);
      assert.equal(response.headers.get('location'), location);
    }
  });

  test('refuses everything else with 400 and no Location: no open redirect', async () => {
    const attempts = [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      'https:\\\\evil.example/',
      'javascript:alert(document.domain)',
      'java%09script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      `${SITE}@evil.example/`,
      `https://evil.example\\@www.uzleuven.be/`,
      `https://user:pass@www.uzleuven.be/`,
      'HTTPS://EVIL.EXAMPLE/',
      'https://www.uzleuven.be.evil.example/',
      'http://www.uzleuven.be/',
      'https://www.uzleuven.be:8443/',
      '/nl/nieuws',
      '',
    ];
    const encoded = attempts.flatMap((to) => [
      encodeURIComponent(to),
      encodeURIComponent(encodeURIComponent(to)),
    ]);
    const twice = `${encodeURIComponent(`${SITE}/`)}&to=${encodeURIComponent('https://evil.example/')}`;
    for (const to of [...encoded, 'https%3A%2F%2Fevil.example', twice]) {
      const response = await go(to);
      assert.equal(response.status, 400, to);
      assert.equal(response.headers.get('location'), null, to);
    }
    assert.equal((await get('go')).status, 400);
  });
});

describe('the built files', () => {
  test('a cdn chunk: CORS for any origin, JavaScript, cached for a year', async () => {
    const chunk = readdirSync(join(root, 'dist/cdn')).find((f) => f.endsWith('.js'));
    const response = await get(`cdn/${chunk}`, { headers: { Origin: 'null' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await response.text(), readFileSync(join(root, 'dist/cdn', chunk), 'utf8'));
  });

  test('uzl-widgets.js and uzl-widgets.css: CORS, their types, five minutes; HEAD has no body', async () => {
    for (const [file, type] of [
      ['uzl-widgets.js', 'text/javascript; charset=utf-8'],
      ['uzl-widgets.css', 'text/css; charset=utf-8'],
    ]) {
      for (const method of ['GET', 'HEAD']) {
        const response = await get(file, { method });
        assert.equal(response.status, 200, `${method} ${file}`);
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
        assert.equal(response.headers.get('content-type'), type);
        assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
        const body = await response.text();
        assert.equal(body.length > 0, method === 'GET');
      }
    }
    assert.equal((await get('uzl-widgets.js', { method: 'POST' })).status, 405);
  });

  test('nothing outside dist/, no listing, no hidden file', async () => {
    const name = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
    const paths = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/..%2Fcustom-elements.json',
      '/cdn/..%2f..%2fpackage.json',
      '/cdn/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%2e%2e%5cpackage.json',
      '/cdn/..',
      '/cdn/',
      '/cdn',
      '/',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/uzl-widgets.js%00.png',
      '/.npmrc',
      '/%c0%ae%c0%ae/package.json',
    ];
    for (const path of paths) {
      const { status, body } = await rawStatus(path);
      assert.equal(status, 404, path);
      assert.ok(!body.includes(name), path);
    }
  });
});

describe('the command', () => {
  const run = (...args) =>
    new Promise((resolve) => {
      execFile(process.execPath, [BIN, 'serve', ...args], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? error.code : 0, stdout, stderr }),
      );
    });

  test('--help prints its usage; a wrong use says what is wrong and exits 2', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(
      help.stdout,
      /^Usage: uzl-widgets serve \[--port <n>\] \[--host <name>\] \[--base-url <URL>\]/,
    );
    for (const [args, message] of [
      [['--port', 'eighty'], /--port must be a port number/],
      [['--allow', 'www.uzleuven.be'], /not an origin/],
      [['--allow', 'https://www.uzleuven.be/nl'], /more than an origin/],
      [['--allow', 'ftp://files.example'], /not an http or https origin/],
      [['--base-url', 'ftp://x.example/'], /must be http or https/],
      [['--colour'], /--colour/],
    ]) {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });

  test('printed the URL it listens on, and stops cleanly on SIGTERM', async () => {
    assert.match(output, new RegExp(`listening on ${base.replace(/[.]/g, '\\.')}`));
    const exited = new Promise((resolve) => service.once('exit', (code) => resolve(code)));
    service.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output, /SIGTERM, stopping/);
  });
});

describe('uzl-widgets/serve, the handler on its own', () => {
  test('answers in any runtime with fetch: the page, oEmbed and a refused redirect, no Node server', async () => {
    const { createHandler, manifestAttributes } = await import(
      pathToFileURL(join(root, 'dist', 'serve.js')).href
    );
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const handler = createHandler({
      baseUrl: 'https://embed.example/widgets/',
      allow: [FEEDS],
      readFile: () => undefined,
      attributes: manifestAttributes(manifest),
    });
    const page = `https://embed.example/widgets/embed?widget=news-list&src=${encodeURIComponent(`${FEEDS}/news.json`)}&lang=fr`;
    const html = await (await handler(new Request(page))).text();
    assert.match(html, /<uzl-news-list[^>]* src="https:\/\/feeds\.example\/news\.json"/);
    const oembed = await handler(
      new Request(`https://embed.example/widgets/oembed?url=${encodeURIComponent(page)}`),
    );
    assert.equal(oembed.status, 200);
    assert.equal((await oembed.json()).type, 'rich');
    const go = await handler(
      new Request('https://embed.example/widgets/go?to=https://evil.example/'),
    );
    assert.equal(go.status, 400);
    assert.equal(go.headers.get('location'), null);
  });
});
