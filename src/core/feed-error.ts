/**
 * Why a feed could not be shown; the `kind` of every `uzl-error` event. `network`: no answer
 * (offline, a name that does not resolve, or a feed on another origin that does not allow the
 * page's: CORS); `timeout`; `http`: an error status, in `status` (401 and 403: it needs a login
 * or is not the visitor's, 404: not found, 5xx: temporarily unavailable); `parse`: not JSON;
 * `invalid`: not the feed's shape, or not what the element's settings ask of it.
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

/** The one error type the data path produces: everything else is turned into one of these. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for kind `http`. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again by itself: the network, a timeout or the server's own trouble (5xx). */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}
