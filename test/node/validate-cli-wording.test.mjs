// The command reads the validator's findings as data, never its sentences: rewording the
// widgets' sentences (src/core/validation-issue.ts, the one place they are written) must leave
// `uzl-widgets validate`'s output unchanged on every feed the project has. The command's code
// (src/cli/run.ts, what dist/cli.js runs) is built twice from the same sources by esbuild, once
// as it is and once with those sentences reworded, and both are run in-process on every
// fixture, as text and as JSON. The test checks that the rewording reached the widgets' own
// messages, so it cannot pass because the rewording missed.
//
// It can fail: before findings were data, the command matched the validator's sentences with
// regular expressions (src/cli/plain-messages.ts), and the same rewording, applied where those
// sentences were then written (src/core/schema-validator.ts), changed its output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SENTENCES = join(root, 'src', 'core', 'validation-issue.ts');

/** The rewording: each must change the sentence module, or the test proves nothing. */
const REWORDING = [
  ["'is required'", "'has to be there'"],
  ['`must be ${', '`has to be ${'],
  ["'must not be empty'", "'has to hold something'"],
];

/** An esbuild plugin that rewords the widgets' sentences as they are read. */
const reword = {
  name: 'reword-sentences',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /validation-issue\.ts$/ }, () => {
      let source = readFileSync(SENTENCES, 'utf8');
      for (const [from, to] of REWORDING) {
        assert.ok(source.includes(from), `${SENTENCES} no longer has ${from}: update this test`);
        source = source.replaceAll(from, to);
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

const dir = mkdtempSync(join(tmpdir(), 'uzl-wording-'));

/** Bundles `entry` (with the rewording or without) and imports it. */
async function load(entry, plugins, name) {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    ...NODE_BUNDLE,
    logLevel: 'error',
    plugins,
  });
  return import(pathToFileURL(outfile).href);
}

/** Every feed the command is tested on: test/fixtures/cli, test/fixtures/feeds/<kind>, demo/data. */
function feeds() {
  const list = (folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => `${folder}/${file}`);
  const kinds = readdirSync(join(root, 'test/fixtures/feeds')).sort();
  return [
    ...list('test/fixtures/cli'),
    ...kinds.flatMap((kind) => list(`test/fixtures/feeds/${kind}`)),
    ...list('demo/data'),
  ];
}

test('rewording the widgets’ sentences leaves the command’s output on every fixture unchanged', async (t) => {
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const asIs = await load('src/cli/run.ts', [], 'as-is');
  const reworded = await load('src/cli/run.ts', [reword], 'reworded');

  // The rewording reached the sentences the widgets use (console warnings, `uzl-error`).
  const widgets = await load('src/core/feed-validation.ts', [reword], 'feed-validation');
  const schema = JSON.parse(readFileSync(join(root, 'schemas/news.schema.json'), 'utf8'));
  assert.throws(
    () => widgets.validateFeed({ version: 1 }, { schema }, 'uzl-news-list', false),
    /: items has to be there$/,
  );

  const files = feeds();
  assert.ok(files.length > 60, `${files.length} feeds`);
  const originalCwd = process.cwd();
  process.chdir(root);
  try {
    for (const file of files) {
      for (const args of [
        ['validate', file],
        ['validate', file, '--json'],
      ]) {
        const [before, after] = [await asIs.run(args), await reworded.run(args)];
        assert.deepEqual(after, before, `uzl-widgets ${args.join(' ')}`);
      }
    }
  } finally {
    process.chdir(originalCwd);
  }
});

test('the rewording would show: the reworded sentence is what the widgets write', async () => {
  // A guard for the guard: the same feed through the widgets' validation as it is says
  // "is required", so the rewording above is a real change.
  const widgets = await load('src/core/feed-validation.ts', [], 'feed-validation-as-is');
  const schema = JSON.parse(readFileSync(join(root, 'schemas/news.schema.json'), 'utf8'));
  assert.throws(
    () => widgets.validateFeed({ version: 1 }, { schema }, 'uzl-news-list', false),
    /: items is required$/,
  );
});
