// Size budgets (npm run size, part of npm test), gzip.
// The drop-in files are measured as served: each file on its own, its imports of other chunks
// left alone (they are counted as files of their own), sizes summed; which files a page
// downloads comes from scripts/drop-in-files.mjs. The npm modules are measured as a bundler
// takes them: bundled, Lit left to the app.
import { join } from 'node:path';
import { LOADER, WIDGET_TAGS, pageFiles } from './scripts/drop-in-files.mjs';

/** esbuild, as size-limit runs it, without following a chunk's imports of other chunks. */
const asServed = (config) => ({ ...config, external: [...(config.external ?? []), './*'] });

/** One element's module of the npm package, without Lit (a bundler shares the app's). */
const element = (file, what) => ({
  name: `dist/${file} (${what}, without lit)`,
  path: join('dist', file),
  ignore: ['lit', '@lit/localize'],
  gzip: true,
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
    name: 'a page with one <uzl-news-list> on the drop-in: loader, core and news chunks',
    path: pageFiles(['uzl-news-list']),
    limit: '23 kB',
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
    name: 'dist/uzl-widgets.all.js (every widget, Lit, nl/en/fr in one file)',
    path: 'dist/uzl-widgets.all.js',
    limit: '40 kB',
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
