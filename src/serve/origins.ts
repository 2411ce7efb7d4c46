/**
 * The origins the service serves (`--allow`): the feeds' origins and the hosts their links point
 * to, plus the service's own. Feeds load, fallback links point and `/go` redirects only there.
 */
export class Origins {
  readonly #origins: ReadonlySet<string>;

  /** @throws when an entry is not an http(s) origin, so a typo stops the service at its start. */
  constructor(allow: readonly string[], own: string) {
    this.#origins = new Set([...allow, own].map(originOf));
  }

  /** Every allowed origin, the service's own included, for the page's CSP `connect-src`. */
  get list(): readonly string[] {
    return [...this.#origins];
  }

  /**
   * `url` as an absolute http(s) URL (relative ones resolved against `base`) when it is on an
   * allowed origin and carries no user name or password (`https://allowed@evil.example/` is on
   * evil.example for the URL parser, and so refused; the reverse is refused for what it hides);
   * else `undefined`. The parser, not string matching, decides: it drops tabs and newlines,
   * reads `\` as `/`, lower-cases scheme and host and decodes nothing that would change them.
   */
  check(url: string, base?: string): URL | undefined {
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      return undefined;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    return this.#origins.has(parsed.origin) ? parsed : undefined;
  }
}

/** `https://host[:port]` of an http(s) origin as given on the command line (a path is refused). */
export function originOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`"${value}" is not an origin (say https://www.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`"${value}" is not an http or https origin`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(`"${value}" is more than an origin: give scheme, host and port only`);
  return url.origin;
}
