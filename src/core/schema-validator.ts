/**
 * A lean validator for the subset of JSON Schema (2020-12) that `schemas/*.schema.json` use.
 *
 * Why our own: the schema files are the single truth about every feed, and this reads them
 * as they are (the build strips their descriptions), so no second, hand-written schema can
 * drift. It is about 2.7 KB gzip (this module and the sentences of ./validation-issue.ts,
 * `esbuild --bundle --minify`, `gzip -9`; about 3.5 KB with all five schemas as the build
 * ships them). ajv compiling at run time would be about 44 KB gzip with ajv-formats, and
 * builds its validators with `new Function`, which a strict CSP blocks. ajv's standalone
 * validators, compiled at build time, need neither, but are larger still (4.7 KB gzip for the
 * news schema alone, 10.8 KB for all five, with the ajv-formats and ajv runtime code they
 * import) and cannot leave a bad item out (the extension below): we would write that keyword
 * for ajv anyway. valibot or zod/mini would need each schema written again in code. A Node
 * test checks that this and ajv accept and reject the same fixture files.
 *
 * One extension: an array marked `"x-skip-invalid-items": true` holds independent items.
 * With `skipInvalidItems`, a bad item there is left out and reported instead of failing the
 * whole feed, so one broken news item does not blank the widget; so is an item whose `id`
 * repeats an earlier item's.
 *
 * Findings are data (./validation-issue.ts: where, which keyword, what it asked for), never
 * sentences: the widgets' console warnings and errors word them there, the feed validator
 * command (src/cli/) in its own words, so rewording one changes nothing another reads.
 */

import { daysInMonth } from './days-in-month.js';
import annotationKeywords from './schema-annotations.json' with { type: 'json' };
import type { Asked, Keyword, SkippedItem, ValidationIssue } from './validation-issue.js';

export type { FeedPath, Failure, SkippedItem, ValidationIssue } from './validation-issue.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  'x-skip-invalid-items'?: boolean;
}

export interface ValidationResult {
  /** The value with skipped items left out; undefined when `errors` is not empty. */
  value: unknown;
  /** Problems that make the whole value invalid. */
  errors: ValidationIssue[];
  /** Items left out of `x-skip-invalid-items` arrays, one entry each. */
  skipped: SkippedItem[];
}

export interface ValidateOptions {
  /** Leave bad items of `x-skip-invalid-items` arrays out instead of failing (the runtime's policy). */
  skipInvalidItems?: boolean;
}

/**
 * Keywords that only describe; validation ignores them. The list is a JSON file so that the
 * build's scripts/schema-annotations.mjs, which strips these from the shipped schemas, reads
 * the same one.
 */
export const ANNOTATION_KEYWORDS: string[] = annotationKeywords;

/** Every keyword this validator understands; a Node test keeps the schema files inside this set. */
export const SUPPORTED_KEYWORDS = [
  ...ANNOTATION_KEYWORDS,
  '$ref',
  '$defs',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'anyOf',
  'oneOf',
  'x-skip-invalid-items',
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPE_TESTS: Record<JsonType, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  integer: Number.isInteger,
  boolean: (value) => typeof value === 'boolean',
  object: isObject,
  array: Array.isArray,
  null: (value) => value === null,
};

const isCalendarDate = (year: number, month: number, day: number) =>
  month > 0 && month < 13 && day > 0 && day <= daysInMonth(year, month);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 date-time: seconds and a zone are required, as ajv-formats requires them.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)$/;
// A URI reference may be relative; what it may not hold is white space, controls or the
// characters RFC 3986 never allows unescaped.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it must reject
const URI_REFERENCE = /^[^\s\u0000-\u001f\u007f<>"{}|\\^`]*$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const FORMATS: Record<string, (value: string) => boolean> = {
  date(value) {
    const m = DATE.exec(value);
    return !!m && isCalendarDate(+m[1]!, +m[2]!, +m[3]!);
  },
  'date-time'(value) {
    const m = DATE_TIME.exec(value);
    return (
      !!m && isCalendarDate(+m[1]!, +m[2]!, +m[3]!) && +m[4]! <= 23 && +m[5]! <= 59 && +m[6]! <= 59
    );
  },
  'uri-reference': (value) => URI_REFERENCE.test(value),
  email: (value) => EMAIL.test(value),
};

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let regexp = patterns.get(source);
  if (!regexp) {
    regexp = new RegExp(source, 'u');
    patterns.set(source, regexp);
  }
  return regexp;
}

// A feed may carry a "__proto__" key (JSON.parse makes it an own property); plain
// assignment would turn it into the copy's prototype.
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What a problem inside a branch records: only that there was one. */
const QUIET = {} as ValidationIssue;

/**
 * Where a value sits, as a chain to the root. The list of keys is only needed for a problem, so
 * it is only made then: a valid feed of thousands of items builds no paths.
 */
type Path = { parent: Path; key: string | number } | undefined;
/** A step of a path whose key the loop over an object or array moves along. */
type Step = { parent: Path; key: string | number };

function keysOf(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (; path; path = path.parent) keys.unshift(path.key);
  return keys;
}

/** One run's findings. Compiled checks report to it. */
class Run {
  readonly errors: ValidationIssue[] = [];
  readonly skipped: SkippedItem[] = [];
  /** Inside an anyOf/oneOf branch only the number of problems counts, not what they are. */
  quiet = 0;

  constructor(public skipInvalidItems: boolean) {}

  /** Records that `keyword` failed at `path`, having asked for `asked`. */
  fail<K extends Keyword>(path: Path, keyword: K, asked: Asked[K]): void {
    this.errors.push(
      this.quiet
        ? QUIET
        : ({
            path: keysOf(path),
            keyword,
            params: { [keyword]: asked },
          } as unknown as ValidationIssue),
    );
  }
}

/** A schema turned into a function: checks `value`, reports to `run`, returns the value to keep. */
type Check = (value: unknown, path: Path, run: Run) => unknown;

// Each schema object is compiled once per root schema (a `$ref` means something only in its
// root), so validating a feed of thousands of items walks closures that test exactly the
// keywords each part of the schema has, instead of asking every schema for every keyword.
const compiledByRoot = new WeakMap<JsonSchema, Map<JsonSchema, Check>>();

function compile(root: JsonSchema, schema: JsonSchema): Check {
  let compiled = compiledByRoot.get(root);
  if (!compiled) compiledByRoot.set(root, (compiled = new Map<JsonSchema, Check>()));
  let check = compiled.get(schema);
  if (!check) {
    // Stored before it is built, so a schema that refers to itself finds it.
    let built: Check;
    compiled.set(schema, (value, path, run) => built(value, path, run));
    compiled.set(
      schema,
      (check = built = schema.$ref ? compileRef(root, schema) : compileSchema(root, schema)),
    );
  }
  return check;
}

function compileRef(root: JsonSchema, schema: JsonSchema): Check {
  const ref = schema.$ref!;
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match ? root.$defs?.[match[1]!] : undefined;
  if (!target) throw new Error(`Unsupported $ref ${ref}`);
  const name = match![1]!;
  const checkTarget = compile(root, target);
  // In 2020-12 a $ref's siblings apply too (ours are mostly descriptions, which do nothing).
  const siblings = Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$ref' && !ANNOTATION_KEYWORDS.includes(key)),
  ) as JsonSchema;
  const checkSiblings = Object.keys(siblings).length ? compile(root, siblings) : undefined;
  // A failed named definition is one finding ("must be a valid text") rather than the
  // branch-by-branch reasons of its anyOf.
  const named = !!(target.anyOf || target.oneOf);
  return (value, path, run) => {
    const before = run.errors.length;
    let result = checkTarget(value, path, run);
    if (checkSiblings) result = checkSiblings(result, path, run);
    if (named && run.errors.length > before) {
      run.errors.length = before;
      run.fail(path, '$ref', name);
    }
    return result;
  };
}

/**
 * Tries each branch on its own: its problems are counted, then forgotten, and no item is
 * skipped inside a branch (a branch either fits as a whole or not).
 */
function branchesPassing(branches: Check[], value: unknown, path: Path, run: Run): number {
  let count = 0;
  const skipping = run.skipInvalidItems;
  run.skipInvalidItems = false;
  run.quiet++;
  for (const branch of branches) {
    const before = run.errors.length;
    branch(value, path, run);
    if (run.errors.length === before) count++;
    run.errors.length = before;
  }
  run.skipInvalidItems = skipping;
  run.quiet--;
  return count;
}

function compileSchema(root: JsonSchema, s: JsonSchema): Check {
  const { type, const: constant, enum: options } = s;
  const anyOf = s.anyOf?.map((branch) => compile(root, branch));
  const oneOf = s.oneOf?.map((branch) => compile(root, branch));
  const checkString = compileString(s);
  const checkNumber = compileNumber(s);
  const checkArray = compileArray(root, s);
  const checkObject = compileObject(root, s);
  const tests =
    type === undefined ? undefined : ([] as JsonType[]).concat(type).map((t) => TYPE_TESTS[t]);
  const test = tests?.length === 1 ? tests[0] : undefined;
  const types = ([] as JsonType[]).concat(type ?? []);
  return (value, path, run) => {
    if (tests && !(test ? test(value) : tests.some((t) => t(value)))) {
      run.fail(path, 'type', types);
      return value;
    }
    if (constant !== undefined && !sameJson(value, constant)) run.fail(path, 'const', constant);
    if (options && !options.some((option) => sameJson(value, option)))
      run.fail(path, 'enum', options);
    if (anyOf && branchesPassing(anyOf, value, path, run) === 0) run.fail(path, 'anyOf', 0);
    if (oneOf) {
      const passing = branchesPassing(oneOf, value, path, run);
      if (passing !== 1) run.fail(path, 'oneOf', passing);
    }
    if (typeof value === 'string') checkString?.(value, path, run);
    else if (typeof value === 'number') checkNumber?.(value, path, run);
    else if (Array.isArray(value)) {
      const list: unknown[] = value;
      return checkArray ? checkArray(list, path, run) : list;
    } else if (isObject(value)) return checkObject ? checkObject(value, path, run) : value;
    return value;
  };
}

function compileString(s: JsonSchema): ((value: string, path: Path, run: Run) => void) | undefined {
  const { minLength, maxLength, pattern, format } = s;
  if (minLength === undefined && maxLength === undefined && !pattern && !format) return undefined;
  const regexp = pattern === undefined ? undefined : patternOf(pattern);
  const test = format === undefined ? undefined : FORMATS[format];
  if (format !== undefined && !test) throw new Error(`Unsupported format ${format}`);
  return (value, path, run) => {
    // Lengths count code points. A string has between length / 2 and length of them, so they
    // are only counted when that range straddles a limit.
    if (minLength !== undefined && value.length < minLength * 2 && [...value].length < minLength)
      run.fail(path, 'minLength', minLength);
    if (maxLength !== undefined && value.length > maxLength && [...value].length > maxLength)
      run.fail(path, 'maxLength', maxLength);
    if (regexp && !regexp.test(value)) run.fail(path, 'pattern', pattern!);
    if (test && !test(value)) run.fail(path, 'format', format!);
  };
}

function compileNumber(s: JsonSchema): ((value: number, path: Path, run: Run) => void) | undefined {
  const { minimum, maximum, exclusiveMinimum } = s;
  if (minimum === undefined && maximum === undefined && exclusiveMinimum === undefined)
    return undefined;
  return (value, path, run) => {
    if (minimum !== undefined && value < minimum) run.fail(path, 'minimum', minimum);
    if (maximum !== undefined && value > maximum) run.fail(path, 'maximum', maximum);
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum)
      run.fail(path, 'exclusiveMinimum', exclusiveMinimum);
  };
}

function compileArray(
  root: JsonSchema,
  s: JsonSchema,
): ((value: unknown[], path: Path, run: Run) => unknown[]) | undefined {
  const { minItems, maxItems } = s;
  const items = s.items && compile(root, s.items);
  if (minItems === undefined && maxItems === undefined && !items) return undefined;
  const skippable = s['x-skip-invalid-items'] === true;
  return (value, path, run) => {
    if (minItems !== undefined && value.length < minItems) run.fail(path, 'minItems', minItems);
    if (maxItems !== undefined && value.length > maxItems) run.fail(path, 'maxItems', maxItems);
    if (!items) return value;
    const skipping = run.skipInvalidItems && skippable;
    // The array itself is kept unless an item is left out or changed (a nested skip).
    let kept: unknown[] | undefined;
    // Each id with the index of the first item that has it.
    const ids = skipping ? new Map<unknown, number>() : undefined;
    // One path step for the whole loop: a problem's path is written out the moment it is
    // found, so moving the step along is safe, and a valid feed allocates no path per item.
    const itemPath: Step = { parent: path, key: 0 };
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const before = run.errors.length;
      itemPath.key = index;
      const result = items(item, itemPath, run);
      // Items of these lists are independent records with an id unique in the list: a second
      // record with the same id is a mistake in the feed, and showing it twice would be too.
      const id = isObject(item) ? item['id'] : undefined;
      if (ids && typeof id === 'string' && run.errors.length === before) {
        const earlier = ids.get(id);
        if (earlier === undefined) ids.set(id, index);
        else run.fail({ parent: itemPath, key: 'id' }, 'x-skip-invalid-items', earlier);
      }
      const dropped = skipping && run.errors.length > before;
      if (dropped) {
        run.skipped.push({ item: keysOf(itemPath), problems: run.errors.slice(before) });
        run.errors.length = before;
      }
      if (!kept && (dropped || result !== item)) kept = value.slice(0, index);
      if (kept && !dropped) kept.push(result);
    }
    return kept ?? value;
  };
}

function compileObject(
  root: JsonSchema,
  s: JsonSchema,
): ((value: Record<string, unknown>, path: Path, run: Run) => Record<string, unknown>) | undefined {
  const { minProperties, required, additionalProperties } = s;
  // A table without a prototype: a feed key such as "constructor" finds nothing in it.
  const properties: Record<string, Check> = Object.create(null) as Record<string, Check>;
  let hasProperties = false;
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    properties[key] = compile(root, sub);
    hasProperties = true;
  }
  const additional = isObject(additionalProperties)
    ? compile(root, additionalProperties)
    : undefined;
  const closed = additionalProperties === false;
  if (minProperties === undefined && !required?.length && !hasProperties && !additional && !closed)
    return undefined;
  return (value, path, run) => {
    const keys = Object.keys(value);
    if (minProperties !== undefined && keys.length < minProperties)
      run.fail(path, 'minProperties', minProperties);
    if (required)
      for (const key of required)
        if (!(key in value)) run.fail({ parent: path, key }, 'required', key);
    // The object itself is kept unless a property's value changed (a nested skip).
    let kept: Record<string, unknown> | undefined;
    const step: Step = { parent: path, key: '' };
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const item = value[key];
      step.key = key;
      const check = properties[key] ?? additional;
      let result = item;
      if (check) result = check(item, step, run);
      else if (closed) run.fail(step, 'additionalProperties', false);
      if (!kept && result !== item) {
        kept = {};
        for (const earlier of keys.slice(0, index)) setOwn(kept, earlier, value[earlier]);
      }
      if (kept) setOwn(kept, key, result);
    }
    return kept ?? value;
  };
}

/** Validates `value` against `schema`, a JSON Schema in the supported subset. Never throws for bad data. */
export function validate(
  schema: JsonSchema,
  value: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const run = new Run(options.skipInvalidItems ?? false);
  const kept = compile(schema, schema)(value, undefined, run);
  return { value: run.errors.length ? undefined : kept, errors: run.errors, skipped: run.skipped };
}
