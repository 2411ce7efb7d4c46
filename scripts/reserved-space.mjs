// dist/uzl-widgets.css, the room each widget takes before its tag is defined, put together from
// the registry (src/widgets.ts): the rules every widget shares (src/loader/reserved-space.css,
// nested rules, written here inside the selector of every widget's undefined tag), then each
// widget's own room (src/<id>/reserved-space.css) in the registry's order. esbuild minifies it
// and unnests the shared rules: CSS nesting is newer than the browser floor (Safari 16.4,
// Chrome 111, Firefox 115), and this file is read before any of our code runs.
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { WIDGETS } from './registry.mjs';

const SHARED = 'src/loader/reserved-space.css';

/** The stylesheet's source: shared rules first, then every widget's room. */
export function reservedSpaceSource() {
  const missing = WIDGETS.map(({ id }) => `src/${id}/reserved-space.css`).filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0)
    throw new Error(
      `reserved space: no ${missing.join(', ')} (each widget's room before it loads)`,
    );
  // `:where()`: no weight, so any rule of the page wins over the room.
  const everyWidget = `:where(${WIDGETS.map(({ tag }) => tag).join(', ')}):not(:defined)`;
  return [
    `${everyWidget} {\n${readFileSync(SHARED, 'utf8')}}\n`,
    ...WIDGETS.map(({ id }) => readFileSync(`src/${id}/reserved-space.css`, 'utf8')),
  ].join('\n');
}

/** Writes dist/uzl-widgets.css, with a banner naming the package and the file that explains it. */
export async function writeReservedSpace() {
  const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
  await build({
    stdin: { contents: reservedSpaceSource(), loader: 'css', sourcefile: SHARED },
    outfile: 'dist/uzl-widgets.css',
    minify: true,
    supported: { nesting: false },
    banner: {
      css: `/*! ${name}: the room each widget takes before it is defined (${SHARED}) */`,
    },
    logLevel: 'warning',
  });
}
