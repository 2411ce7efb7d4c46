// The feed's response headers, as the reference configs promise them, checked on a real
// response: the browser's (read through its driver, since a page cannot read ETag or
// Content-Encoding across origins) and plain HTTP requests of our own, which also ask for each
// encoding and revalidate.
import { request } from 'node:http';

/** @typedef {Record<string, string | string[] | undefined>} Headers */

/**
 * One GET, its body left compressed. @param {string} url @param {Record<string, string>} headers
 * @returns {Promise<{ status: number, headers: Headers }>}
 */
export const get = (url, headers) =>
  new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      response.resume();
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      );
    });
    req.once('error', reject);
    req.end();
  });

/** @param {Headers} headers @param {string} name */
const one = (headers, name) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/**
 * What is wrong with a feed's 200 response's headers ([] when nothing): CORS open to any page,
 * both validators, Cache-Control with max-age and stale-while-revalidate, the JSON type in
 * UTF-8, nosniff, and the encoding asked for (`encodings`: those that are right) with
 * Vary: Accept-Encoding.
 * @param {Headers} headers @param {string[]} encodings
 */
export function headerProblems(headers, encodings) {
  /** @type {[string, (value: string) => boolean][]} */
  const expected = [
    ['access-control-allow-origin', (v) => v === '*'],
    ['etag', (v) => /^(W\/)?"[^"]+"$/.test(v)],
    ['last-modified', (v) => !Number.isNaN(Date.parse(v))],
    ['cache-control', (v) => /max-age=\d+/.test(v) && /stale-while-revalidate=\d+/.test(v)],
    ['content-type', (v) => /^application\/json;\s*charset=utf-8$/i.test(v)],
    ['x-content-type-options', (v) => v === 'nosniff'],
    ['content-encoding', (v) => encodings.includes(v)],
    ['vary', (v) => /accept-encoding/i.test(v)],
  ];
  return expected.flatMap(([name, right]) => {
    const value = one(headers, name);
    return value !== undefined && right(value) ? [] : [`${name}: ${value ?? '(none)'}`];
  });
}

/** The headers a summary line shows. @param {Headers} headers */
export const shown = (headers) =>
  ['content-encoding', 'etag', 'cache-control']
    .map((name) => `${name}: ${one(headers, name) ?? '(none)'}`)
    .join('; ');

/**
 * Plain requests for one feed: gzip asked and given, brotli when the server has it, the ETag
 * sent back answered 304 (with its CORS and Cache-Control), a missing feed's 404 still readable
 * across origins. Throws with what was wrong; returns what it saw.
 * @param {{ url: string, origin: string, brotli: boolean, missing?: string }} options
 */
export async function checkPlainRequests({ url, origin, brotli, missing }) {
  const gzip = await get(url, { 'accept-encoding': 'gzip', origin });
  const problems =
    gzip.status === 200 ? headerProblems(gzip.headers, ['gzip']) : [`status ${gzip.status}`];
  if (problems.length > 0) throw new Error(`gzip request: ${problems.join('; ')}`);
  const seen = [`gzip 200 (${shown(gzip.headers)})`];
  if (brotli) {
    const br = await get(url, { 'accept-encoding': 'br, gzip', origin });
    const wrong = headerProblems(br.headers, ['br']);
    if (br.status !== 200 || wrong.length > 0)
      throw new Error(`br request: ${br.status} ${wrong.join('; ')}`);
    seen.push(`br 200 (${one(br.headers, 'etag')})`);
  }
  const etag = String(one(gzip.headers, 'etag'));
  const again = await get(url, { 'accept-encoding': 'gzip', origin, 'if-none-match': etag });
  if (again.status !== 304) throw new Error(`If-None-Match ${etag}: ${again.status}, not 304`);
  seen.push(
    `If-None-Match ${etag} 304 (access-control-allow-origin: ${one(again.headers, 'access-control-allow-origin') ?? '(none)'}, ` +
      `cache-control: ${one(again.headers, 'cache-control') ?? '(none)'})`,
  );
  if (missing) {
    const gone = await get(missing, { origin });
    if (gone.status !== 404 || one(gone.headers, 'access-control-allow-origin') !== '*')
      throw new Error(
        `a missing feed: ${gone.status}, CORS ${one(gone.headers, 'access-control-allow-origin')}`,
      );
    seen.push('a missing feed 404 with access-control-allow-origin: *');
  }
  return seen.join('; ');
}
