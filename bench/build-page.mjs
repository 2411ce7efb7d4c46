// Bundles bench/page/bench.ts (our elements from src/ with the build's transforms, FullCalendar,
// countup.js and the floors) into one ES module in memory, with esbuild. esbuild reads tsconfig.json
// (experimentalDecorators, useDefineForClassFields: false) and JSON import attributes.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { buildTransforms } from './build-transforms.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<string>} the bundle's code */
export async function buildPage() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/page/bench.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [buildTransforms],
  });
  return result.outputFiles[0].text;
}
