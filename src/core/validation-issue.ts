/**
 * What the validator (./schema-validator.ts) finds: data, located by keys, naming the keyword
 * that failed and what it asked for. Each reader words it itself: the widgets' console warnings
 * and errors (and the embed builder) through `issueMessage` below, the one place their sentences
 * are made; the feed validator command in words for a feed's editor (src/cli/plain-messages.ts).
 * No reader reads another's sentence, so rewording one changes nothing else.
 */
import type { JsonType } from './schema-validator.js';

/** A place in a value: keys and list indexes from the root (`['items', 3, 'date']`; `[]` is the root). */
export type FeedPath = ReadonlyArray<string | number>;

/**
 * What each keyword that can fail asked for: mostly the keyword's value in the schema, so a
 * finding reads like the line of the schema it broke (`{ minLength: 1 }`).
 */
export interface Asked {
  type: JsonType[];
  const: unknown;
  enum: unknown[];
  minLength: number;
  maxLength: number;
  minimum: number;
  maximum: number;
  exclusiveMinimum: number;
  minItems: number;
  maxItems: number;
  minProperties: number;
  pattern: string;
  format: string;
  /** The name of a definition with anyOf or oneOf (`text` for `#/$defs/text`) that failed as a whole: its branches' reasons are left out. */
  $ref: string;
  /** How many branches passed: none. */
  anyOf: number;
  /** How many branches passed: none, or more than one. */
  oneOf: number;
  /** The property that is missing, also the last key of the path. */
  required: string;
  /** The property that is not allowed is the last key of the path. */
  additionalProperties: false;
  /** An item's `id` repeats the id of the item at this index; the path ends with `id`. */
  'x-skip-invalid-items': number;
}

// The types here avoid `readonly`, `keyof` and indexed access at their top: the manifest's
// expand-types plugin (custom-elements-manifest.config.mjs) crashes on those.
export type Keyword = Extract<keyof Asked, string>;

type FailureOf<K extends Keyword> = K extends Keyword
  ? { keyword: K; params: Record<K, Asked[K]> }
  : never;

/** What failed: the keyword, and under its name in `params` what it asked for (one member per keyword). */
export type Failure = FailureOf<Keyword>;

/** One problem: where it is, and what failed. */
export type ValidationIssue = Failure & { path: FeedPath };

/** An item left out of an `x-skip-invalid-items` array. */
export interface SkippedItem {
  /** Where the item is (`['items', 3]`, `['domains', 0, 'publications', 2]`). */
  item: FeedPath;
  /** Every problem found in it, the first one first (the feed validator command lists them all). */
  problems: ValidationIssue[];
}

/** A path as JavaScript writes it: `items[3].date`, `["odd key"]`, and `(root)` for the root. */
export function pathText(path: FeedPath): string {
  let text = '';
  for (const key of path)
    text +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? (text && '.') + key
          : `[${JSON.stringify(key)}]`;
  return text || '(root)';
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * What is wrong, as a developer reads it after the path (`items[3].date must be a valid date`):
 * the widgets' console warnings and `uzl-error` messages (./feed-validation.ts) and the embed
 * builder say this, and these words are written nowhere else. Every finding today's schemas
 * can produce keeps the sentence it has always had; keywords they do not use share one that
 * names the keyword and what it asked for (`fails maxItems 5`), because this ships in every
 * widget. The plain words for a feed's editor are the command's (src/cli/plain-messages.ts).
 */
export function issueMessage({ keyword, params }: Failure): string {
  // What the keyword asked for, read once: shorter code than a property per case, and this
  // ships in every widget.
  const asked = (params as Record<Keyword, unknown>)[keyword];
  const text = asked as string | number;
  switch (keyword) {
    case 'type':
      return `must be ${(asked as JsonType[]).join(' or ')}`;
    case 'const':
      return `must be ${json(asked)}`;
    case 'minimum':
      return `must be ≥ ${text}`;
    case 'maximum':
      return `must be ≤ ${text}`;
    case 'pattern':
      return `must match ${text}`;
    case 'format':
    case '$ref':
      return `must be a valid ${text}`;
    case 'required':
      return 'is required';
    case 'x-skip-invalid-items':
      return 'repeats an earlier item’s id';
  }
  return asked === 1 && (keyword === 'minLength' || keyword === 'minProperties')
    ? 'must not be empty'
    : `fails ${keyword} ${json(asked)}`;
}
