// The room a tag keeps before it is defined (dist/uzl-widgets.css, from
// src/loader/reserved-space.css and each widget's src/<id>/reserved-space.css) is the room its
// widget's loading placeholder takes after the upgrade: the upgrade moves nothing below it. Measured at four widths, for the attributes the
// room depends on, with the page's fallback link inside. Needs a current dist/ (`npm run build`).
//
// This file imports no widget module: the tags stay undefined until the test loads the
// all-in-one file. The feeds never answer, so every widget stays in its loading state.
import { expect } from '@open-wc/testing';
import { feedUrl, uniqueId, until } from '../helpers/feeds.js';
import { WIDGET_TAGS, WIDGETS } from '../helpers/widgets.js';

// Each widget with each attribute set its room depends on (`rooms` in test/helpers/widgets.ts).
const CASES = WIDGETS.flatMap(({ tag, rooms }) => rooms.map((attrs) => ({ tag, attrs })));
const WIDTHS = [320, 600, 900, 1280];

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

describe('the room a widget keeps before it is defined', function () {
  this.timeout(30000);
  const added: Element[] = [];
  after(() => {
    for (const node of added) node.remove();
  });

  it('is the room its loading placeholder takes once defined, at 320 to 1280 px', async () => {
    for (const tag of WIDGET_TAGS)
      expect(customElements.get(tag), `<${tag}> not yet defined`).to.equal(undefined);
    if ((window as { __uzlOlderEngine?: boolean }).__uzlOlderEngine) {
      // The legacy lane's floor rewrites the style sheets a script builds, not linked ones: the
      // same rules, adopted, so that they meet the older engine's CSS as the widget's do.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch('/dist/uzl-widgets.css')).text());
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } else {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/dist/uzl-widgets.css';
      const linked = new Promise((done, fail) => {
        link.onload = done;
        link.onerror = fail;
      });
      document.head.append(link);
      added.push(link);
      await linked;
    }

    const elements: { label: string; element: Updating }[] = [];
    for (const width of WIDTHS) {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      box.innerHTML = CASES.map(
        (c, i) =>
          `<${c.tag} ${c.attrs} src="${feedUrl(uniqueId(`room-${width}-${i}`), 'hang')}"><a href="https://www.uzleuven.be/nl">UZ Leuven</a></${c.tag}>`,
      ).join('<p>Text below.</p>');
      document.body.append(box);
      added.push(box);
      CASES.forEach((c, i) =>
        elements.push({
          label: `<${c.tag} ${c.attrs}> at ${width} px`,
          element: box.children[i * 2] as Updating,
        }),
      );
    }
    const before = elements.map(({ element }) => element.getBoundingClientRect().height);
    // Undefined, the fallback link shows and the room is kept.
    for (const [i, { label, element }] of elements.entries()) {
      expect(before[i], `${label}: room before it is defined`).to.be.above(100);
      expect(element.querySelector('a')!.getBoundingClientRect().height, label).to.be.above(0);
    }

    const bundle = '/dist/uzl-widgets.all.js';
    await import(/* @vite-ignore */ bundle);
    await Promise.all(elements.map(({ element }) => element.updateComplete));
    await until(
      () => elements.every(({ element }) => element.shadowRoot?.querySelector('[part="loading"]')),
      'every widget in its loading state',
    );
    const afterUpgrade = elements.map(({ element }) => element.getBoundingClientRect().height);
    const off = elements
      .map(({ label }, i) => ({ label, before: before[i]!, after: afterUpgrade[i]! }))
      .filter(({ before, after }) => Math.abs(before - after) > 1)
      .map(({ label, before, after }) => `${label}: ${before} px before, ${after} px after`);
    expect(off, 'heights that change at the upgrade').to.deep.equal([]);
  });
});
