// The build's transforms (vite.config.ts) as an esbuild plugin, so what the suite bundles from
// src/ (the page, the size breakdown) is what we ship: literals minified, schema annotations out.
import { readFileSync } from 'node:fs';
import { minifyCssLiterals, minifyHtmlLiterals } from '../scripts/minify-literals.mjs';
import { stripAnnotations } from '../scripts/schema-annotations.mjs';

/** The same transforms as the Vite build (vite.config.ts), for the src/ bundle. */
export const buildTransforms = {
  name: 'uzl-build-transforms',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const code = readFileSync(args.path, 'utf8');
      return {
        loader: 'ts',
        contents: await minifyHtmlLiterals(minifyCssLiterals(code, args.path), args.path),
      };
    });
    b.onLoad({ filter: /\.schema\.json$/ }, (args) => ({
      loader: 'json',
      contents: JSON.stringify(stripAnnotations(JSON.parse(readFileSync(args.path, 'utf8')))),
    }));
  },
};
