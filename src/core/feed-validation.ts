import { FeedError } from './feed-error.js';
import { validate, type JsonSchema } from './schema-validator.js';

/**
 * What the core needs to know about one kind of feed: its schema. `T` is the TypeScript type
 * the schema describes (test/node/feed-types.test.mjs keeps the two in step).
 */
export interface FeedSpec<T> {
  /** The feed's JSON Schema, imported from `schemas/`. */
  schema: JsonSchema;
  /** Never set: it only carries the feed's type to `validateFeed`. */
  readonly type?: T;
}

// Elements sharing one response share its validation too, so a bad item warns once per
// page, not once per widget. Keyed by the parsed body, which nothing else holds on to.
const validated = new WeakMap<object, Map<JsonSchema, unknown>>();

/**
 * Checks a feed against its schema. Bad items are left out with one `console.warn` each,
 * naming the item's index and field; anything else wrong throws a `FeedError` of kind
 * `invalid` naming the first problems.
 */
export function validateFeed<T>(json: unknown, spec: FeedSpec<T>, who: string, cache = true): T {
  const cached =
    cache && typeof json === 'object' && json !== null ? validated.get(json) : undefined;
  if (cached?.has(spec.schema)) return cached.get(spec.schema) as T;

  const result = validate(spec.schema, json, { skipInvalidItems: true });
  if (result.errors.length > 0) {
    const problems = result.errors.slice(0, 3).map((issue) => `${issue.path} ${issue.message}`);
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    throw new FeedError(
      'invalid',
      `The feed does not have the expected shape: ${problems.join('; ')}${more}`,
    );
  }
  for (const issue of result.skipped) {
    console.warn(`<${who}>: skipped ${issue.item}: ${issue.path} ${issue.message}`);
  }
  if (cache && typeof json === 'object' && json !== null) {
    const perSchema = validated.get(json) ?? new Map<JsonSchema, unknown>();
    perSchema.set(spec.schema, result.value);
    validated.set(json, perSchema);
  }
  return result.value as T;
}
