// The widgets' registry (src/widgets.ts) for the Node scripts, tests and configs, which run on
// plain Node 20 and cannot import TypeScript: esbuild strips the types and Node imports the
// result as a data: module. That is sound because the registry has no value imports (its
// `import type` lines are erased, and the lazy `() => import(…)` of each feed spec is never
// called here: Node would not find the .ts file).
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const source = readFileSync(new URL('../src/widgets.ts', import.meta.url), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20' });
if (/^\s*(?:import|export)\b[^(]*\bfrom\b/m.test(code) || /^\s*import\s*['"]/m.test(code))
  throw new Error('src/widgets.ts: the registry may import types only (see scripts/registry.mjs)');

/** @type {typeof import('../src/widgets.ts')} */
const registry = await import(`data:text/javascript,${encodeURIComponent(code)}`);

export const { WIDGETS, WIDGET_TAGS, widgetNamed } = registry;
