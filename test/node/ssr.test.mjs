// Server rendering: Astro's Lit integration and Next.js render our elements in Node with
// @lit-labs/ssr, from the package's own modules (dist/uzl-*.js, Lit external, so Node gets
// Lit's server build). No DOM there: an element must construct and render without `document`
// or `window`, to declarative shadow DOM, in its waiting state, the page author's fallback
// content kept as light DOM. test/reliability/ssr-upgrade.test.ts then upgrades such HTML in
// every engine. Needs a current dist/ (`npm run build`; `npm test` builds before this).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { WIDGETS } from '../../scripts/registry.mjs';
import { distProblem } from '../server/host-pages.mjs';

/** Every widget of the registry: its tag and its class's name. */
const ELEMENTS = WIDGETS.map((w) => ({ tag: w.tag, name: w.className }));

const FALLBACK = '<a href="https://www.uzleuven.be/nl/nieuws">UZ Leuven news</a>';
/** Words of the states a server must never render: the error box and the placeholder's text. */
const NEVER = ['part="error"', 'could not', 'unavailable', 'Retry', 'Loading…'];

const problem = distProblem();
if (problem) throw new Error(`test/node/ssr.test.mjs: ${problem}`);

/** Each element's module, imported as a server does (`import 'uzl-widgets/news-list.js'`). */
const modules = new Map();
for (const { tag } of ELEMENTS) modules.set(tag, await import(`../../dist/${tag}.js`));

/** `<tag attrs>fallback</tag>` rendered by @lit-labs/ssr, as one string. */
function renderTag(tag, attrs, sync = true) {
  const template = html`${unsafeStatic(`<${tag} ${attrs}>`)}${unsafeStatic(FALLBACK)}${unsafeStatic(`</${tag}>`)}`;
  const result = render(template);
  return sync ? collectResultSync(result) : collectResult(result);
}

/** The markup without Lit's hydration comments and the inline styles, for reading. */
const bare = (markup) =>
  markup.replace(/<!--\/?lit-[^>]*-->/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');

test('the element modules import in plain Node, without document or window', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  for (const { tag, name } of ELEMENTS) {
    assert.equal(typeof modules.get(tag)[name], 'function', `${tag} exports ${name}`);
    // Lit's server build keeps its own registry: the define module defined the tag there.
    assert.equal(globalThis.customElements.get(tag), modules.get(tag)[name], `${tag} defined`);
  }
});

test('the side-effect-free entry imports in Node too', async () => {
  const index = await import('../../dist/index.js');
  for (const { name } of ELEMENTS) assert.equal(typeof index[name], 'function', name);
});

for (const { tag, name } of ELEMENTS) {
  test(`<${tag}>: constructs without a DOM (no document, window or observers in constructors)`, () => {
    const Element = modules.get(tag)[name];
    assert.doesNotThrow(() => new Element());
  });

  test(`<${tag}>: renders its waiting state to declarative shadow DOM, the fallback kept as light DOM`, async () => {
    const markup = renderTag(tag, 'src="/feeds/news.json" lang="nl"');
    const view = bare(markup);
    // The whole element: opening tag, one declarative shadow root, then its light DOM.
    const match = new RegExp(
      `^<${tag}\\s[^>]*src="/feeds/news.json"[^>]*>` +
        '<template shadowroot="open" shadowrootmode="open">([\\s\\S]*)</template>' +
        `([\\s\\S]*)</${tag}>$`,
    ).exec(view.trim());
    assert.ok(match, `${tag}: no element with one declarative shadow root in\n${view}`);
    const [, shadow, light] = match;
    // Inside: the widget's box, not busy (it may stay like this for good without JavaScript),
    // and the placeholder's room holding the fallback content through a slot.
    // (Lit leaves a space where an attribute it omits would be: the root's `lang`; a widget
    // that sizes its placeholder by item count writes the count, see below.)
    assert.match(
      shadow,
      /<div class="uzl-root" part="base"\s+(style="--_uzl-expected-items: \d+"\s*)?aria-busy="false">/,
    );
    assert.match(shadow, /<div class="uzl-loading" part="loading"><slot><\/slot><\/div>/);
    // The live region is there from the server's HTML on (a region added with its text is often
    // not read), polite and without a role (an empty status is read as "status bar", #30).
    assert.match(shadow, /<div class="visually-hidden" aria-live="polite" aria-atomic="true"/);
    assert.doesNotMatch(shadow, /role="status"/);
    // The styles travel with it: the server's HTML is styled before any script.
    assert.match(markup, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.equal(light.trim(), FALLBACK);
    for (const words of NEVER) assert.ok(!view.includes(words), `${tag}: "${words}" in\n${view}`);
    // Nothing asynchronous in it: the streaming form gives the same.
    assert.equal(await renderTag(tag, 'src="/feeds/news.json" lang="nl"', false), markup);
  });

  test(`<${tag}>: with neither src nor data, the same waiting state, and no error`, () => {
    const view = bare(renderTag(tag, ''));
    assert.match(view, /<div class="uzl-loading" part="loading"><slot><\/slot><\/div>/);
    for (const words of NEVER) assert.ok(!view.includes(words), `${tag}: "${words}" in\n${view}`);
  });
}

test('the server writes the placeholder\'s item count, which the browser sets from a script: limit="3", three items', () => {
  const count = (attrs) =>
    /style="--_uzl-expected-items: (\d+)"/.exec(renderTag('uzl-news-list', attrs))?.[1];
  assert.equal(count('src="/feeds/news.json" limit="3"'), '3');
  assert.equal(count('src="/feeds/news.json"'), '5');
  assert.equal(count('src="/feeds/news.json" limit="40"'), '20');
});
