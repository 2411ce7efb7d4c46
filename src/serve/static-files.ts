/**
 * `GET /<file>`: the package's built files (dist/). Every file may be read from any origin: a
 * module script in a sandboxed frame (WordPress's, whose origin is `null`) is a CORS request.
 * The content-hashed chunks under `cdn/` never change and are cached for a year; the rest, whose
 * names stay the same from release to release, for five minutes. No directory listings, no
 * path outside dist/: a path is taken apart into segments and refused whole when any segment,
 * once decoded, is empty, `.`, `..`, hidden (`.name`) or holds a slash, backslash or NUL.
 */
import { respond, SHORT_CACHE } from './responses.js';

/** Reads a built file by its path inside dist/ (`cdn/core-x.js`); undefined when there is none. */
export type ReadFile = (
  path: string,
) => Uint8Array<ArrayBuffer> | undefined | Promise<Uint8Array<ArrayBuffer> | undefined>;

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  ts: 'text/plain; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** The file's path inside dist/ for a request path relative to the base (`cdn/x.js`), or undefined. */
export function filePath(relative: string): string | undefined {
  const segments = relative.split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (name === '' || name.startsWith('.') || /[/\\\0]/.test(name)) return undefined;
    decoded.push(name);
  }
  return decoded.join('/');
}

export const contentType = (path: string): string =>
  TYPES[/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

export const cacheControl = (path: string): string =>
  path.startsWith('cdn/') ? 'public, max-age=31536000, immutable' : SHORT_CACHE;

export async function staticResponse(relative: string, readFile: ReadFile): Promise<Response> {
  const path = filePath(relative);
  const body = path === undefined ? undefined : await readFile(path);
  if (path === undefined || body === undefined)
    return respond('Not found\n', 404, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  return respond(body, 200, {
    'Content-Type': contentType(path),
    'Cache-Control': cacheControl(path),
  });
}
