// Library build. Two passes (scripts/build.mjs runs both):
//   `vite build`               dist/uzl-*.js: one self-defining module per element, the
//                              side-effect-free classes (dist/index.js) and shared chunks;
//                              lit and @lit/localize stay external (peer/dependency).
//   `vite build --mode bundle` dist/uzl-widgets.js: everything in one file, Lit included,
//                              for a single <script type="module">.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { schemaAnnotationsPlugin } from './scripts/schema-annotations.mjs';

const src = resolve(import.meta.dirname, 'src');

/**
 * Every element folder with a define module `src/<name>/uzl-<name>.ts` becomes
 * `dist/uzl-<name>.js`, exported as `uzl-widgets/<name>.js`. The `uzl-` prefix is what
 * package.json's `sideEffects` globs, so bundlers never drop a define module.
 */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src)) {
    const defineModule = resolve(src, name, `uzl-${name}.ts`);
    if (existsSync(defineModule)) entries[`uzl-${name}`] = defineModule;
  }
  return entries;
}

/**
 * The browser floor, from package.json's `browserslist` ("safari >= 16.4" → "safari16.4"): the
 * JavaScript is lowered to what those engines run. (CSS lives in `css` literals, which no tool
 * lowers: its fallbacks are written by hand, see src/core/tokens.styles.ts.)
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

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    plugins: [schemaAnnotationsPlugin(), minifyLiteralsPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      target: floorTargets(),
      minify: true,
      sourcemap: true,
      lib: {
        entry: bundle
          ? { 'uzl-widgets': resolve(src, 'uzl-widgets.ts') }
          : {
              index: resolve(src, 'index.ts'),
              ...elementEntries(),
              // uzl-widgets/react: the @lit/react components (react and @lit/react external).
              react: resolve(src, 'react', 'react-components.ts'),
            },
        formats: ['es'],
      },
      rolldownOptions: {
        external: bundle ? [] : [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
        // Full minification: Vite keeps whitespace in ES library builds by default. The drop-in
        // is the one file with others' code in it (Lit, @lit/localize: BSD-3-Clause, whose
        // notices must travel with it) and the one a site copies on its own: it keeps their
        // @license comments and opens with ours.
        output: bundle
          ? {
              codeSplitting: false,
              minify: true,
              comments: { legal: true, annotation: false, jsdoc: false },
              banner: licenseBanner(),
            }
          : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
