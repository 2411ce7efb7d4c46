/**
 * Reading a feed from a file or a URL into JSON, or saying in plain words why it cannot be
 * read. A URL is fetched once (no retries: the command reports what the server said) with the
 * widgets' default timeout.
 */
import { readFile } from 'node:fs/promises';
import { findJsonSyntaxError } from './json-syntax.js';

/** Why a feed could not be read; the command then exits with 2. */
export interface Unreadable {
  reason: 'usage' | 'missing' | 'file' | 'http' | 'network' | 'timeout' | 'json';
  message: string;
  /** The HTTP status, for `http`. */
  status?: number;
  /** Where the text stops being JSON, for `json`. */
  line?: number;
  column?: number;
  lineText?: string;
}

export type FeedText = { json: unknown; base: string } | { unreadable: Unreadable };

/** A widget gives up on a feed after 10 s unless its `timeout` attribute says otherwise. */
export const TIMEOUT_MS = 10_000;

/**
 * What relative URLs in a feed read from a file are relative to. A widget resolves them against
 * the feed's own URL, unknown for a file; any http(s) address judges them the same way.
 */
export const FILE_BASE = 'https://feed.invalid/';

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

const STATUS_HINTS: Record<number, string> = {
  401: 'the feed needs a login',
  403: 'the server does not let this feed be read without a login or from here',
  404: 'there is no feed at this address',
  410: 'the feed is no longer at this address',
};

function statusHint(status: number): string {
  return (
    STATUS_HINTS[status] ??
    (status >= 500 ? 'the server has a problem; try again later' : 'the server refused the request')
  );
}

const NETWORK_HINTS: Record<string, string> = {
  ENOTFOUND: 'the server name is not known',
  EAI_AGAIN: 'the server name could not be looked up',
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the server closed the connection',
};

/** What was read: the text and the address relative URLs in it are relative to. */
export interface ReadText {
  text: string;
  base: string;
  /** The Content-Type the server sent, for a URL. */
  contentType?: string;
}

/** The text of a feed, as the browser would hand it to a widget (without a byte-order mark). */
async function fetchText(url: string, accept: string): Promise<ReadText | Unreadable> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: accept },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError')
      return {
        reason: 'timeout',
        message: `no answer from ${url} within ${TIMEOUT_MS / 1000} seconds`,
      };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (cause?.code && NETWORK_HINTS[cause.code]) ?? cause?.message ?? (error as Error).message;
    return { reason: 'network', message: `could not reach ${url}: ${why}` };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    const status = `${response.status} ${response.statusText}`.trim();
    return {
      reason: 'http',
      status: response.status,
      message: `the server answered HTTP ${status}: ${statusHint(response.status)}`,
    };
  }
  try {
    // Response.text() drops a byte-order mark, as it does in the browser.
    const contentType = response.headers.get('content-type');
    return {
      text: await response.text(),
      base: response.url || url,
      ...(contentType ? { contentType } : {}),
    };
  } catch (error) {
    return (error as Error).name === 'TimeoutError'
      ? {
          reason: 'timeout',
          message: `no complete answer from ${url} within ${TIMEOUT_MS / 1000} seconds`,
        }
      : {
          reason: 'network',
          message: `the answer from ${url} broke off: ${(error as Error).message}`,
        };
  }
}

async function fileText(path: string): Promise<ReadText | Unreadable> {
  try {
    const text = await readFile(path, 'utf8');
    return { text: text.replace(/^\uFEFF/, ''), base: FILE_BASE };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { reason: 'missing', message: `there is no file ${path}` };
    if (code === 'EISDIR') return { reason: 'file', message: `${path} is a folder, not a file` };
    if (code === 'EACCES' || code === 'EPERM')
      return { reason: 'file', message: `no permission to read ${path}` };
    return { reason: 'file', message: `${path} cannot be read: ${(error as Error).message}` };
  }
}

/**
 * Reads the text at `source`, a file path or an http(s) URL (asking the server for `accept`),
 * or says why it cannot.
 */
export const readText = (
  source: string,
  accept = 'application/json',
): Promise<ReadText | Unreadable> => (isUrl(source) ? fetchText(source, accept) : fileText(source));

/** Reads and parses the feed at `source`, a file path or an http(s) URL. */
export async function readFeed(source: string): Promise<FeedText> {
  const read = await readText(source);
  if ('reason' in read) return { unreadable: read };
  try {
    return { json: JSON.parse(read.text) as unknown, base: read.base };
  } catch (error) {
    const where = findJsonSyntaxError(read.text);
    return {
      unreadable: where
        ? { reason: 'json', ...where, message: `it is not JSON: ${where.message}` }
        : { reason: 'json', message: `it is not JSON: ${(error as Error).message}` },
    };
  }
}
