// esbuild's options for an ES-module bundle that plain Node 20 runs: the command (dist/cli.js,
// scripts/build.mjs) and the tests that bundle parts of it. CommonJS packages bundled into it
// (Citation.js's) `require` Node's own modules, and an ES module has no `require` unless it
// makes one: the banner makes it.
export const NODE_REQUIRE_BANNER =
  "import { createRequire as __uzlRequire } from 'node:module';\nconst require = __uzlRequire(import.meta.url);";

/** @type {import('esbuild').BuildOptions} */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: NODE_REQUIRE_BANNER },
};
