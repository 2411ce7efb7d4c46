// custom-elements.json is what editors, Storybook's docs pages and the package's users read
// about every element. It must say what the code says: regenerate it and compare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// cem lists modules in the order the file system returns them, which differs between
// checkouts; the content is what must match.
const byPath = (manifest) => ({
  ...manifest,
  modules: [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path)),
});

test('the committed custom-elements.json is current (run `npm run build` to refresh it)', () => {
  // cem resolves --outdir against the working directory, so keep it inside the repo's cache.
  const dir = join('node_modules', '.cache', `uzl-cem-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', dir], {
      stdio: 'pipe',
    });
    const fresh = byPath(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')));
    const committed = byPath(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
    assert.deepEqual(committed, fresh);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every public element documents its attributes, parts and events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      assert.ok(
        attribute.description,
        `<${element.tagName}> attribute ${attribute.name} has no description`,
      );
      assert.match(
        attribute.name,
        /^[a-z][a-z0-9-]*$/,
        `<${element.tagName}> attribute ${attribute.name} is not kebab-case`,
      );
    }
    for (const event of element.events ?? []) {
      assert.match(
        event.name,
        /^uzl-[a-z-]+$/,
        `<${element.tagName}> event ${event.name} is not uzl-…`,
      );
      assert.ok(event.description, `<${element.tagName}> event ${event.name} has no description`);
    }
    for (const part of element.cssParts ?? [])
      assert.ok(part.description, `<${element.tagName}> part ${part.name}`);
    for (const prop of element.cssProperties ?? []) assert.match(prop.name, /^--uzl-/);
  }
});
