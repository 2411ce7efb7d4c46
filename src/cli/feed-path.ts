/**
 * A place in a feed as a list of keys (`['items', 3, 'date']`), as the validator reports it
 * (src/core/validation-issue.ts): the value there, whether one place lies inside another, and
 * their order. The report writes them as text with the core's `pathText`, the one writer.
 */
import type { FeedPath } from '../core/validation-issue.js';

export type { FeedPath };

/** The value at `path` in `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: FeedPath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Whether `path` is `ancestor` or lies inside it. */
export const isWithin = (path: FeedPath, ancestor: FeedPath): boolean =>
  ancestor.length <= path.length && ancestor.every((key, i) => path[i] === key);

/** Path order, a total one: key by key, list indexes by number (`items[2]` before `items[10]`). */
export function comparePaths(left: FeedPath, right: FeedPath): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
