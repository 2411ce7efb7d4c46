// Serves the host pages in test/pages/ with the response headers a strict site would send,
// for the tests that load the drop-in bundle into such a page (in an iframe):
//   /test/pages/strict-csp.html      Content-Security-Policy: default-src 'self' (no inline, no eval)
//   /test/pages/trusted-types.html   … plus require-trusted-types-for 'script'
// The pages load dist/, so it must be built and current: a stale bundle gets a 503 that says so.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STRICT = "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";
const HEADERS = {
  'strict-csp.html': STRICT,
  'trusted-types.html': `${STRICT}; require-trusted-types-for 'script'`,
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function strictPages() {
  return async function strictPagesMiddleware(ctx, next) {
    if (ctx.path.startsWith('/dist/')) {
      let built = 0;
      try {
        built = statSync('dist/uzl-widgets.js').mtimeMs;
      } catch {
        // not built at all
      }
      if (built < newestMtime('src')) {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'dist/ is missing or older than src/: run `npm run build` first.';
        return;
      }
    }
    await next();
    const page = /^\/test\/pages\/([\w.-]+)$/.exec(ctx.path)?.[1];
    const policy = page && HEADERS[page];
    if (policy) ctx.set('Content-Security-Policy', policy);
  };
}
