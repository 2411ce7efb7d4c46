// What the server lanes' checks share: waiting for a page to get somewhere, and reading the text a
// visitor sees in it (deepText runs in the browser, passed to tab.top or tab.frame).
/* global document, Element */

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Polls `probe` until `done(value)`; returns the last value and whether it got there.
 * @template T
 * @param {() => Promise<T>} probe @param {(value: T) => boolean} done @param {number} ms
 */
export async function poll(probe, done, ms) {
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
 * widget's items are in its shadow), white space collapsed; undefined when nothing matches.
 * @param {string | null} selector
 */
export function deepText(selector) {
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

/** Text as deepText gives it (its `\s` takes in no-break spaces too), to compare with it. */
export const collapsed = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();
