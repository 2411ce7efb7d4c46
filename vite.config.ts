// Library build. Two passes (scripts/build.mjs runs both):
//   `vite build`               dist/uzl-*.js: one self-defining module per element, the
//                              side-effect-free classes (dist/index.js) and shared chunks;
//                              lit and @lit/localize stay external (peer/dependency).
//   `vite build --mode loader` dist/uzl-widgets.js: the drop-in, a loader that imports each
//                              widget's module (dist/cdn/, Lit included) when its tag appears;
//                              and dist/uzl-embed.js, the embed page's script (src/embed/),
//                              which imports the same chunks.
//   `vite build --mode all`    dist/uzl-widgets.all.js: everything in one file, Lit included,
//                              for a site that wants a single request.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { WIDGETS } from './scripts/registry.mjs';
import { schemaAnnotationsPlugin } from './scripts/schema-annotations.mjs';
import { stripMsgDescPlugin } from './scripts/strip-msg-desc.mjs';

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
 * The embed page's table (src/embed/embed-widgets.d.ts), `virtual:uzl-embed-widgets`: each
 * widget's id → its tag, the import of its define module (the same chunks the loader imports),
 * its name per language (the page's `<title>`) and its fallback link's address per language
 * (its text is the page's own, which says "UZ Leuven" in every language). A module of
 * its own, not the loader's, so the loader's bytes do not change.
 */
function embedWidgetsPlugin(): Plugin {
  const id = 'virtual:uzl-embed-widgets';
  /** Each distinct fallback address table once (most widgets share the site's home page). */
  const hrefs = [...new Set(WIDGETS.map((w) => JSON.stringify(w.fallback.href)))];
  return {
    name: 'uzl-embed-widgets',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `${hrefs.map((href, i) => `const h${i} = ${href};\n`).join('')}export default {\n${WIDGETS.map(
            (w) =>
              `  ${JSON.stringify(w.id)}: [() => import(${JSON.stringify(defineModule(w.id))}), ${JSON.stringify(w.name)}, h${hrefs.indexOf(JSON.stringify(w.fallback.href))}],`,
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
 * with one news list does not download the calendar's helpers. The last good copy's code
 * (`persist`, src/core/persisted-copy.ts and its messages), which the core imports only when an
 * element asks for it, stays a chunk of its own: a page without `persist` never downloads it.
 * So does the check of a page's replacement texts (src/core/wording-check.ts): only a page
 * that replaces texts loads it.
 */
const isSharedCandidate = (id: string) =>
  !/[\\/]src[\\/](loader|embed)[\\/]|virtual:uzl-embed|persisted-copy|messages[\\/]persist\.|wording-check/.test(
    id,
  );

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
    plugins: [
      defineModulesPlugin(),
      embedWidgetsPlugin(),
      schemaAnnotationsPlugin(),
      stripMsgDescPlugin(),
      minifyLiteralsPlugin(),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: lib,
      target: floorTargets(),
      minify: true,
      sourcemap: true,
      lib: {
        entry:
          mode === 'loader'
            ? {
                'uzl-widgets': resolve(src, 'loader', 'uzl-widgets-loader.ts'),
                // The embed page's script (src/embed/): its own entry and table, beside the
                // loader, so it imports the same widget chunks and `core`.
                'uzl-embed': resolve(src, 'embed', 'embed-page.ts'),
              }
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
                // The embed page's own files are our code alone, with no one else's notice to
                // carry, and weigh against a 2 kB budget (.size-limit.mjs): ours stays in
                // LICENSE and in every file that has Lit in it.
                banner: (chunk) => (/^(uzl-)?embed/.test(chunk.name) ? '' : withNotices.banner),
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
