// The room before the upgrade (dist/uzl-widgets.css) is put together from the registry
// (scripts/reserved-space.mjs): every widget's own room, each in its folder and about its own
// tag only, after the shared rules, which name no tag (the build writes the tags around them).
// How high each room is, the browser test test/reliability/reserved-space.test.ts holds.
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { WIDGETS } from '../../scripts/registry.mjs';
import { reservedSpaceSource } from '../../scripts/reserved-space.mjs';

/** The CSS without its comments, which may name other widgets. */
const rules = (file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
// Tags, not the --uzl-… properties.
const tagsIn = (css) => [...new Set(css.match(/(?<!-)\buzl-[a-z]+(?:-[a-z]+)*(?=[\s:[,)>{.])/g))];

test('the shared rules name no widget, and are nested in the selector of every undefined tag', () => {
  assert.deepEqual(tagsIn(rules('src/loader/reserved-space.css')), []);
  const tags = WIDGETS.map((w) => w.tag).join(', ');
  assert.ok(reservedSpaceSource().startsWith(`:where(${tags}):not(:defined) {\n`));
});

test('each widget has its own room, in its folder, for its own tag only, in the registry order', () => {
  for (const { id, tag } of WIDGETS) {
    const css = rules(`src/${id}/reserved-space.css`);
    assert.deepEqual(tagsIn(css), [tag], `src/${id}/reserved-space.css`);
    assert.match(css, new RegExp(`${tag}:not\\(:defined\\)::before \\{\\s+[^}]*--_uzl-reserve:`));
  }
  const source = reservedSpaceSource();
  const at = WIDGETS.map(({ id }) =>
    source.indexOf(readFileSync(`src/${id}/reserved-space.css`, 'utf8')),
  );
  assert.ok(
    at.every((index, i) => index > 0 && (i === 0 || index > at[i - 1])),
    `${at}`,
  );
});
