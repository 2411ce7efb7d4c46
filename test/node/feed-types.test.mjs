// The TypeScript feed types (src/*/*-feed.ts) say the same as the schemas (schemas/*.json),
// so neither can drift: each schema is turned into TypeScript by json-schema-to-typescript,
// and tsc checks that our type and the generated one are assignable both ways (the same
// required fields, the same value types, the same optional ones).
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { WIDGETS } from '../../scripts/registry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Each widget's schema, and the module and type that describe it in src/: the registry names
 * the type, and the module is the widget folder's one `*-feed.ts`.
 */
const FEEDS = WIDGETS.map((w) => {
  const modules = readdirSync(join(root, 'src', w.id)).filter((f) => f.endsWith('-feed.ts'));
  assert.equal(modules.length, 1, `src/${w.id}/ has one *-feed.ts`);
  return [w.feed.kind, `src/${w.id}/${modules[0]}`, w.feed.type];
});

/**
 * `anyOf` branches that only name a `format` (a date or a date-time) say nothing about the
 * TypeScript type, which is `string` either way; the generator would make an odd intersection
 * of them, so they go before it runs.
 */
function withoutFormatChoices(node) {
  if (Array.isArray(node)) return node.map(withoutFormatChoices);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    const formatsOnly =
      key === 'anyOf' &&
      Array.isArray(value) &&
      value.every((branch) => Object.keys(branch).every((k) => k === 'format'));
    if (!formatsOnly) copy[key] = withoutFormatChoices(value);
  }
  return copy;
}

test('every feed type matches its schema, both ways', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'uzl-feed-types-'));
  try {
    const checks = [];
    for (const [name, module, type] of FEEDS) {
      const schema = JSON.parse(readFileSync(join(root, `schemas/${name}.schema.json`), 'utf8'));
      const generated = await compile(withoutFormatChoices(schema), 'Generated', {
        bannerComment: '',
        additionalProperties: false,
        format: false,
      });
      const rootName = /export interface (\w+)/.exec(generated)?.[1];
      assert.ok(rootName, `${name}: no interface generated`);
      writeFileSync(join(dir, `${name}.ts`), generated);
      checks.push(
        `import type { ${type} } from ${JSON.stringify(join(root, module).replace(/\.ts$/, '.js'))};`,
        `import type { ${rootName} as Schema_${checks.length} } from './${name}.js';`,
        `same<${type}, Schema_${checks.length}>(true); // ${name}`,
      );
    }
    writeFileSync(
      join(dir, 'check.ts'),
      [
        'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        'declare function same<A, B>(ok: Same<A, B>): void;',
        ...checks,
      ].join('\n'),
    );
    const tsc = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--resolveJsonModule',
        join(dir, 'check.ts'),
      ],
      { encoding: 'utf8' },
    );
    // A line like `check.ts(4,…): error TS2345: … 'true' … 'false'` names the feed in its comment.
    assert.equal(tsc.status, 0, `feed types and schemas differ:\n${tsc.stdout}${tsc.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
