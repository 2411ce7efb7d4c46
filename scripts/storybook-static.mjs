// The built Storybook (storybook-static/) for the scripts that test it: a static server on the
// loopback address, the list of its stories from index.json, and opening one story in a page
// with chosen globals until the story and its widgets have rendered.
/* global window, document, performance, requestAnimationFrame, HTMLImageElement, scrollX, scrollY */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

export const STATIC_DIR = resolve(import.meta.dirname, '..', 'storybook-static');

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar',
};

/**
 * A demo picture with its gradients painted in their first colour. The screenshot lane serves
 * the demo feeds' pictures so: a gradient is thousands of colours in every screenshot that
 * shows it, and guards nothing of a widget's look (where the picture sits, its size, crop and
 * corners stay in the screenshot).
 * @param {string} svg
 */
export function flatGradients(svg) {
  const first = /stop-color="([^"]+)"/.exec(svg)?.[1] ?? 'gray';
  return svg.replace(/fill="url\(#[^)]*\)"/g, `fill="${first}"`);
}

/**
 * Serves storybook-static on 127.0.0.1 (with `flatImages`, the demo pictures' gradients
 * flattened: see flatGradients); resolves to the server and its base URL.
 */
export function serveStorybook(dir = STATIC_DIR, { flatImages = false } = {}) {
  if (!existsSync(join(dir, 'index.json')))
    throw new Error(`${dir} has no index.json: run \`npm run build-storybook\` first`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (flatImages && /\/data\/images\/[^/]+\.svg$/.test(path))
      response.end(flatGradients(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ server, base: `http://127.0.0.1:${port}` });
    }),
  );
}

/**
 * The stories of the build (docs pages left out), in the sidebar's order.
 * @returns {{ id: string, title: string, name: string, tags: string[] }[]}
 */
export function storyEntries(dir = STATIC_DIR) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

/** A Loading story's feed URL: it never answers on purpose, so nobody waits for it. */
const NEVER_ANSWERS = 'feed-that-never-answers.json';

/**
 * Opens a story alone (the preview iframe's page) with `globals` (`{ theme: 'dark' }`) and waits
 * until it is still (see `settled`). The accessibility panel's own audit on every render is
 * switched off (`a11y.manual`): the lane runs the same axe itself once the story has settled,
 * not while its feed is still on its way. Returns the error Storybook showed, if any. `page` is
 * playwright's (Chromium) or puppeteer's (Firefox): only the calls both answer alike are used.
 * @param {any} page
 * @param {string} base @param {string} id @param {Record<string, string>} [globals]
 */
export async function openStory(page, base, id, globals = {}) {
  const encoded = Object.entries({ ...globals, 'a11y.manual': '!true' })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  const url = `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${encoded}`;
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'Storybook showed an error')
      : undefined,
  );
}

/** Whether every widget in the story shows data (its feed ready and not empty). @param {any} page */
export const storyIsReady = (page) =>
  page.evaluate(() => {
    const widgets = /** @type {any[]} */ (
      [...document.querySelectorAll('#storybook-root *')].filter((el) =>
        el.tagName.startsWith('UZL-'),
      )
    );
    return (
      widgets.length > 0 && widgets.every((el) => el.feed?.status === 'ready' && el.feed.count > 0)
    );
  });

/**
 * Changes globals (`{ theme: 'dark' }`) on the story open in `page`, without reloading it, as
 * the toolbar does, and waits until it is still again.
 * @param {any} page @param {Record<string, string>} globals
 */
export async function switchGlobals(page, globals) {
  await page.evaluate(
    (globals) =>
      new Promise((done) => {
        const channel = /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__;
        channel.once('storyRendered', done);
        channel.emit('updateGlobals', { globals });
      }),
    globals,
  );
  await settled(page);
}

/**
 * Waits until the story open in `page` is still: Storybook shows it (or its error), every
 * widget has its feed's answer (a Loading story's feed, which never answers, excepted) and has
 * finished its update, the fonts are loaded, every image (in shadow roots too) is loaded and
 * decoded, every animation is at its end, and the story's box and every widget's box stayed
 * the same for two frames in a row (a late resize observer or a line that wraps late moves them).
 * @param {any} page
 */
export function settled(page) {
  return page.evaluate(async (/** @type {string} */ neverAnswers) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    const until = async (/** @type {() => boolean} */ done, /** @type {number} */ ms) => {
      for (const end = performance.now() + ms; !done() && performance.now() < end;)
        await new Promise((next) => setTimeout(next, 20));
    };
    const deep = (/** @type {ParentNode} */ root, /** @type {Element[]} */ out = []) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) deep(el.shadowRoot, out);
      }
      return out;
    };
    const shown = () =>
      document.body.classList.contains('sb-show-main') ||
      document.body.classList.contains('sb-show-errordisplay');
    await until(shown, 15_000);
    const root = document.querySelector('#storybook-root') ?? document.body;
    const widgets = () =>
      /** @type {any[]} */ (
        [...root.querySelectorAll('*')].filter(
          (el) => el.tagName.startsWith('UZL-') && 'updateComplete' in el,
        )
      );
    const answered = (/** @type {any} */ el) =>
      el.feed?.status !== 'loading' || String(el.getAttribute('src')).endsWith(neverAnswers);
    await until(() => widgets().every(answered), 15_000);
    await Promise.all(widgets().map((el) => el.updateComplete));
    await document.fonts.ready;
    const images = /** @type {HTMLImageElement[]} */ (
      deep(root).filter((el) => el instanceof HTMLImageElement)
    );
    await until(() => images.every((img) => img.complete), 10_000);
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    const boxes = () =>
      JSON.stringify(
        [root, ...widgets()].map((el) => {
          const { x, y, width, height } = el.getBoundingClientRect();
          return [x, y, width, height];
        }),
      );
    let before = '';
    for (let i = 0, still = 0; i < 60 && still < 2; i++) {
      for (const animation of document.getAnimations())
        try {
          animation.finish();
        } catch {
          animation.cancel(); // an endless one (a spinner): back to its start
        }
      await Promise.all(widgets().map((el) => el.updateComplete));
      await frame();
      const now = boxes();
      still = now === before ? still + 1 : 0;
      before = now;
    }
  }, NEVER_ANSWERS);
}

/**
 * The story's content in document coordinates: every box drawn in #storybook-root, shadow
 * roots included, but not the wrappers around the widgets (the story's full-width frame), with
 * room around it for shadows and focus rings, within the page; whole pixels. The screenshot is
 * clipped to it, not the whole page: a narrow widget's picture is as narrow as the widget.
 * @param {any} page @returns {Promise<{ x: number, y: number, width: number, height: number }>}
 */
export function contentBox(page, margin = 8) {
  return page.evaluate((/** @type {number} */ margin) => {
    const root = document.querySelector('#storybook-root') ?? document.body;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    const add = (/** @type {Element} */ el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      left = Math.min(left, box.left);
      top = Math.min(top, box.top);
      right = Math.max(right, box.right);
      bottom = Math.max(bottom, box.bottom);
    };
    const widgets = [...root.querySelectorAll('*')].filter((el) => el.tagName.startsWith('UZL-'));
    const wrapper = (/** @type {Element} */ el) =>
      widgets.some((widget) => widget !== el && el.contains(widget));
    const walk = (/** @type {ParentNode} */ node) => {
      for (const el of node.querySelectorAll('*')) {
        if (!wrapper(el)) add(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    if (left === Infinity) [left, top, right, bottom] = [0, 0, 1, 1];
    const page = document.documentElement;
    const x = Math.max(0, Math.floor(left + scrollX - margin));
    const y = Math.max(0, Math.floor(top + scrollY - margin));
    const width = Math.min(page.scrollWidth, Math.ceil(right + scrollX + margin)) - x;
    const height = Math.min(page.scrollHeight, Math.ceil(bottom + scrollY + margin)) - y;
    return { x, y, width: Math.max(1, width), height: Math.max(1, height) };
  }, margin);
}
