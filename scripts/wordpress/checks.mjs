// What the WordPress lane checks, in the order a site would see it: who may post what, the
// Author's snippet stripped, then in each browser the Author's embed URL shown as the widget in
// a frame and the Administrator's Custom HTML block rendering the widget in the page.
// The functions passed to tab.top and tab.frame run in the browser.
/* global document, customElements, Element */
import { launchChromium, launchFirefox } from './browsers.mjs';

const TAG = 'uzl-news-list';
const LIMIT = 3;
/** How far the frame's height may be from the widget's, in CSS px. */
const HEIGHT_TOLERANCE = 4;

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until `done(value)`; returns the last value and whether it got there. */
async function poll(probe, done, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return { value, ok: true };
    if (Date.now() > until) return { value, ok: false };
    await sleep(200);
  }
}

/**
 * Every text node's text under `selector` (the body when null), through open shadow roots (the
 * widget's items are in its shadow); undefined when nothing matches.
 * @param {string | null} selector
 */
function deepText(selector) {
  const start = selector ? document.querySelector(selector) : document.body;
  if (!start) return undefined;
  /** @param {Node} node @returns {string} */
  const walk = (node) => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
    const shadow = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
    return shadow + [...node.childNodes].map(walk).join(' ');
  };
  return walk(start).replace(/\s+/g, ' ');
}

/** The script snippet as the embed builder writes it, pointing at the embed service. */
export function scriptSnippet(serviceOrigin, feed) {
  return [
    `<link rel="stylesheet" href="${serviceOrigin}/uzl-widgets.css" />`,
    `<script type="module" src="${serviceOrigin}/uzl-widgets.js"></script>`,
    '',
    `<${TAG} src="${feed.url}" lang="fr" limit="${LIMIT}">`,
    `  <a href="${feed.origin}/article.html?id=more">Actualités de l'UZ Leuven</a>`,
    `</${TAG}>`,
  ].join('\n');
}

/** The embed page's URL for the news list in French, as the builder's third output gives it. */
export function embedUrl(serviceOrigin, feed) {
  const query = new URLSearchParams({
    widget: 'news-list',
    src: feed.url,
    lang: 'fr',
    limit: String(LIMIT),
    more: `${feed.origin}/article.html?id=more`,
  });
  return `${serviceOrigin}/embed?${query}`;
}

/**
 * @param {{ siteUrl: string, users: { admin: import('./site.mjs').Rest, author: import('./site.mjs').Rest },
 *   service: { origin: string }, feed: { origin: string, url: string, feed: { items: { date: string, title: Record<string, string>, url: string }[] } },
 *   log: (line: string) => void }} context
 * @returns {Promise<{ failed: number }>}
 */
export async function runChecks({ users, service, feed, log }) {
  let failed = 0;
  /** Runs one check; a thrown error fails it with its message. */
  const check = async (/** @type {string} */ name, /** @type {() => Promise<string>} */ body) => {
    const started = Date.now();
    try {
      const detail = await body();
      log(`  ok   ${name}: ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      log(`  FAIL ${name}: ${error instanceof Error ? error.message : error}`);
    }
  };
  const newest = [...feed.feed.items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LIMIT);
  const titles = newest.map((item) => item.title.fr);
  const snippet = scriptSnippet(service.origin, feed);

  const [author, admin] = [await users.author.me(), await users.admin.me()];
  await check('roles', async () => {
    if (author.capabilities.unfiltered_html || !author.roles.includes('author'))
      throw new Error(
        `the Author has ${JSON.stringify(author.roles)}, unfiltered_html ${author.capabilities.unfiltered_html}`,
      );
    if (!admin.capabilities.unfiltered_html)
      throw new Error('the Administrator lacks unfiltered_html');
    return 'an Author without unfiltered_html, an Administrator with it (REST, application passwords)';
  });

  const stripped = await users.author.publish('Snippet by an Author', snippet);
  await check('Author, script snippet', async () => {
    const kept = stripped.content.rendered;
    for (const gone of ['<script', `<${TAG}`, '<link'])
      if (kept.includes(gone)) throw new Error(`${gone} survived: ${kept}`);
    return `WordPress stripped <script>, <link> and <${TAG}>; the post keeps ${JSON.stringify(kept.replace(/\s+/g, ' ').trim())}`;
  });

  const url = embedUrl(service.origin, feed);
  const embedded = await users.author.publish(
    'Embed URL by an Author',
    `Nos actualités :\n\n${url}\n\nFin.`,
  );
  const direct = await users.admin.publish(
    'Custom HTML block by an Administrator',
    `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
  );
  if (!direct.content.raw.includes('<script'))
    throw new Error("the Administrator's <script> did not reach the database");

  for (const launch of [launchChromium, launchFirefox]) {
    const engine = await launch();
    try {
      const tab = await engine.open();
      await check(`${engine.name}, Author's snippet post`, async () => {
        await tab.goto(stripped.link);
        const found = await tab.top(
          ({ tag, origin }) => ({
            tags: document.querySelectorAll(tag).length,
            scripts: document.querySelectorAll(`script[src^="${origin}"]`).length,
          }),
          { tag: TAG, origin: service.origin },
        );
        if (found.tags || found.scripts) throw new Error(`the page has ${JSON.stringify(found)}`);
        return `no <${TAG}>, no script from the service on the published page`;
      });
      await check(`${engine.name}, Author's embed URL`, () =>
        checkEmbed(tab, embedded.link, { service, titles, newest }),
      );
      await check(`${engine.name}, Administrator's Custom HTML block`, async () => {
        await tab.goto(direct.link);
        const { value, ok } = await poll(
          async () => ({
            defined: await tab.top((tag) => Boolean(customElements.get(tag)), TAG),
            text: (await tab.top(deepText, TAG)) ?? '',
          }),
          (v) => v.defined && titles.every((t) => v.text.includes(t)),
          20000,
        );
        if (!ok)
          throw new Error(
            `defined ${value.defined}, text ${JSON.stringify(value.text.slice(0, 300))}`,
          );
        return `<${TAG}> defined in the page itself, with the ${LIMIT} newest French titles`;
      });
      await tab.close();
    } finally {
      await engine.close();
    }
  }
  return { failed };
}

/**
 * The Author's embed URL post: the frame WordPress made from the oEmbed answer shows the
 * French titles, is as tall as the widget without an inner scrollbar, and a click on an
 * item's link takes the top window to the item's page.
 */
async function checkEmbed(tab, link, { service, titles, newest }) {
  await tab.goto(link);
  const prefix = `${service.origin}/embed?`;
  const content = await poll(
    () => tab.frame(prefix, deepText, TAG),
    (text) => text !== undefined && titles.every((t) => text.includes(t)),
    20000,
  );
  if (content.value === undefined) {
    const html = await tab.top(
      () => document.querySelector('.wp-block-post-content, .entry-content')?.innerHTML ?? '',
      undefined,
    );
    throw new Error(`no frame from ${service.origin} in the post: ${html.slice(0, 400)}`);
  }
  if (!content.ok)
    throw new Error(
      `the frame lacks French titles: ${JSON.stringify(content.value.slice(0, 300))}`,
    );

  // wp-embed.js sets the frame's height from the page's messages; wait for it to settle.
  const measure = async () => {
    const outer = await tab.top(() => {
      const frame = document.querySelector('iframe.wp-embedded-content');
      if (!frame) return undefined;
      frame.scrollIntoView({ block: 'start' });
      const box = frame.getBoundingClientRect();
      return {
        height: box.height,
        clientHeight: frame.clientHeight,
        left: box.left + frame.clientLeft,
        top: box.top + frame.clientTop,
        sandbox: frame.getAttribute('sandbox'),
        // wp-embed.js keeps the frame clipped to nothing until the frame's first message.
        hidden: frame.hasAttribute('style'),
      };
    }, undefined);
    const inner = await tab.frame(
      prefix,
      (tag) => {
        const widget = document.querySelector(tag);
        const root = document.scrollingElement ?? document.documentElement;
        return {
          widget: widget ? widget.getBoundingClientRect().height : 0,
          scrollHeight: root.scrollHeight,
          clientHeight: root.clientHeight,
        };
      },
      TAG,
    );
    return { outer, inner };
  };
  // Settled: the same figures twice in a row (the widget lays out again when its fonts load).
  let previous = '';
  const sized = await poll(
    measure,
    ({ outer, inner }) => {
      const same = JSON.stringify({ outer, inner }) === previous;
      previous = JSON.stringify({ outer, inner });
      return (
        same &&
        Boolean(outer && inner) &&
        Math.abs(outer.clientHeight - inner.widget) <= HEIGHT_TOLERANCE &&
        inner.scrollHeight <= inner.clientHeight + 1
      );
    },
    15000,
  );
  const { outer, inner } = sized.value;
  if (!outer || !inner) throw new Error('the frame went away');
  const figures = `frame ${outer.clientHeight} px, widget ${inner.widget.toFixed(1)} px, frame's scrollHeight ${inner.scrollHeight} px`;
  if (!sized.ok && outer.hidden)
    throw new Error(`wp-embed.js never heard from the frame: still clipped, ${figures}`);
  if (!sized.ok) throw new Error(`heights differ or the frame scrolls: ${figures}`);
  if (outer.sandbox !== 'allow-scripts') throw new Error(`the frame's sandbox is ${outer.sandbox}`);

  // A click on the first item's title: the top window must end up on that item's page.
  const target = newest[0];
  const place = await tab.frame(
    prefix,
    ({ tag, title }) => {
      const widget = document.querySelector(tag);
      const links = widget?.shadowRoot ? [...widget.shadowRoot.querySelectorAll('a')] : [];
      const anchor = links.find((a) => a.textContent?.replace(/\s+/g, ' ').trim() === title);
      if (!anchor) return undefined;
      // The middle of its first line (a title over two lines has a gap in its bounding box).
      const box = anchor.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
    },
    { tag: TAG, title: target.title.fr },
  );
  if (!place)
    throw new Error(`no link with the title ${JSON.stringify(target.title.fr)} in the frame`);
  await tab.click(outer.left + place.x, outer.top + place.y);
  const reached = await poll(
    () => Promise.resolve(tab.url()),
    (u) => u === target.url,
    15000,
  );
  if (!reached.ok)
    throw new Error(
      `after a click on the first title the top window is at ${reached.value}, not ${target.url}`,
    );
  return `frame (sandbox="allow-scripts") with the ${LIMIT} newest French titles; ${figures}; a click on an item reached ${target.url} in the top window`;
}
