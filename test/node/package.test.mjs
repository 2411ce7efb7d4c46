// The package as npm publishes it: `npm pack` of the current build (`npm run build` first),
// read back from the tarball (tarball.mjs). What a partner's bundler, a CDN, an editor or Storybook gets must
// be there, and custom-elements.json must describe the files in it, not our src/.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { WIDGETS } from '../../scripts/registry.mjs';
import { packCurrentBuild } from './tarball.mjs';

/** Every widget of the registry: tag → class name. */
const ELEMENTS = Object.fromEntries(WIDGETS.map((w) => [w.tag, w.className]));

/** @type {Map<string, string>} */
let files;
let pkg;
let manifest;

before(() => {
  files = new Map([...packCurrentBuild()].map(([path, bytes]) => [path, bytes.toString('utf8')]));
  pkg = JSON.parse(files.get('package.json'));
  manifest = JSON.parse(files.get('custom-elements.json') ?? '{"modules":[]}');
});

const declarations = () =>
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, mod })));
const elements = () => declarations().filter((d) => d.tagName);

/** Every `{ name, module }` reference in the manifest, with where it was found. */
function references(value, where = 'manifest', found = []) {
  if (Array.isArray(value)) value.forEach((item, i) => references(item, `${where}[${i}]`, found));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string') found.push({ ...value, where });
    for (const [key, item] of Object.entries(value)) references(item, `${where}.${key}`, found);
  }
  return found;
}

test('the tarball holds the build, the schemas, the manifest, the generated data, LICENSE and README, and nothing of src/', () => {
  const expected = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/uzl-widgets.js',
    'dist/uzl-widgets.d.ts',
    'dist/jsx.d.ts',
    'dist/jsx-elements.d.ts',
    'dist/vue.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/web-types.json',
    ...Object.keys(ELEMENTS).flatMap((tag) => [`dist/${tag}.js`, `dist/${tag}.d.ts`]),
    ...WIDGETS.map((w) => `schemas/${w.feed.kind}.schema.json`),
    'dist/cli.js',
  ];
  for (const file of expected) assert.ok(files.has(file), `${file} is not in the tarball`);
  assert.ok(
    [...files.keys()].some((file) => /^dist\/chunks\/.+\.js$/.test(file)),
    'no shared chunks in dist/chunks/',
  );
  assert.ok(
    [...files.keys()].some((file) => file.startsWith('dist/types/')),
    'no declarations in dist/types/',
  );
  const strays = [...files.keys()].filter(
    (file) => !/^(dist|schemas)\//.test(file) && !expected.includes(file),
  );
  assert.deepEqual(strays, [], 'files outside dist/ and schemas/');
});

test('every script in the tarball imports only files in it, and its source map is complete without src/', () => {
  let imports = 0;
  for (const [file, content] of files) {
    if (!file.endsWith('.js')) continue;
    for (const [, specifier] of content.matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) {
      const target = posix.join(posix.dirname(file), specifier);
      assert.ok(files.has(target), `${file} imports ${specifier}, not in the tarball`);
      imports += 1;
    }
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(content)?.[1];
    if (!map) continue;
    const mapFile = posix.join(posix.dirname(file), map);
    assert.ok(files.has(mapFile), `${file} points at ${map}, not in the tarball`);
    const { sources, sourcesContent } = JSON.parse(files.get(mapFile));
    assert.equal(sourcesContent?.length, sources.length, `${mapFile} lacks sourcesContent`);
  }
  assert.ok(
    imports > 10,
    `only ${imports} relative imports found: has the output's shape changed?`,
  );
});

test('package.json: publishable under MIT, ESM, every export and field naming a file in the tarball', () => {
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.license, 'MIT');
  assert.match(files.get('LICENSE'), /^MIT License/);
  // The drop-in files, which sites copy on their own, carry our notice; those with Lit inside
  // (the all-in-one file and the loader's core chunk) carry Lit's too.
  const ours = /^\/\*! uzl-widgets \S+ \| MIT License \| Copyright \(c\) \d{4} UZ Leuven/;
  const lits = /Copyright \d{4} Google LLC\s*\n\s*\* SPDX-License-Identifier: BSD-3-Clause/;
  assert.match(files.get('dist/uzl-widgets.js'), ours);
  const withLit = [...files.keys()].filter(
    (file) => file === 'dist/uzl-widgets.all.js' || /^dist\/cdn\/core-[\w-]+\.js$/.test(file),
  );
  assert.equal(withLit.length, 2, `the all-in-one file and the core chunk: ${withLit}`);
  for (const file of withLit) {
    assert.match(files.get(file), ours, file);
    assert.match(files.get(file), lits, file);
  }
  assert.equal(pkg.type, 'module');
  for (const field of [
    'main',
    'module',
    'types',
    'unpkg',
    'jsdelivr',
    'customElements',
    'web-types',
  ])
    assert.ok(
      files.has(posix.normalize(pkg[field])),
      `"${field}": ${pkg[field]} is not in the tarball`,
    );
  assert.equal(posix.normalize(pkg.unpkg), 'dist/uzl-widgets.js');
  assert.equal(posix.normalize(pkg.jsdelivr), 'dist/uzl-widgets.js');

  const targets = Object.entries(pkg.exports).flatMap(([entry, target]) =>
    (typeof target === 'string' ? [target] : Object.values(target)).map((t) => [entry, t]),
  );
  for (const [entry, target] of targets) {
    const pattern = new RegExp(
      `^${posix.normalize(target).replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`,
    );
    assert.ok(
      [...files.keys()].some((file) => pattern.test(file)),
      `exports["${entry}"] → ${target}: nothing in the tarball`,
    );
  }
  // Types for the tags, and a module that runs nothing, so that `import 'uzl-widgets/jsx'`
  // (the line a newcomer writes) builds as well as `import type {}` does.
  for (const entry of ['jsx', 'vue']) {
    assert.deepEqual(pkg.exports[`./${entry}`], {
      types: `./dist/${entry}.d.ts`,
      default: `./dist/${entry}.js`,
    });
    assert.equal(
      files
        .get(`dist/${entry}.js`)
        .replace(/^\/\/.*\n/gm, '')
        .trim(),
      'export {};',
      `dist/${entry}.js runs nothing`,
    );
  }
});

test('the uzl-widgets command: package.json `bin` names dist/cli.js, which plain Node runs on its own', () => {
  assert.deepEqual(pkg.bin, { 'uzl-widgets': 'dist/cli.js' });
  const cli = files.get('dist/cli.js');
  assert.match(cli, /^#!\/usr\/bin\/env node\n/);
  // Alone in an empty folder (no node_modules, no src/, no schemas/ beside it): everything it
  // needs is inside, and no TypeScript loader is needed to run it.
  const dir = mkdtempSync(join(tmpdir(), 'uzl-cli-alone-'));
  try {
    writeFileSync(join(dir, 'cli.js'), cli);
    writeFileSync(join(dir, 'news.json'), readFileSync('demo/data/news.json'));
    const help = spawnSync(process.execPath, ['cli.js', '--help'], { cwd: dir, encoding: 'utf8' });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: uzl-widgets validate <file-or-URL>/);
    const checked = spawnSync(process.execPath, ['cli.js', 'validate', 'news.json', '--json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.equal(JSON.parse(checked.stdout).kind, 'news');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the packed custom-elements.json is the repository’s', () => {
  assert.deepEqual(manifest, JSON.parse(readFileSync('custom-elements.json', 'utf8')));
});

test('custom-elements.json defines the five tags, each by its class in the module that defines it', () => {
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => ({ ...e, path: mod.path })),
  );
  assert.deepEqual(
    Object.fromEntries(definitions.map((d) => [d.name, d.declaration.name])),
    ELEMENTS,
  );
  for (const definition of definitions) {
    assert.equal(definition.path, `dist/${definition.name}.js`);
    assert.equal(definition.declaration.module, `dist/${definition.name}.js`);
  }
  assert.deepEqual(
    Object.fromEntries(elements().map((d) => [d.tagName, d.name])),
    ELEMENTS,
    'each class carries its tag name',
  );
});

test('custom-elements.json names only files in the tarball: every module and reference is a .js with its .d.ts', () => {
  const declared = new Set(declarations().map((d) => `${d.mod.path}#${d.name}`));
  for (const { path } of manifest.modules) {
    assert.match(path, /^dist\/.+\.js$/);
    assert.ok(files.has(path), `module ${path} is not in the tarball`);
    assert.ok(files.has(path.replace(/\.js$/, '.d.ts')), `module ${path} has no .d.ts`);
  }
  const found = references(manifest);
  assert.ok(found.some((ref) => ref.where.includes('inheritedFrom')));
  assert.ok(found.some((ref) => ref.where.includes('superclass')));
  for (const ref of found) {
    assert.ok(files.has(ref.module), `${ref.where}: ${ref.module} is not in the tarball`);
    assert.ok(files.has(ref.module.replace(/\.js$/, '.d.ts')), `${ref.where}: no .d.ts`);
    assert.ok(
      declared.has(`${ref.module}#${ref.name}`),
      `${ref.where}: ${ref.name} is not declared in ${ref.module}`,
    );
  }
  assert.doesNotMatch(JSON.stringify(manifest), /anonymous_/);
  assert.doesNotMatch(JSON.stringify(manifest), /src\//);
});

test('custom-elements.json writes attribute types as literal unions and defaults as values', () => {
  const attribute = (tag, name) =>
    elements()
      .find((d) => d.tagName === tag)
      ?.attributes?.find((a) => a.name === name);
  assert.equal(attribute('uzl-news-list', 'layout').type.text, "'list' | 'grid' | 'compact'");
  assert.equal(attribute('uzl-news-list', 'layout').default, "'list'");
  assert.equal(attribute('uzl-news-list', 'limit').default, '5');
  assert.equal(attribute('uzl-event-calendar', 'view').type.text, "'month' | 'list' | undefined");
  assert.equal(
    attribute('uzl-news-list', 'credentials').type.text,
    "'include' | 'omit' | 'same-origin'",
  );
  for (const element of elements()) {
    assert.equal(
      element.attributes.find((a) => a.name === 'theme')?.type.text,
      "'light' | 'dark' | 'auto' | undefined",
      `<${element.tagName}> theme`,
    );
    for (const item of [...element.attributes, ...element.members]) {
      const where = `<${element.tagName}> ${item.kind ?? 'attribute'} ${item.name}`;
      // No type alias (NewsListLayout, RequestCredentials) where HTML takes a value.
      if (!item.kind)
        assert.doesNotMatch(item.type?.text ?? '', /\b[A-Z]\w*/, `${where}: ${item.type?.text}`);
      if (item.default !== undefined)
        assert.match(
          item.default,
          /^(undefined|null|true|false|-?\d+(\.\d+)?|'[^']*'|"[^"]*")$/,
          `${where} defaults to ${item.default}`,
        );
    }
  }
  // An event's detail too: `kind` is one of five words, not any string.
  for (const element of elements())
    assert.match(
      element.events.find((e) => e.name === 'uzl-error')?.type.text ?? '',
      /kind: 'network' \| 'timeout' \| 'http' \| 'parse' \| 'invalid'/,
      `<${element.tagName}> uzl-error`,
    );
  const data = elements().map((d) => d.members.find((m) => m.name === 'data')?.type.text);
  assert.deepEqual(data, [
    'AiPublicationsFeed | undefined',
    'CampusesFeed | undefined',
    'EventsFeed | undefined',
    'NewsFeed | undefined',
    'StatsFeed | undefined',
  ]);
});

test('custom-elements.json lists public members only: no feed, define, private or protected ones', () => {
  for (const declaration of declarations()) {
    const names = (declaration.members ?? []).map((m) => m.name);
    assert.ok(!names.includes('feed'), `${declaration.name} lists feed`);
    assert.ok(!names.includes('define'), `${declaration.name} lists define`);
    for (const member of declaration.members ?? [])
      assert.ok(
        !member.privacy || member.privacy === 'public',
        `${declaration.name}.${member.name}`,
      );
  }
  for (const element of elements()) {
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['src', 'credentials', 'timeout', 'refresh', 'heading-level', 'theme'])
      assert.ok(attributes.includes(name), `<${element.tagName}> lacks ${name}`);
    assert.ok(
      element.members.some((m) => m.name === 'data'),
      `<${element.tagName}> lacks data`,
    );
    assert.deepEqual(
      element.events.slice(-2).map((e) => e.name),
      ['uzl-load', 'uzl-error'],
      `<${element.tagName}> events`,
    );
    for (const list of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots'])
      for (const item of element[list])
        assert.ok(item.description, `<${element.tagName}> ${list} ${item.name} has no description`);
  }
});
