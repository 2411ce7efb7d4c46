import { FeedError } from './feed-error.js';
import { validate, type JsonSchema } from './schema-validator.js';
import { issueMessage, pathText, type ValidationIssue } from './validation-issue.js';

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

/** `items[3].date must be a valid date`: a finding as the console and `uzl-error` say it. */
const sentence = (issue: ValidationIssue) => `${pathText(issue.path)} ${issueMessage(issue)}`;

// Elements sharing one response share its validation too, so a bad item warns once per
// page, not once per widget. Keyed by the parsed body, which nothing else holds on to.
const validated = new WeakMap<object, Map<JsonSchema, unknown>>();

/**
 * Checks a feed against its schema. Bad items are left out with one `console.warn` each,
 * naming the item's index and field; anything else wrong throws a `FeedError` of kind
 * `invalid` naming the first problems.
 */
export function validateFeed<T>(json: unknown, spec: FeedSpec<T>, who: string, cache = true): T {
  const { schema } = spec;
  const perSchema =
    cache && typeof json === 'object' && json !== null
      ? (validated.get(json) ?? validated.set(json, new Map()).get(json)!)
      : undefined;
  if (perSchema?.has(schema)) return perSchema.get(schema) as T;

  const { value, errors, skipped } = validate(schema, json, { skipInvalidItems: true });
  if (errors.length > 0) {
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    throw new FeedError(
      'invalid',
      `The feed does not have the expected shape: ${errors.slice(0, 3).map(sentence).join('; ')}${more}`,
    );
  }
  for (const { item, problems } of skipped)
    console.warn(`<${who}>: skipped ${pathText(item)}: ${sentence(problems[0]!)}`);
  perSchema?.set(schema, value);
  return value as T;
}
