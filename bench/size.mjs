// Sizes. The drop-in as served: its files as built, each compressed on its own (as an HTTP
// server does), summed per page. Everything else bundled the same way by this suite: esbuild (bundle, minify, ESM, es2022), then
// gzip -9 and brotli quality 11 (node:zlib). Our public entries are bundled from dist/ with
// Lit inside; the references from node_modules. The drop-in's breakdown comes from bundling
// src/uzl-widgets.ts with the build's own transforms (CSS literals squeezed, schema
// annotations stripped) and reading esbuild's metafile: bytes in the output per input file.
import { build } from 'esbuild';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildTransforms } from './build-transforms.mjs';
import { ROOT } from './build-page.mjs';
import { LOADER, WIDGET_TAGS, pageFiles } from '../scripts/drop-in-files.mjs';

/** The drop-in as a page downloads it: each file as built, compressed on its own, summed. */
function servedSize(files) {
  const sizes = files.map((file) => compressed(readFileSync(join(ROOT, file), 'utf8')));
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { files: files.length, min: sum('min'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** @param {string} code */
export function compressed(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: true,
  format: /** @type {const} */ ('esm'),
  target: 'es2022',
  write: false,
  legalComments: /** @type {const} */ ('none'),
  logLevel: /** @type {const} */ ('error'),
};

/** @param {{entry?: string, contents?: string, plugins?: import('esbuild').Plugin[], metafile?: boolean}} what */
async function bundle(what) {
  const result = await build({
    ...COMMON,
    ...(what.entry
      ? { entryPoints: [what.entry] }
      : { stdin: { contents: what.contents ?? '', resolveDir: ROOT, loader: 'js' } }),
    plugins: what.plugins ?? [],
    metafile: what.metafile ?? false,
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

export const REFERENCES = [
  { name: 'lit alone', contents: "export * from 'lit';" },
  { name: 'lit + @lit/localize', contents: "export * from 'lit'; export * from '@lit/localize';" },
  {
    name: 'FullCalendar (core + daygrid + list)',
    contents:
      "export * from '@fullcalendar/core'; export { default as dayGrid } from '@fullcalendar/daygrid'; export { default as list } from '@fullcalendar/list';",
  },
  { name: 'countup.js', contents: "export * from 'countup.js';" },
  { name: 'number-flow', contents: "export * from 'number-flow';" },
];

/** Our public entries in dist/: index.js, each uzl-<name>.js, the all-in-one file. */
export function publicEntries() {
  const dist = join(ROOT, 'dist');
  const elements = readdirSync(dist)
    .filter((f) => /^uzl-[a-z-]+\.js$/.test(f) && f !== 'uzl-widgets.js')
    .sort();
  return ['index.js', ...elements, 'uzl-widgets.all.js']
    .filter((f) => existsSync(join(dist, f)))
    .map((f) => `dist/${f}`);
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

export async function measureSizes() {
  const ours = [];
  for (const entry of publicEntries()) {
    const { code } = await bundle({ entry });
    ours.push({ name: entry.replace('dist/', ''), ...compressed(code) });
  }
  const references = [];
  for (const ref of REFERENCES) {
    const { code } = await bundle({ contents: ref.contents });
    references.push({ name: ref.name, ...compressed(code) });
  }
  const fromSrc = await bundle({
    entry: 'src/uzl-widgets.ts',
    plugins: [buildTransforms],
    metafile: true,
  });
  const total = compressed(fromSrc.code);
  const output = Object.values(fromSrc.metafile.outputs)[0];
  /** @type {Map<string, {bytes: number, files: {path: string, bytes: number}[]}>} */
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    const entry = groups.get(group) ?? { bytes: 0, files: [] };
    entry.bytes += bytesInOutput;
    entry.files.push({ path, bytes: bytesInOutput });
    groups.set(group, entry);
  }
  const breakdown = [...groups]
    .map(([group, { bytes, files }]) => ({
      group,
      bytes,
      // gzip is not additive; this share of the total gzip is an estimate.
      gzipShare: Math.round((bytes / total.min) * total.gzip),
      files: files.sort((a, b) => b.bytes - a.bytes),
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const served = {
    loader: servedSize([LOADER]),
    oneWidget: servedSize(pageFiles(['uzl-news-list'], ROOT)),
    allFive: servedSize(pageFiles(WIDGET_TAGS, ROOT)),
  };
  return { ours, references, served, dropInFromSrc: total, breakdown };
}
