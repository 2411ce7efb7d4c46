// `cem analyze` reads the JSDoc of every element (@slot, @csspart, @cssprop, @fires, and a
// line on each property) and writes custom-elements.json, which Storybook's docs pages,
// editors and the framework types (scripts/integrations.mjs) read, and which ships in the
// package. The build regenerates it; test/node/manifest.test.mjs fails when the committed
// copy is stale, and test/node/package.test.mjs checks the packed copy against the tarball.
import { existsSync } from 'node:fs';
import { expandTypesPlugin } from 'cem-plugin-expanded-types';
import { packageManifestPlugin } from './scripts/cem-package-plugin.mjs';

/** The side-effect-free entry (dist/index.js) holds the base classes every element extends. */
const INDEX_MODULES = ['src/index.ts', 'src/core/uzl-element.ts', 'src/core/uzl-feed-element.ts'];

/**
 * The built module that holds a source module's declarations: an element's class
 * (`src/news-list/news-list.ts`) and its define module (`src/news-list/uzl-news-list.ts`) are
 * both in `dist/uzl-news-list.js` (typed by `dist/uzl-news-list.d.ts`), the base classes in
 * `dist/index.js`. The helpers of an element or of the core are bundled into those files but
 * are not API: undefined leaves them out of the manifest.
 */
function distModule(path) {
  const element = /^src\/([a-z-]+)\/(?:uzl-)?\1\.ts$/.exec(path)?.[1];
  if (element && existsSync(`src/${element}/uzl-${element}.ts`)) return `dist/uzl-${element}.js`;
  if (INDEX_MODULES.includes(path)) return 'dist/index.js';
  return undefined;
}

export default {
  // Every module, for the types and constants the elements' members use (`Lang` is declared
  // in src/core/language.ts); `distModule` keeps the elements and their base classes.
  globs: ['src/index.ts', 'src/*/*.ts'],
  exclude: [
    'src/generated/**',
    'src/**/*.styles.ts',
    // React wrappers (uzl-widgets/react) are not custom elements.
    'src/react/**',
    // The feed validator command (dist/cli.js) runs in Node and declares no element.
    'src/cli/**',
  ],
  outdir: '.',
  litelement: true,
  // Our package.json already points at custom-elements.json; do not let cem rewrite it.
  packagejson: false,
  plugins: [expandTypesPlugin({ hideLogs: true }), packageManifestPlugin({ distModule })],
};
