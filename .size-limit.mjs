// Size budgets (npm run size, part of npm test), gzip.
// The drop-in files are measured as served: each file on its own, its imports of other chunks
// left alone (they are counted as files of their own), sizes summed; which files a page
// downloads comes from scripts/drop-in-files.mjs. The npm modules are measured as a bundler
// takes them: bundled, Lit left to the app.
import { join } from 'node:path';
import { LOADER, WIDGET_TAGS, chunk, pageFiles } from './scripts/drop-in-files.mjs';

/**
 * esbuild, as size-limit runs it, without following a chunk's imports of other chunks, and
 * kept an ES module, as the files are served: in size-limit's default format (an IIFE) a file
 * that imports another with `import()` gains a `require` shim and module helpers no browser
 * downloads (about 0.3 kB gzip: the loader had them all along, the core chunk since #26).
 */
const asServed = (config) => ({
  ...config,
  format: 'esm',
  external: [...(config.external ?? []), './*'],
});

/**
 * One element's module of the npm package, without Lit (a bundler shares the app's), and
 * without the last good copy's chunk (`persist`), which it imports only on demand: what an
 * app's bundle loads at once. An ES module, for the reason `asServed` gives.
 */
const element = (file, what) => ({
  name: `dist/${file} (${what}, without lit)`,
  path: join('dist', file),
  ignore: ['lit', '@lit/localize', './persisted-copy-*'],
  gzip: true,
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
});

export default [
  {
    name: 'dist/uzl-widgets.js (the drop-in loader alone)',
    path: LOADER,
    limit: '3 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // Target 18 kB (#15), not met: the core chunk (Lit, @lit/localize, src/core) is most of it,
    // and #16's accessibility work (lang marks, "Read more", spoken counts) added 1.4 kB.
    // #29's head start (the loader starts each tag's feed, the core takes it up) adds 0.32 kB
    // to the loader and 0.11 kB to the core; #29 lets a budget grow by 0.3 kB: 23.3 kB.
    name: 'a page with one <uzl-news-list> on the drop-in: loader, core and news chunks',
    path: pageFiles(['uzl-news-list']),
    limit: '23.3 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // Target 32 kB (#15), not met: six files compress apart, about 7 kB more than one file,
    // and all of it is above the one file's own size (below).
    name: 'a page with all five widgets on the drop-in: loader, core and five widget chunks',
    path: pageFiles(WIDGET_TAGS),
    limit: '48 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // #26: what every drop-in page loads beside its widgets' chunks. It was 17.63 kB before the
    // last good copy (`persist`), and #27's `rel="noopener noreferrer"` on every link and
    // `referrerpolicy` on every image added 0.07 kB (17.96 kB after both, less the 0.27 kB persist added: 17.70 kB);
    // a page that does not use persist pays at most 0.3 kB for it (the attribute's check and the
    // hooks that call the copy's chunk), so this held 18.0 kB. #28's wording a page can change
    // (core/wording.ts: the data-uzl-messages block and the look-up; its check is a chunk of
    // its own) adds 0.25 kB.
    name: 'dist/cdn/core-*.js alone (the shared chunk; persist adds at most 0.3 kB to it)',
    path: chunk('core'),
    // #29: taking up the loader's head start (0.11 kB) and the news list's placeholder room
    // written before its measure (0.02 kB): 18.33 kB; #29 lets it grow by 0.3 kB at most.
    limit: '18.55 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // #26: downloaded only by a page with `persist` (or `data-uzl-persist`), on its first load.
    name: 'dist/cdn/persisted-copy-*.js (the last good copy: storage, note, its nl/fr messages)',
    path: chunk('persisted-copy'),
    limit: '2 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // #26: one file holds everything, the last good copy's code too (about 2.1 kB): a file
    // that must work alone cannot leave it for later.
    name: 'dist/uzl-widgets.all.js (every widget, Lit, nl/en/fr in one file)',
    path: 'dist/uzl-widgets.all.js',
    // #29's taking up of a head start is in it too (0.12 kB), unused without the loader.
    limit: '42.3 kB',
    gzip: true,
    modifyEsbuildConfig: asServed,
  },
  {
    // #24: what an embed page loads beyond the widget's own chunk and `core`, which the
    // drop-in's budgets above already count: the page itself and its script, as served.
    name: 'the embed page: dist/embed.html and dist/uzl-embed.js',
    path: ['dist/embed.html', 'dist/uzl-embed.js'],
    limit: '2 kB',
    gzip: true,
    // Both files as served: esbuild copies them, rather than reading the page as a module and
    // minifying the script again (which would write its accented letters as \u escapes).
    modifyEsbuildConfig: (config) => ({ ...config, loader: { '.html': 'copy', '.js': 'copy' } }),
  },
  element('index.js', 'classes and core'),
  ...WIDGET_TAGS.map((tag) => element(`${tag}.js`, 'one element with the core')),
];
