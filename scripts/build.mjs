// npm run build: the package's dist/ and the element manifest, in order.
//   1. dist/uzl-*.js    per-element self-defining modules + side-effect-free classes (lit external)
//   2. dist/uzl-widgets.js  the drop-in: a loader that imports each widget's chunk (dist/cdn/,
//                           Lit inside) when its tag appears in the page
//      dist/uzl-widgets.all.js  every element, Lit and the three languages in one file
//      dist/uzl-widgets.css     the room each widget takes before it is defined (no layout shift)
//      dist/embed.html, dist/uzl-embed.js   the embed page, one widget made to be framed
//      dist/uzl-embed-resize.js  the optional script that sizes embed frames on a host page
//      dist/uzl-widgets-classic.js  a classic script that imports the loader, for consent
//                           managers that re-insert a held script as a classic one
//      dist/integrity.json, dist/sbom.cdx.json  the hash of every file a page may load, and
//                           the bill of materials of what the drop-in files hold (last)
//   3. dist/types/      TypeScript declarations, and dist/uzl-<name>.d.ts for each element entry
//   4. custom-elements.json
//   5. from it: dist/jsx.d.ts, dist/vue.d.ts, VS Code and JetBrains data (scripts/integrations.mjs)
//   6. dist/cli.js      the `uzl-widgets validate` and `serve` commands (package.json `bin`)
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as bundle, transform } from 'esbuild';
import { generateIntegrations } from './integrations.mjs';
import { NODE_BUNDLE, NODE_REQUIRE_BANNER } from './node-bundle.mjs';
import { writeReactComponents } from './react-components.mjs';
import { writeReservedSpace } from './reserved-space.mjs';
import { writeIntegrity } from './security/integrity.mjs';
import { writeSbom } from './security/sbom.mjs';
import { WIDGETS } from './registry.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => join('node_modules', '.bin', name);

// The React wrappers are written from the registry (src/widgets.ts) before they are built.
await writeReactComponents();
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'loader', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'all', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// The room each widget takes before its tag is defined, as a stylesheet a page links in its
// <head> (render-blocking, so the room is there from the first paint in every engine; the
// loader does not add it: it runs too late), put together from the registry.
await writeReservedSpace();

// The embed page (src/embed/embed.html; its script, dist/uzl-embed.js, comes from the loader
// pass), minified: its comment dropped, its style minified, no whitespace between tags. The
// link for visitors without JavaScript goes to the site the widgets' fallback links share
// (which widget it is, only the script can read from the query).
const homes = new Set(
  WIDGETS.flatMap((w) => Object.values(w.fallback.href).map((href) => new URL(href).origin)),
);
if (homes.size !== 1)
  throw new Error(`build: the fallback links point to ${homes.size} sites, embed.html links one`);
let embedHtml = readFileSync('src/embed/embed.html', 'utf8')
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace('{{home}}', `${[...homes][0]}/`);
const style = /<style>([\s\S]*?)<\/style>/.exec(embedHtml)[1];
const { code: css } = await transform(style, { loader: 'css', minify: true });
embedHtml = embedHtml.replace(style, css.trim()).replace(/>\s+</g, '><').trim();
writeFileSync('dist/embed.html', `${embedHtml}\n`);
await bundle({
  entryPoints: ['src/embed/uzl-embed-resize.ts'],
  outfile: 'dist/uzl-embed-resize.js',
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
});

// For consent managers that turn a held `<script type="text/plain">` on by inserting a classic
// script (README, "Waiting for consent"): it imports the module loader beside itself. By its own
// URL (`document.currentScript`), not the page's: the page may be anywhere. Written as it ships.
writeFileSync(
  'dist/uzl-widgets-classic.js',
  `/*! uzl-widgets: imports ./uzl-widgets.js (a module) from a classic script */
(function(s){import(new URL("uzl-widgets.js",s&&s.src||location.href).href).catch(function(e){console.error("uzl-widgets: the loader could not be loaded.",e)})})(document.currentScript);
`,
);

// Each entry's declarations, next to it, so `import 'uzl-widgets/news-list.js'` is typed.
writeFileSync('dist/index.d.ts', "export * from './types/index.js';\n");
// The loader exports nothing (it defines what the page uses); the all-in-one file exports the classes.
writeFileSync(
  'dist/uzl-widgets.d.ts',
  '// The drop-in loader: it exports nothing and defines each widget when its tag appears.\nexport {};\n',
);
// So are the embed page's script and the host page's resizing script (package.json's
// `./*.js` export reaches them as `uzl-widgets/embed.js` and `uzl-widgets/embed-resize.js`).
for (const file of ['uzl-embed', 'uzl-embed-resize', 'uzl-widgets-classic'])
  writeFileSync(
    `dist/${file}.d.ts`,
    '// A script for a page to load (README, "Embed page"): it exports nothing.\nexport {};\n',
  );
writeFileSync('dist/uzl-widgets.all.d.ts', "export * from './types/uzl-widgets.js';\n");
writeFileSync('dist/react.d.ts', "export * from './types/react/react-components.js';\n");
for (const { id, tag } of WIDGETS)
  writeFileSync(join('dist', `${tag}.d.ts`), `export * from './types/${id}/${tag}.js';\n`);

// The drop-in files must define every element: a define module dropped by tree-shaking (say,
// a `sideEffects` glob that misses it) would otherwise ship without a sound. The loader names
// each tag of the registry; the all-in-one file defines each.
for (const file of ['dist/uzl-widgets.js', 'dist/uzl-widgets.all.js']) {
  const code = readFileSync(file, 'utf8');
  const missing = WIDGETS.filter(
    // The minifier may quote the tag with ", ' or a backtick.
    ({ tag }) => !new RegExp(`["'\`]${tag}["'\`]`).test(code),
  );
  if (missing.length > 0) {
    console.error(`build: ${file} does not define ${missing.map((w) => `<${w.tag}>`).join(', ')}`);
    process.exit(1);
  }
}

// The manifest names the built files (custom-elements-manifest.config.mjs), in path order.
run(bin('cem'), ['analyze', '--quiet']);
generateIntegrations(JSON.parse(readFileSync('custom-elements.json', 'utf8')));

// The command, one file that plain Node 20 runs from the installed package: the widgets'
// validator, their schemas (descriptions kept: the command quotes them) and the calendar's
// date reading, bundled from src/, and the embed service (src/serve/) with srvx's Node adapter
// (a devDependency for that reason: the package installs nothing for it). Not minified, so a
// stack trace from it can be read.
// `uzl-widgets/serve`: the embed service's handler on its own, for platforms other than Node
// (README, "The embed service"); the same code the command runs.
await bundle({
  entryPoints: ['src/serve/index.ts'],
  outfile: 'dist/serve.js',
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync('dist/serve.d.ts', "export * from './types/serve/index.js';\n");
await bundle({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  ...NODE_BUNDLE,
  banner: { js: `#!/usr/bin/env node\n${NODE_REQUIRE_BANNER}` },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);

// Last, over the files as they ship: their hashes and the bill of materials (README, "Security").
writeIntegrity();
writeSbom();
console.log('build: dist/, custom-elements.json and the editor and framework data written');
