// The benchmark's bundle sizes, as size-limit checks (bench/size.mjs runs
// `size-limit --json --config bench/size-limit.mjs`; the drop-in's pages come from the budgets,
// .size-limit.mjs). Unlike the budgets, every bundle here has Lit inside, as a page without
// a bundler of its own gets it: our public entries from dist/, the peers from node_modules
// (bench/size-references/) and the drop-in bundled from src/ with the build's transforms. esbuild
// as this suite has always measured (bundle, minify, ESM, es2022, no legal comments); each
// bundle three times, minified, gzip -9 and brotli 11, named `<bundle> [<measure>]`.
import { existsSync, readdirSync } from 'node:fs';
import { buildTransforms } from './build-transforms.mjs';

/** size-limit's options for each measure of the table. */
export const MEASURES = {
  min: { gzip: false, brotli: false },
  gzip: { gzip: true },
  brotli: { gzip: false, brotli: true },
};

/** The peers the table compares with: name, entry in bench/size-references/. */
const REFERENCES = [
  ['lit alone', 'lit.js'],
  ['lit + @lit/localize', 'lit-localize.js'],
  ['FullCalendar (core + daygrid + list)', 'fullcalendar.js'],
  ['countup.js', 'countup.js'],
  ['number-flow', 'number-flow.js'],
];

/** The drop-in bundled from src/ (the by-module breakdown's total). */
export const FROM_SRC = 'src/uzl-widgets.ts (the build’s transforms)';

/** Our public entries in dist/: index.js, each uzl-<name>.js, the all-in-one file. */
export function publicEntries() {
  const dist = new URL('../dist/', import.meta.url);
  const elements = readdirSync(dist)
    .filter((f) => /^uzl-[a-z-]+\.js$/.test(f) && f !== 'uzl-widgets.js')
    .sort();
  return ['index.js', ...elements, 'uzl-widgets.all.js'].filter((f) =>
    existsSync(new URL(f, dist)),
  );
}

/**
 * size-limit leaves a package's peers (lit, react) out of every bundle; these bundle Lit in,
 * the rest as this suite always has.
 * @param {import('esbuild').BuildOptions} config
 * @param {import('esbuild').Plugin[]} [plugins]
 */
const asBench = (config, plugins = []) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== 'lit'),
  format: /** @type {const} */ ('esm'),
  target: 'es2022',
  legalComments: /** @type {const} */ ('none'),
  plugins: [...(config.plugins ?? []), ...plugins],
});

/** The bundles, each with its own name, path (relative to bench/) and esbuild options. */
export const BUNDLES = [
  ...publicEntries().map((file) => ({ name: file, path: `../dist/${file}`, modify: asBench })),
  ...REFERENCES.map(([name, file]) => ({
    name,
    path: `size-references/${file}`,
    modify: asBench,
  })),
  {
    name: FROM_SRC,
    path: '../src/uzl-widgets.ts',
    modify: (/** @type {import('esbuild').BuildOptions} */ config) =>
      asBench(config, [buildTransforms]),
  },
];

export default BUNDLES.flatMap(({ name, path, modify }) =>
  Object.entries(MEASURES).map(([measure, options]) => ({
    name: `${name} [${measure}]`,
    path,
    ...options,
    modifyEsbuildConfig: modify,
  })),
);
