// The files a page downloads from the drop-in loader (dist/uzl-widgets.js): the loader, the
// `core` chunk (the loader asks for it beside the first widget) and, for each tag on the page,
// that widget's chunk and every chunk it imports statically. Chunk names carry content hashes,
// so they are read from dist/cdn/ as built. Used by the size budgets (.size-limit.mjs) and the
// benchmark's size table (bench/size.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { WIDGET_TAGS } from './registry.mjs';

export const LOADER = 'dist/uzl-widgets.js';
/** Every widget's tag (src/widgets.ts), each with its chunk `dist/cdn/<tag>-<hash>.js`. */
export { WIDGET_TAGS };

/** `dist/cdn/<prefix>-<hash>.js`, as built. */
export function chunk(prefix, root = '.') {
  const dir = posix.join(root, 'dist/cdn');
  const name = existsSync(dir)
    ? readdirSync(dir).find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'))
    : undefined;
  if (!name) throw new Error(`no dist/cdn/${prefix}-*.js: run \`npm run build\` first`);
  return posix.join('dist/cdn', name);
}

/** `file` and the chunks it imports statically, transitively (paths relative to `root`). */
function withImports(file, root, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(posix.join(root, file), 'utf8');
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g))
    withImports(posix.join(posix.dirname(file), path), root, seen);
  return seen;
}

/** The drop-in files a page with these tags downloads, relative to `root` (the repository). */
export function pageFiles(tags, root = '.') {
  return [
    ...new Set([
      LOADER,
      chunk('core', root),
      ...tags.flatMap((tag) => [...withImports(chunk(tag, root), root)]),
    ]),
  ];
}
