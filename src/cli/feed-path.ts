/**
 * A place in a feed as a list of keys (`['items', 3, 'date']`) and as the text the validator
 * writes for it (`items[3].date`). The command reads the validator's paths back into keys to
 * find the value and the schema a problem is about.
 */
export type FeedPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `items[3].date`, `["odd key"]`: written exactly as src/core/schema-validator.ts writes paths. */
export function pathText(path: FeedPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (!IDENTIFIER.test(key)) text += `[${JSON.stringify(key)}]`;
    else text += text ? `.${key}` : key;
  }
  return text;
}

// One step of a written path: `.name`, `name` at the start, `[3]` or `["odd key"]`.
const STEP = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The keys of a path the validator wrote; `(root)` and '' are the feed itself. */
export function parsePath(text: string): FeedPath {
  if (text === '(root)') return [];
  const keys: (string | number)[] = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < text.length) {
    const match = STEP.exec(text);
    if (!match) break;
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]!) as string);
  }
  return keys;
}

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
export function isWithin(path: string, ancestor: string): boolean {
  return (
    path === ancestor ||
    (path.startsWith(ancestor) && (path[ancestor.length] === '.' || path[ancestor.length] === '['))
  );
}
