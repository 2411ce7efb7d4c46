// The registry of the widgets (src/widgets.ts) and what is made from it agree with the
// folders: every widget folder is in it and every entry has its folder, define module,
// schema and demo feed; the React wrappers written from it (src/react/react-components.ts)
// are not stale. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { REACT_COMPONENTS, reactComponents } from '../../scripts/react-components.mjs';
import { WIDGETS } from '../../scripts/registry.mjs';

test('every widget folder (src/<id>/uzl-<id>.ts) is in the registry, and the other way round', () => {
  const folders = readdirSync('src').filter((name) => existsSync(`src/${name}/uzl-${name}.ts`));
  assert.deepEqual(WIDGETS.map((w) => w.id).sort(), folders.sort());
});

test('each entry: its tag, its class in its define module, its schema and its demo feed', () => {
  for (const w of WIDGETS) {
    assert.equal(w.tag, `uzl-${w.id}`);
    const define = readFileSync(`src/${w.id}/uzl-${w.id}.ts`, 'utf8');
    assert.match(define, new RegExp(`\\b${w.className}\\.define\\('${w.tag}'\\)`), w.id);
    assert.ok(
      existsSync(`schemas/${w.feed.kind}.schema.json`),
      `schemas/${w.feed.kind}.schema.json`,
    );
    assert.ok(existsSync(`demo/data/${w.feed.kind}.json`), `demo/data/${w.feed.kind}.json`);
  }
  for (const key of ['id', 'className', 'messages']) {
    const values = WIDGETS.map((w) => w[key]);
    assert.equal(new Set(values).size, values.length, `${key} is unique`);
  }
});

test('the React wrappers are as the registry writes them (npm run build)', async () => {
  assert.equal(readFileSync(REACT_COMPONENTS, 'utf8'), await reactComponents());
});
