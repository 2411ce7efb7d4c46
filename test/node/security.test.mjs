// What a security officer checks in the package (README, "Security"): dist/integrity.json
// and dist/sbom.cdx.json are in the tarball npm publishes, every hash in them is the hash of
// the file as packed, they cover every file a page may load, the bill names the third-party
// code each bundle holds (and the bundle carries that code's licence notice); and the
// README's CSP block is the policy the browser test runs under (scripts/security/csp-policy.json).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PAGE_FILES, sri } from '../../scripts/security/integrity.mjs';
import { policyTemplate } from '../../scripts/security/csp.mjs';
import { packCurrentBuild } from './tarball.mjs';

/** @type {Map<string, Buffer>} */
let files;
before(() => {
  files = packCurrentBuild();
});

test('dist/integrity.json is packed and every sha384 in it matches its file in the tarball', () => {
  assert.ok(files.has('dist/integrity.json'), 'dist/integrity.json is not in the tarball');
  const { algorithm, files: table } = JSON.parse(files.get('dist/integrity.json').toString());
  assert.equal(algorithm, 'sha384');
  for (const [path, hash] of Object.entries(table)) {
    assert.ok(files.has(path), `${path} is in integrity.json but not in the tarball`);
    assert.equal(hash, sri(files.get(path)), `${path}: its hash`);
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
  }
  // Every file a page may load is there: the drop-in files and each chunk of dist/cdn/.
  const loadable = [
    ...PAGE_FILES,
    ...[...files.keys()].filter((path) => /^dist\/cdn\/[^/]+\.js$/.test(path)),
  ];
  for (const path of loadable) assert.ok(table[path], `${path} has no hash in integrity.json`);
});

test('dist/sbom.cdx.json is packed: CycloneDX, the code each bundle holds, each file hashed as packed', () => {
  assert.ok(files.has('dist/sbom.cdx.json'), 'dist/sbom.cdx.json is not in the tarball');
  const bom = JSON.parse(files.get('dist/sbom.cdx.json').toString());
  const pkg = JSON.parse(files.get('package.json').toString());
  assert.equal(bom.bomFormat, 'CycloneDX');
  assert.equal(bom.specVersion, '1.5');
  assert.equal(bom.metadata.component.purl, `pkg:npm/${pkg.name}@${pkg.version}`);
  const libraries = bom.components.filter((c) => c.type === 'library');
  // Lit and @lit/localize are inside the drop-in files, at the versions installed.
  for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
    const lib = libraries.find((c) => c.name === name);
    assert.ok(lib, `${name} is not in the bill`);
    const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    assert.equal(lib.version, installed.version, name);
    assert.equal(lib.licenses[0].license.id, installed.license, name);
    // Each file said to hold it carries its licence notice.
    for (const { value: path } of lib.properties.filter((p) => p.name === 'uzl:bundled-in'))
      assert.match(files.get(path).toString(), new RegExp(installed.license), `${path}, ${name}`);
  }
  const shipped = bom.components.filter((c) => c.type === 'file');
  assert.ok(shipped.length >= PAGE_FILES.length);
  for (const file of shipped) {
    assert.ok(files.has(file.name), `${file.name} is in the bill but not in the tarball`);
    const hex = createHash('sha384').update(files.get(file.name)).digest('hex');
    assert.equal(file.hashes[0].content, hex, `${file.name}: its hash`);
  }
});

test("the README's CSP block is the policy the CSP browser test runs under", () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- csp-policy -->\n+```text\n([\s\S]*?)```\n+<!-- \/csp-policy -->/.exec(readme);
  assert.ok(block, 'README.md has no <!-- csp-policy --> block');
  assert.equal(
    block[1],
    policyTemplate(),
    'README.md\'s policy differs from scripts/security/csp-policy.json: copy the "expected" text into the block',
  );
});
