/**
 * A function that remembers its last answer: called again with the same arguments (each
 * compared with `===`), it returns that answer without computing. Widgets derive views of
 * their data (sorted, filtered, indexed) once per change of feed or setting, not per render.
 *
 *   private readonly sorted = memoize((feed: NewsFeed) => newestFirst(feed.items));
 */
export function memoize<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
