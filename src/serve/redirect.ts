/**
 * `GET /go?to=<absolute http(s) URL>`: how a link inside a WordPress-sandboxed frame reaches its
 * target. wp-embed.js navigates the top window only to URLs on the frame's own host, so the
 * embed page asks it to open this URL, which sends the visitor on with `303 See Other`, but only
 * to an allowed origin (Origins.check: the URL parser decides, so `//evil.example`,
 * `javascript:`, `https://allowed@evil.example/`, upper case and percent-encoding change
 * nothing). Anything else gets a 400 page: the service is not an open redirect.
 */
import type { Origins } from './origins.js';
import { problemPage, respond } from './responses.js';

export function redirectResponse(query: URLSearchParams, origins: Origins): Response {
  const to = query.getAll('to');
  const target = to.length === 1 ? origins.check(to[0]!) : undefined;
  if (!target)
    return problemPage(
      400,
      'This link cannot be followed',
      'It leads outside the sites this service links to.',
    );
  return respond(null, 303, { Location: target.href, 'Cache-Control': 'no-store' });
}
