/**
 * A count attribute (`limit`) as a usable number of items: a whole number of at least one,
 * else the widget's default. `limit="abc"`, `limit="0"` or `limit="-3"` never hide everything.
 */
export function itemLimit(value: number, fallback: number): number {
  const limit = Math.floor(value);
  return Number.isFinite(limit) && limit >= 1 ? limit : fallback;
}
