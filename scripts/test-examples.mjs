// npm run test:examples: the React and Vue example apps, built against the packed package as
// a partner's app would install it, then opened in Chromium.
//
//   1. `npm pack` the package (dist must be built) and unpack it as examples/node_modules/uzl-widgets,
//      so the apps see only what the tarball holds, through its `exports`.
//   2. Type-check each app with strict settings (tsc for React, vue-tsc with strictTemplates for Vue).
//   3. `vite build` each app.
//   4. Serve each build and check in Chromium that all five widgets render, that the app hears
//      their events (uzl-load, uzl-month-change), that data handed over late shows no error, and
//      that a language change reaches the widgets.
// The functions passed to page.evaluate and waitForFunction run in the browser.
/* global window, document, customElements */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './engines.mjs';
import { WIDGET_TAGS } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

const apps = [
  { name: 'react', typecheck: [bin('tsc'), ['--noEmit', '-p', 'examples/react']] },
  { name: 'vue', typecheck: [bin('vue-tsc'), ['--noEmit', '-p', 'examples/vue']] },
];

function installPackedPackage() {
  if (!existsSync(join(root, 'dist', 'uzl-widgets.js'))) run('npm', ['run', 'build']);
  const packDir = mkdtempSync(join(tmpdir(), 'uzl-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const target = join(root, 'examples', 'node_modules', 'uzl-widgets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', join(packDir, packed.filename), '-C', target, '--strip-components=1']);
  rmSync(packDir, { recursive: true, force: true });
  console.log(`examples: installed ${packed.filename} (${packed.entryCount} files)`);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
};

/** A static server for one app's build. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Opens one app and checks what a visitor and the app's code see. Throws on the first failure. */
async function checkApp(browser, name, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Every uzl-error anywhere on the page, from before the app's first render.
  await page.addInitScript(() => {
    window.uzlErrors = [];
    document.addEventListener('uzl-error', (event) => window.uzlErrors.push(event.detail));
  });
  await page.goto(url);

  // Every widget of the registry; the app lists each one's uzl-load as it hears it.
  const tags = WIDGET_TAGS;
  await page.waitForFunction(
    (count) => (document.querySelector('#loads')?.textContent ?? '').split(',').length >= count,
    tags.length,
    { timeout: 20_000 },
  );
  const loads = await page.textContent('#loads');
  for (const widget of ['news', 'events', 'campus', 'stats', 'ai'])
    if (!new RegExp(`\\b${widget}: [1-9]`).test(loads))
      throw new Error(`${name}: the app did not hear uzl-load from ${widget} (${loads})`);

  // Each widget shows content, in English (the app's starting language).
  for (const tag of tags) {
    const state = await page.evaluate((tag) => {
      const element = document.querySelector(tag);
      const text = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return {
        defined: !!customElements.get(tag),
        lang: element?.resolvedLang,
        length: text.length,
      };
    }, tag);
    if (!state.defined || state.length < 20 || state.lang !== 'en')
      throw new Error(`${name}: <${tag}> did not render (${JSON.stringify(state)})`);
  }

  // The calendar's Next button: the app hears uzl-month-change.
  const monthBefore = await page.textContent('#month');
  await page.click('uzl-event-calendar >> [part~="nav"][aria-label="Next month"]');
  await page.waitForFunction((before) => {
    const month = document.querySelector('#month')?.textContent ?? '';
    return /^\d{4}-\d{2}$/.test(month) && month !== before;
  }, monthBefore);

  // A language change in the app reaches the widgets.
  await page.selectOption('select', 'fr');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > *')]
      .filter((element) => element.localName.startsWith('uzl-'))
      .every((element) => element.resolvedLang === 'fr'),
  );

  const errors = await page.evaluate(() => window.uzlErrors);
  if (errors.length > 0) problems.push(`uzl-error: ${JSON.stringify(errors)}`);
  await page.close();
  if (problems.length > 0) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  console.log(
    `examples: ${name}: five widgets rendered, events reached the app, language followed`,
  );
}

installPackedPackage();
for (const app of apps) {
  run(...app.typecheck);
  run(bin('vite'), ['build', '--logLevel', 'warn', join('examples', app.name)]);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let failed = false;
try {
  for (const app of apps) {
    const server = await serve(join(root, 'examples', app.name, 'dist'));
    try {
      await checkApp(browser, app.name, `http://127.0.0.1:${server.address().port}/`);
    } catch (error) {
      failed = true;
      console.error(`examples: ${error.message}`);
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
