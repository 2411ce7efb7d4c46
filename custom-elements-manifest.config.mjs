// `cem analyze` reads the JSDoc of every element (@slot, @csspart, @cssprop, @fires, and a
// line on each property) and writes custom-elements.json, which Storybook's docs pages and
// editors read. The build regenerates it; test/node/manifest.test.mjs fails when the
// committed copy is stale.
export default {
  // The elements and the base classes they inherit attributes, events and parts from; not
  // the core's helpers and style sheets, which are not public API.
  globs: ['src/index.ts', 'src/*/*.ts'],
  exclude: [
    'src/generated/**',
    'src/**/*.styles.ts',
    // React wrappers (uzl-widgets/react) are not custom elements.
    'src/react/**',
    'src/core/!(uzl-element|uzl-feed-element).ts',
  ],
  outdir: '.',
  litelement: true,
  // Our package.json already points at custom-elements.json; do not let cem rewrite it.
  packagejson: false,
};
