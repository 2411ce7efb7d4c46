/** The few kinds of response the service writes, with the headers each always carries. */
import { escapeHtml } from './escape-html.js';

/** Everything the service answers may be read from any origin: embeds are meant for other sites. */
const COMMON = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };

/** Five minutes: a page, an answer or a file that is not content-hashed may change with a release. */
export const SHORT_CACHE = 'public, max-age=300';

/** The reason phrases of the statuses the service uses (a Response has none of its own). */
const REASONS: Record<number, string> = {
  200: 'OK',
  303: 'See Other',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

export function respond(
  body: BodyInit | null,
  status: number,
  headers: Record<string, string>,
): Response {
  return new Response(body, {
    status,
    statusText: REASONS[status] ?? '',
    headers: { ...COMMON, ...headers },
  });
}

/** A short HTML page saying what went wrong (never cached: the next request may be right). */
export function problemPage(status: number, title: string, problem: string): Response {
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(problem)}</p></body>
</html>
`;
  return respond(page, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'no-store',
  });
}

/** A plain-text answer (the oEmbed errors, which a CMS logs rather than shows). */
export function problemText(status: number, problem: string): Response {
  return respond(`${problem}\n`, status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
