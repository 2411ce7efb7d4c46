// Sizes, all measured by size-limit (`size-limit --json`), none by arithmetic of our own:
// - the drop-in as served, from the budgets (.size-limit.mjs): each file as built, compressed
//   on its own, summed per page, the same figures `npm run size` checks and the README shows;
// - every other bundle from bench/size-limit.mjs: our public entries and the peers with Lit
//   inside, minified, gzip and brotli.
// The drop-in's breakdown by module reads an esbuild metafile of src/uzl-widgets.ts bundled with
// the build's own transforms (bytes in the output per input file); its gzip total is size-limit's.
//
// `node bench/size.mjs` prints the table alone (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildTransforms } from './build-transforms.mjs';
import { ROOT } from './build-page.mjs';
import { BUNDLES, FROM_SRC, MEASURES, publicEntries } from './size-limit.mjs';
import { LOADER, WIDGET_TAGS, pageFiles } from '../scripts/drop-in-files.mjs';

/**
 * size-limit's JSON for a config (the budgets without one), in the config's order.
 * @param {string[]} args
 * @returns {{name: string, size: number}[]}
 */
function sizeLimit(args = []) {
  const bin = join(ROOT, 'node_modules', '.bin', 'size-limit');
  const run = { cwd: ROOT, encoding: /** @type {const} */ ('utf8'), maxBuffer: 1 << 24 };
  try {
    return JSON.parse(execFileSync(bin, ['--json', ...args], run));
  } catch (error) {
    // Over a budget it still prints every result, then exits with 1: the bench reports, not
    // enforces. Anything else (no dist/, a broken config) prints no JSON and stops here.
    const { stdout } = /** @type {{stdout?: string}} */ (error);
    if (!stdout?.trim().startsWith('[')) throw error;
    return JSON.parse(stdout);
  }
}

/** The same files in the same order: a budget's `path` and a page's list. */
const samePaths = (/** @type {string | string[]} */ a, /** @type {string[]} */ b) =>
  JSON.stringify([a].flat()) === JSON.stringify(b);

/** The drop-in's pages, from the budgets' own checks (found by their files, not their names). */
async function servedSizes() {
  const budgets = (await import(pathToFileURL(join(ROOT, '.size-limit.mjs')).href)).default;
  const results = sizeLimit();
  /** @param {string[]} files */
  const page = (files) => {
    const index = budgets.findIndex((/** @type {{path: string | string[]}} */ check) =>
      samePaths(check.path, files),
    );
    if (index === -1) throw new Error(`.size-limit.mjs has no check of ${files.join(', ')}`);
    return { files: files.length, gzip: /** @type {{size: number}} */ (results[index]).size };
  };
  return {
    loader: page([LOADER]),
    oneWidget: page(pageFiles(['uzl-news-list'], ROOT)),
    allFive: page(pageFiles(WIDGET_TAGS, ROOT)),
  };
}

/** Every bundle of bench/size-limit.mjs with its minified, gzip and brotli sizes. */
function bundleSizes() {
  const results = sizeLimit(['--config', 'bench/size-limit.mjs']);
  const size = (/** @type {string} */ name, /** @type {string} */ measure) => {
    const result = results.find((r) => r.name === `${name} [${measure}]`);
    if (!result) throw new Error(`size-limit reported no "${name} [${measure}]"`);
    return result.size;
  };
  return BUNDLES.map(({ name }) => ({
    name,
    ...Object.fromEntries(Object.keys(MEASURES).map((measure) => [measure, size(name, measure)])),
  }));
}

/** Group of one input file of the drop-in. */
function groupOf(path) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'lit';
  if (path.includes('node_modules/@lit/localize/')) return '@lit/localize (runtime msg, str)';
  if (path.endsWith('.schema.json')) return 'schemas';
  if (path.startsWith('src/generated/')) return 'generated translations';
  if (path.startsWith('src/core/')) return 'core';
  const element = /^src\/([^/]+)\//.exec(path);
  if (element) return `<uzl-${element[1]}>`;
  if (path.startsWith('src/')) return 'entry modules';
  return 'other';
}

/** Bytes in the output per input file of src/uzl-widgets.ts, bundled as size-limit does it. */
async function breakdown(total) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/uzl-widgets.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [buildTransforms],
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  /** @type {Map<string, {bytes: number, files: {path: string, bytes: number}[]}>} */
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    const entry = groups.get(group) ?? { bytes: 0, files: [] };
    entry.bytes += bytesInOutput;
    entry.files.push({ path, bytes: bytesInOutput });
    groups.set(group, entry);
  }
  return [...groups]
    .map(([group, { bytes, files }]) => ({
      group,
      bytes,
      // gzip is not additive; this share of the total gzip is an estimate.
      gzipShare: Math.round((bytes / output.bytes) * total.gzip),
      files: files.sort((a, b) => b.bytes - a.bytes),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

export async function measureSizes() {
  const served = await servedSizes();
  const bundles = bundleSizes();
  const ours = publicEntries().map((file) => bundles.find((b) => b.name === file));
  const dropInFromSrc = bundles.find((b) => b.name === FROM_SRC);
  const references = bundles.filter((b) => !ours.includes(b) && b !== dropInFromSrc);
  return { ours, references, served, dropInFromSrc, breakdown: await breakdown(dropInFromSrc) };
}

/** The table's rows (BENCHMARKS.md's "Sizes"): bundle, minified, gzip, brotli, in kB. */
export function sizeTableRows(sizes) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  return [...sizes.ours.map((s) => ({ ...s, name: `${s.name} (+ lit)` })), ...sizes.references].map(
    (s) => [s.name, kB(s.min), kB(s.gzip), kB(s.brotli)],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await measureSizes();
  const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
  console.log('| bundle | minified | gzip | brotli |\n| --- | --- | --- | --- |');
  for (const row of sizeTableRows(sizes)) console.log(`| ${row.join(' | ')} |`);
  const { loader, oneWidget, allFive } = sizes.served;
  console.log(
    `\nThe drop-in as served (gzip each file, summed): loader ${kB(loader.gzip)}, one <uzl-news-list> ` +
      `${kB(oneWidget.gzip)} (${oneWidget.files} files), all five ${kB(allFive.gzip)} (${allFive.files} files).` +
      `\nsrc/uzl-widgets.ts with the build's transforms: ${kB(sizes.dropInFromSrc.min)} minified, ${kB(sizes.dropInFromSrc.gzip)} gzip.`,
  );
}
