// Library build. Two passes (scripts/build.mjs runs both):
//   `vite build`               dist/uzl-*.js: one self-defining module per element, the
//                              side-effect-free classes (dist/index.js) and shared chunks;
//                              lit and @lit/localize stay external (peer/dependency).
//   `vite build --mode loader` dist/uzl-widgets.js: the drop-in, a loader that imports each
//                              widget's module (dist/cdn/, Lit included) when its tag appears.
//   `vite build --mode all`    dist/uzl-widgets.all.js: everything in one file, Lit included,
//                              for a site that wants a single request.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { WIDGETS } from './scripts/registry.mjs';
import { schemaAnnotationsPlugin } from './scripts/schema-annotations.mjs';

const src = resolve(import.meta.dirname, 'src');

/** A widget's define module, `src/<id>/uzl-<id>.ts` (src/widgets.ts). */
const defineModule = (id: string) => resolve(src, id, `uzl-${id}.ts`);

/**
 * Every widget of the registry becomes `dist/uzl-<id>.js`, its define module, exported as
 * `uzl-widgets/<id>.js`. The `uzl-` prefix is what package.json's `sideEffects` globs, so
 * bundlers never drop a define module.
 */
function elementEntries(): Record<string, string> {
  return Object.fromEntries(WIDGETS.map((w) => [w.tag, defineModule(w.id)]));
}

/**
 * The drop-in loader's table, tag → import of its define module, as the virtual module
 * `virtual:uzl-define-modules` (src/loader/define-modules.d.ts), made from the registry when
 * the loader is built: the loader carries the tags and the imports and nothing else of the
 * registry, and each import stays a chunk of its own named after the tag.
 */
function defineModulesPlugin(): Plugin {
  const id = 'virtual:uzl-define-modules';
  return {
    name: 'uzl-define-modules',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `export default {\n${WIDGETS.map(
            (w) =>
              `  ${JSON.stringify(w.tag)}: () => import(${JSON.stringify(defineModule(w.id))}),`,
          ).join('\n')}\n};\n`
        : undefined,
  };
}

/**
 * The browser floor, from package.json's `browserslist` ("safari >= 16.4" → "safari16.4"): the
 * JavaScript is lowered to what those engines run. (The CSS in `css` literals is aimed at the same
 * floor by lightningcss, scripts/minify-literals.mjs; the colours' fallbacks for engines without
 * `light-dark()` are written by hand, see src/core/tokens.styles.ts.)
 */
function floorTargets(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
    browserslist: string[];
  };
  const names: Record<string, string> = {
    ios_saf: 'ios',
    safari: 'safari',
    firefox: 'firefox',
    chrome: 'chrome',
    edge: 'edge',
  };
  return pkg.browserslist.map((query) => {
    const match = /^(\w+) >= ([\d.]+)$/.exec(query);
    if (!match || !names[match[1]!]) throw new Error(`browserslist: cannot read "${query}"`);
    return `${names[match[1]!]}${match[2]}`;
  });
}

/** The package's own notice (package.json, LICENSE) as a legal comment, which minifiers keep. */
function licenseBanner(): string {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license: string;
  };
  const license = readFileSync(resolve(import.meta.dirname, 'LICENSE'), 'utf8');
  const copyright = /^Copyright .+$/m.exec(license)?.[0];
  if (!copyright) throw new Error('LICENSE has no Copyright line');
  return `/*! ${pkg.name} ${pkg.version} | ${pkg.license} License | ${copyright} */`;
}

/**
 * For the drop-in's chunks: every module but the loader may go into `core`, the chunk of what
 * two or more widgets import. A module only one widget imports (the calendar's time-zone
 * arithmetic, a widget's schema and translations) stays in that widget's chunk, so a page
 * with one news list does not download the calendar's helpers.
 */
const isSharedCandidate = (id: string) => !/[\\/]src[\\/]loader[\\/]/.test(id);

export default defineConfig(({ mode }) => {
  // `lib`: the npm package's modules, Lit external. `loader`: the drop-in loader and the
  // chunks it imports (Lit inside). `all`: every widget in one file (Lit inside).
  const lib = mode !== 'loader' && mode !== 'all';
  /** The files a site copies and serves itself carry Lit's and @lit/localize's notices. */
  const withNotices = {
    minify: true,
    comments: { legal: true, annotation: false, jsdoc: false },
    banner: licenseBanner(),
  } as const;
  return {
    plugins: [defineModulesPlugin(), schemaAnnotationsPlugin(), minifyLiteralsPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: lib,
      target: floorTargets(),
      minify: true,
      sourcemap: true,
      lib: {
        entry:
          mode === 'loader'
            ? { 'uzl-widgets': resolve(src, 'loader', 'uzl-widgets-loader.ts') }
            : mode === 'all'
              ? { 'uzl-widgets.all': resolve(src, 'uzl-widgets.ts') }
              : {
                  index: resolve(src, 'index.ts'),
                  ...elementEntries(),
                  // uzl-widgets/react: the @lit/react components (react and @lit/react external).
                  react: resolve(src, 'react', 'react-components.ts'),
                },
        formats: ['es'],
      },
      rolldownOptions: {
        external: lib ? [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/] : [],
        // Full minification: Vite keeps whitespace in ES library builds by default. The drop-in
        // files are the ones with others' code in them (Lit, @lit/localize: BSD-3-Clause, whose
        // notices must travel with it) and the ones a site copies on its own: they keep their
        // @license comments and open with ours.
        output:
          mode === 'loader'
            ? // The widgets' modules and their shared chunks (Lit, the core) in dist/cdn/,
              // imported by the loader relative to its own URL.
              {
                ...withNotices,
                chunkFileNames: 'cdn/[name]-[hash].js',
                // Two kinds of chunk: `core` and one per widget. Small helpers shared by two
                // widgets go into `core` rather than files of a few hundred bytes each: one
                // request and one gzip window instead of five.
                codeSplitting: {
                  groups: [
                    // What two or more widgets share (Lit, @lit/localize, most of src/core).
                    { name: 'core', test: isSharedCandidate, minShareCount: 2 },
                  ],
                },
              }
            : mode === 'all'
              ? { ...withNotices, codeSplitting: false }
              : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
