/**
 * `uzl-widgets/serve`: the embed service's handler for any platform that runs web-standard
 * `Request` → `Response` functions (Deno, Bun, Cloudflare Workers, a Node framework's fetch
 * adapter). `uzl-widgets serve` runs the same handler on Node.
 */
export { createHandler, type HandlerOptions } from './handler.js';
export { manifestAttributes, type ManifestAttributes } from './manifest.js';
