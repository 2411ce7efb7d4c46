// Lit's hydration support, as Astro's and Next.js's Lit integrations load it before any element:
// through a bare specifier, so the test server resolves it (and the lit-html it patches) exactly
// as it resolves the `lit` our modules import. Loaded by test/reliability/ssr-upgrade.test.ts.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
