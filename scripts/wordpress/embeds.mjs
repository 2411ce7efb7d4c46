// The Author's embed URLs, one per widget, in one post: each frame WordPress made from the
// oEmbed answer shows the feed's French text in a French page, is as tall as its widget within
// wp-embed.js's 200–1000 px clamp (no inner scrollbar), and a widget taller than 1000 px
// scrolls inside its 1000 px frame with its last link reachable; then a click on a news item's
// link takes the top window to the item's page. The functions passed to tab.top and tab.frame
// run in the browser.
/* global document */
import { WIDGETS } from '../registry.mjs';
import { deepText, poll } from '../lane/in-page.mjs';
import { exampleAttributes, frenchShown } from './shown.mjs';

/** How far the frame's height may be from the widget's, in CSS px. */
const HEIGHT_TOLERANCE = 4;
/** wp-embed.js keeps a frame's height within these (TOOLCHAIN.md, "WordPress 6.1"). */
const CLAMP = { min: 200, max: 1000 };

/**
 * @typedef {{ widget: (typeof WIDGETS)[number], attributes: Record<string, string>, url: string,
 *   prefix: string }} Embed
 */

/**
 * Each widget's embed URL as the builder's third output gives it: its demo feed on the feed
 * server, its example attributes, French, and the fallback link. `widget` comes first, so a
 * frame is told from the others by the start of its address (`prefix`).
 * @param {string} serviceOrigin @param {{ origin: string, url: (kind: string) => string }} feeds
 * @returns {Embed[]}
 */
export function embedUrls(serviceOrigin, feeds) {
  return WIDGETS.map((widget) => {
    const attributes = exampleAttributes(widget.example);
    const query = new URLSearchParams({
      widget: widget.id,
      src: feeds.url(widget.feed.kind),
      ...attributes,
      lang: 'fr',
      more: `${feeds.origin}/article.html?id=more`,
    });
    const prefix = `${serviceOrigin}/embed?widget=${widget.id}&`;
    return { widget, attributes, url: `${serviceOrigin}/embed?${query}`, prefix };
  });
}

/** Scrolls the frame whose address starts with `start` to the top of the viewport (in the page). */
function reveal(/** @type {string} */ start) {
  const frame = [...document.querySelectorAll('iframe.wp-embedded-content')].find((f) =>
    /** @type {HTMLIFrameElement} */ (f).src.startsWith(start),
  );
  frame?.scrollIntoView({ block: 'start' });
  return frame !== undefined;
}

/**
 * The frame's box in the top window (scrolled to the top of the viewport first: Chromium lays
 * out a cross-origin frame out of view only lazily) and the figures inside it.
 * @param {import('./browsers.mjs').Tab} tab @param {Embed} embed
 */
async function measure(tab, { prefix, widget }) {
  const outer = await tab.top((start) => {
    const frame = [...document.querySelectorAll('iframe.wp-embedded-content')].find((f) =>
      /** @type {HTMLIFrameElement} */ (f).src.startsWith(start),
    );
    if (!frame) return undefined;
    frame.scrollIntoView({ block: 'start' });
    const box = frame.getBoundingClientRect();
    return {
      clientHeight: frame.clientHeight,
      left: box.left + frame.clientLeft,
      top: box.top + frame.clientTop,
      sandbox: frame.getAttribute('sandbox'),
      // wp-embed.js keeps the frame clipped to nothing until the frame's first message.
      hidden: frame.hasAttribute('style'),
    };
  }, prefix);
  const inner = await tab.frame(
    prefix,
    (tag) => {
      const element = document.querySelector(tag);
      const root = document.scrollingElement ?? document.documentElement;
      return {
        widget: element ? element.getBoundingClientRect().height : 0,
        scrollHeight: root.scrollHeight,
        clientHeight: root.clientHeight,
        lang: document.documentElement.lang,
      };
    },
    widget.tag,
  );
  return { outer, inner };
}

/** The frame's height for a widget this tall: its own, within wp-embed.js's clamp. */
const frameHeightFor = (/** @type {number} */ widget) =>
  Math.min(Math.max(widget, CLAMP.min), CLAMP.max);

/**
 * One widget's frame in the Author's post. Resolves to what it found; throws what is wrong.
 * @param {import('./browsers.mjs').Tab} tab @param {Embed} embed @param {unknown} feed
 */
export async function checkFrame(tab, embed, feed) {
  const { widget, attributes, prefix } = embed;
  const expected = frenchShown(widget.feed.kind, feed, attributes);
  const missing = (/** @type {string} */ text) =>
    expected.flatMap(({ texts, what, least }) => {
      const found = texts.filter((t) => text.includes(t)).length;
      return found >= least ? [] : [`${what} (${found} of ${least} found)`];
    });
  // Scrolled to first, as a visitor would: WordPress marks every frame after the post's first
  // `loading="lazy"`, and a lazy frame out of view never loads.
  const content = await poll(
    async () => {
      await tab.top(reveal, prefix);
      return tab.frame(prefix, deepText, widget.tag);
    },
    (text) => text !== undefined && missing(text).length === 0,
    20000,
  );
  if (content.value === undefined) {
    const html = await tab.top(
      () => document.querySelector('.wp-block-post-content, .entry-content')?.innerHTML ?? '',
      undefined,
    );
    throw new Error(`no frame ${prefix}… in the post: ${html.slice(0, 400)}`);
  }
  if (!content.ok)
    throw new Error(
      `the frame lacks the feed's French text: ${missing(content.value).join(', ')} in ${JSON.stringify(content.value.slice(0, 300))}`,
    );

  // wp-embed.js sets the frame's height from the page's messages; wait for it to settle: the
  // same figures twice in a row (the widget lays out again when its fonts load).
  let previous = '';
  const sized = await poll(
    () => measure(tab, embed),
    ({ outer, inner }) => {
      const same = JSON.stringify({ outer, inner }) === previous;
      previous = JSON.stringify({ outer, inner });
      if (!same || !outer || !inner) return false;
      const capped = inner.widget > CLAMP.max;
      return (
        Math.abs(outer.clientHeight - frameHeightFor(inner.widget)) <= HEIGHT_TOLERANCE &&
        (capped
          ? inner.scrollHeight > inner.clientHeight
          : inner.scrollHeight <= inner.clientHeight + 1)
      );
    },
    15000,
  );
  const { outer, inner } = sized.value;
  if (!outer || !inner) throw new Error('the frame went away');
  const figures = `frame ${outer.clientHeight} px, widget ${inner.widget.toFixed(1)} px, frame's scrollHeight ${inner.scrollHeight} px`;
  if (!sized.ok && outer.hidden)
    throw new Error(`wp-embed.js never heard from the frame: still clipped, ${figures}`);
  if (!sized.ok)
    throw new Error(
      `expected a ${frameHeightFor(inner.widget).toFixed(0)} px frame${inner.widget > CLAMP.max ? ' that scrolls inside' : ' without a scrollbar inside'}: ${figures}`,
    );
  if (outer.sandbox !== 'allow-scripts') throw new Error(`the frame's sandbox is ${outer.sandbox}`);
  if (inner.lang !== 'fr') throw new Error(`the frame's page says lang="${inner.lang}"`);
  const shown = `${expected.map((e) => e.what).join(' and ')} in French, <html lang="fr">`;
  if (inner.widget <= CLAMP.max)
    return `${shown}; ${figures}${inner.widget < CLAMP.min ? ` (WordPress's least, ${CLAMP.min})` : ''}, no inner scrollbar`;
  return `${shown}; ${figures}: WordPress's most, scrolling inside; ${await lastLinkReachable(tab, embed)}`;
}

/**
 * In a frame capped below its widget: the widget's last link or control (the AI publications
 * show no link until a domain is opened: their last is a domain's button) starts below the
 * frame's bottom, and focusing it (as Tab would) scrolls it into view.
 * @param {import('./browsers.mjs').Tab} tab @param {Embed} embed
 */
async function lastLinkReachable(tab, { prefix, widget }) {
  const found = await tab.frame(
    prefix,
    (tag) => {
      const root = document.scrollingElement ?? document.documentElement;
      const shadow = document.querySelector(tag)?.shadowRoot;
      const focusable =
        'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';
      const links = shadow
        ? [...shadow.querySelectorAll(focusable)].filter((a) => a.getClientRects().length > 0)
        : [];
      const last = /** @type {HTMLElement | undefined} */ (links.at(-1));
      if (!last) return undefined;
      const before = last.getBoundingClientRect().top;
      last.focus();
      const box = last.getBoundingClientRect();
      const name = last.localName === 'a' ? 'link' : last.localName;
      return {
        what: `${name} ${JSON.stringify(last.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40))}`,
        links: links.length,
        before,
        top: box.top,
        bottom: box.bottom,
        scrollTop: root.scrollTop,
        viewport: root.clientHeight,
        focused: shadow?.activeElement === last,
      };
    },
    widget.tag,
  );
  if (!found) throw new Error('no link or control in the capped frame');
  const { what, links, before, top, bottom, scrollTop, viewport, focused } = found;
  const where = `its last of ${links} links and controls, a ${what}, at ${before.toFixed(0)} px, below the ${viewport} px frame`;
  if (before < viewport) throw new Error(`${where}? It is in view before any scrolling`);
  if (!focused || scrollTop <= 0 || top < 0 || bottom > viewport)
    throw new Error(
      `${where}, focused ${focused}: now at ${top.toFixed(0)}–${bottom.toFixed(0)} px, scrollTop ${scrollTop}`,
    );
  return `${where}, focused: scrolled into view (scrollTop ${scrollTop.toFixed(0)} px)`;
}

/**
 * A click on an item's title in the widget's frame: the top window must end up on `target.url`.
 * @param {import('./browsers.mjs').Tab} tab @param {Embed} embed
 * @param {{ title: string, url: string }} target
 */
export async function checkItemLink(tab, embed, target) {
  // Where the frame is once scrolling has stopped (a theme may scroll smoothly).
  let previous = '';
  const { outer } = (
    await poll(
      () => measure(tab, embed),
      (figures) => {
        const same = JSON.stringify(figures.outer) === previous;
        previous = JSON.stringify(figures.outer);
        return same;
      },
      5000,
    )
  ).value;
  if (!outer) throw new Error('the frame went away');
  const place = await tab.frame(
    embed.prefix,
    ({ tag, title }) => {
      const widget = document.querySelector(tag);
      const links = widget?.shadowRoot ? [...widget.shadowRoot.querySelectorAll('a')] : [];
      const anchor = links.find((a) => a.textContent?.replace(/\s+/g, ' ').trim() === title);
      if (!anchor) return undefined;
      // The middle of its first line (a title over two lines has a gap in its bounding box).
      const box = anchor.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
    },
    { tag: embed.widget.tag, title: target.title },
  );
  if (!place)
    throw new Error(`no link with the title ${JSON.stringify(target.title)} in the frame`);
  await tab.click(outer.left + place.x, outer.top + place.y);
  const reached = await poll(
    () => Promise.resolve(tab.url()),
    (u) => u === target.url,
    15000,
  );
  if (!reached.ok)
    throw new Error(`after a click on an item's title the top window is at ${reached.value}`);
  return `a click on the newest item's title took the top window to ${target.url}`;
}
