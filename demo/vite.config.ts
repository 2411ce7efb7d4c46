/**
 * Vite dev server for the demo pages (`npm start` runs `vite --config demo/vite.config.ts`).
 *
 * The demo folder is the server root, so the page is served at `/`, the embed builder at
 * `/builder.html` and the feeds at `/data/*.json`; the production build makes both pages. `index.html` loads the library from `../src/uzl-widgets.ts`: seen from the
 * page's URL that is `/src/…`, which lies outside the root, so it is aliased back to the
 * repository's `src/` folder and `server.fs.allow` lets Vite serve files from there.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The production build joins the page's module scripts into one and drops their `blocking`
 * attribute: put it back, so the page's first paint waits for the widgets to upgrade and their
 * upgrade moves nothing (no layout shift; see README, "Layout shift").
 */
function renderBlockingScript(): Plugin {
  return {
    name: 'demo-render-blocking-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module"(?![^>]*blocking=)/,
          '<script type="module" blocking="render"',
        ),
    },
  };
}

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: demoDir,
  plugins: [renderBlockingScript()],
  clearScreen: false,
  build: {
    rolldownOptions: {
      input: {
        index: `${demoDir}index.html`,
        builder: `${demoDir}builder.html`,
      },
    },
  },
  resolve: {
    alias: [{ find: /^\/src\//, replacement: `${repoRoot}src/` }],
  },
  // Pre-bundle every Lit entry we use up front: if Vite discovered one later it would
  // re-optimize mid-load and the page could end up with two copies of Lit.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/*.js',
      '@lit/localize/internal/runtime-msg.js',
      '@lit/localize/internal/str-tag.js',
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    fs: { allow: [repoRoot] },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    open: false,
  },
});
