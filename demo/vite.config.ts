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
 * `uzl-widgets.css` as the page links it: the room each widget keeps until it is defined, the
 * stylesheet the README tells partners to link (dist/uzl-widgets.css), made here from the same
 * source (scripts/reserved-space.mjs) so `npm start` needs no build first. With it the page
 * paints its own content at once and the widgets' upgrade moves nothing, without holding the
 * first paint for the widgets' script.
 */
function reservedSpaceStylesheet(): Plugin {
  const id = '\0uzl-widgets.css';
  const stylesheet = async () => {
    const { reservedSpaceSource } = await import('../scripts/reserved-space.mjs');
    // Nested rules unnested, as in dist/: the browser floor predates CSS nesting.
    const { transform } = await import('esbuild');
    return (
      await transform(reservedSpaceSource(), { loader: 'css', supported: { nesting: false } })
    ).code;
  };
  return {
    name: 'demo-reserved-space',
    // The build bundles it with the page's other styles.
    resolveId: (source) => (source.endsWith('/uzl-widgets.css') ? id : undefined),
    load: async (resolved) => (resolved === id ? stylesheet() : undefined),
    // The dev server answers the link itself (else its HTML fallback would).
    configureServer: (server) => {
      server.middlewares.use('/uzl-widgets.css', (_req, res) => {
        void stylesheet().then((css) => {
          res.setHeader('Content-Type', 'text/css');
          res.end(css);
        });
      });
    },
  };
}

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: demoDir,
  plugins: [reservedSpaceStylesheet()],
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
