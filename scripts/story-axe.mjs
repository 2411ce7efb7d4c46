// The accessibility panel's audit, run by the screenshot lane on a story that has settled: the
// same axe-core the panel (@storybook/addon-a11y) bundles, with its context (the story's
// document, Storybook's own wrappers left out) and its rule set (`region` off, as the panel
// has it for a story shown alone).
/* global window, document */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the story open in `page` (playwright's or puppeteer's); returns one line per
 * violation: rule, impact, help and the first three elements.
 * @param {any} page @returns {Promise<string[]>}
 */
export function auditStory(page) {
  return page.evaluate(async (/** @type {string} */ source) => {
    const own = /** @type {any} */ (window);
    if (!own.__uzlAxe) {
      // Loaded as a module of its own, so the panel's axe (window.axe, if any) stays as it is.
      const module = { exports: /** @type {any} */ ({}) };
      const panel = own.axe;
      new Function('module', 'exports', source)(module, module.exports);
      own.axe = panel;
      own.__uzlAxe = module.exports;
      own.__uzlAxe.configure({ rules: [{ id: 'region', enabled: false }] });
    }
    const result = await own.__uzlAxe.run(
      {
        include: document.body,
        exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
      },
      { resultTypes: ['violations'] },
    );
    return result.violations.map(
      (/** @type {any} */ v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((/** @type {any} */ n) => n.target.join(' > '))
          .join('; ')}`,
    );
  }, AXE);
}
