/**
 * A lean validator for the subset of JSON Schema (2020-12) that `schemas/*.schema.json` use.
 *
 * Why our own: the schema files are the single truth about every feed, and this reads them
 * as they are (the build strips their descriptions), so no second, hand-written schema can
 * drift. It is about 1 KB gzip; ajv would be ~35 KB and needs `new Function` (no strict CSP),
 * and valibot or zod/mini would need each schema written again in code. A Node test checks
 * that this and ajv accept and reject the same fixture files.
 *
 * One extension: an array marked `"x-skip-invalid-items": true` holds independent items.
 * With `skipInvalidItems`, a bad item there is left out and reported instead of failing the
 * whole feed, so one broken news item does not blank the widget; so is an item whose `id`
 * repeats an earlier item's.
 */

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

/** One problem, located by a JavaScript-style path such as `items[3].date`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The value with skipped items left out; undefined when `errors` is not empty. */
  value: unknown;
  /** Problems that make the whole value invalid. */
  errors: ValidationIssue[];
  /** Items left out of `x-skip-invalid-items` arrays, one issue each (the item's first problem). */
  skipped: ValidationIssue[];
}

export interface ValidateOptions {
  /** Leave bad items of `x-skip-invalid-items` arrays out instead of failing (the runtime's policy). */
  skipInvalidItems?: boolean;
}

/** Keywords that only describe; validation ignores them. */
export const ANNOTATION_KEYWORDS = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'examples',
];

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

function typeOf(value: unknown): JsonType | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return type === 'string' || type === 'boolean' || type === 'object' ? type : 'undefined';
}

function hasType(value: unknown, expected: JsonType): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

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

const describe = (value: unknown) => JSON.stringify(value);

/** What a problem inside a branch records: only that there was one. */
const QUIET_ISSUE: ValidationIssue = { path: '', message: '' };

/**
 * Where a value sits, as a chain to the root. The text (`items[3].date`) is only needed for a
 * problem, so it is only written then: a valid feed of thousands of items builds no strings.
 */
type Path = { parent: Path; key: string | number } | undefined;

function pathText(path: Path): string {
  if (!path) return '';
  const base = pathText(path.parent);
  const { key } = path;
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${base}[${describe(key)}]`;
  return base ? `${base}.${key}` : key;
}

/** What a schema is after following its `$ref`, worked out once per schema object. */
interface Resolved {
  schema: JsonSchema;
  /** The definition's name, for a `$ref`. */
  name?: string;
  /** The keywords beside the `$ref`, when there are any that are not annotations. */
  siblings?: JsonSchema;
}

class Validation {
  readonly errors: ValidationIssue[] = [];
  readonly skipped: ValidationIssue[] = [];
  private readonly resolved = new Map<JsonSchema, Resolved>();
  /** Inside an anyOf/oneOf branch only the number of problems counts, not their wording. */
  private quiet = 0;

  constructor(
    private readonly root: JsonSchema,
    private skipInvalidItems: boolean,
  ) {}

  private fail(path: Path, message: string | (() => string)): void {
    if (this.quiet) this.errors.push(QUIET_ISSUE);
    else
      this.errors.push({
        path: pathText(path) || '(root)',
        message: typeof message === 'string' ? message : message(),
      });
  }

  private resolve(schema: JsonSchema): Resolved {
    let resolved = this.resolved.get(schema);
    if (resolved) return resolved;
    if (!schema.$ref) {
      resolved = { schema };
    } else {
      const match = /^#\/\$defs\/([^/]+)$/.exec(schema.$ref);
      const target = match ? this.root.$defs?.[match[1]!] : undefined;
      if (!target) throw new Error(`Unsupported $ref ${schema.$ref}`);
      // In 2020-12 a $ref's siblings apply too (ours are mostly descriptions, which do nothing).
      const siblings = Object.fromEntries(
        Object.entries(schema).filter(
          ([key]) => key !== '$ref' && !ANNOTATION_KEYWORDS.includes(key),
        ),
      ) as JsonSchema;
      resolved = {
        schema: target,
        name: match![1],
        ...(Object.keys(siblings).length ? { siblings } : {}),
      };
    }
    this.resolved.set(schema, resolved);
    return resolved;
  }

  /** Checks `value` against `schema`; returns the value to keep (arrays may lose skipped items). */
  check(schema: JsonSchema, value: unknown, path: Path): unknown {
    const { schema: s, name, siblings } = this.resolve(schema);
    const before = this.errors.length;
    let result = this.checkResolved(s, value, path);
    if (siblings) result = this.checkResolved(siblings, result, path);
    // A failed named definition gets one clear message ("must be a valid text") rather than
    // the branch-by-branch reasons of its anyOf.
    if (name && this.errors.length > before && (s.anyOf || s.oneOf)) {
      this.errors.length = before;
      this.fail(path, `must be a valid ${name}`);
    }
    return result;
  }

  /**
   * Tries each branch on its own: its problems are counted, then forgotten, and no item is
   * skipped inside a branch (a branch either fits as a whole or not).
   */
  private branchesPassing(
    branches: JsonSchema[],
    value: unknown,
    path: Path,
  ): { count: number; kept: unknown } {
    let count = 0;
    let kept: unknown = value;
    const skipping = this.skipInvalidItems;
    this.skipInvalidItems = false;
    this.quiet++;
    for (const branch of branches) {
      const before = this.errors.length;
      const result = this.check(branch, value, path);
      if (this.errors.length === before) {
        if (count === 0) kept = result;
        count++;
      }
      this.errors.length = before;
    }
    this.skipInvalidItems = skipping;
    this.quiet--;
    return { count, kept };
  }

  private checkResolved(s: JsonSchema, value: unknown, path: Path): unknown {
    const { type } = s;
    if (
      type !== undefined &&
      !(typeof type === 'string' ? hasType(value, type) : type.some((t) => hasType(value, t)))
    ) {
      this.fail(path, () => `must be ${([] as JsonType[]).concat(type).join(' or ')}`);
      return value;
    }
    if (s.const !== undefined && !sameJson(value, s.const))
      this.fail(path, `must be ${describe(s.const)}`);
    if (s.enum && !s.enum.some((option) => sameJson(value, option))) {
      this.fail(path, `must be one of ${s.enum.map(describe).join(', ')}`);
    }
    if (s.anyOf && this.branchesPassing(s.anyOf, value, path).count === 0) {
      this.fail(path, 'does not match any allowed form');
    }
    if (s.oneOf) {
      const { count } = this.branchesPassing(s.oneOf, value, path);
      if (count !== 1)
        this.fail(
          path,
          count === 0 ? 'does not match any allowed form' : 'matches more than one form',
        );
    }
    if (typeof value === 'string') this.checkString(s, value, path);
    if (typeof value === 'number') this.checkNumber(s, value, path);
    if (Array.isArray(value)) return this.checkArray(s, value, path);
    if (isObject(value)) return this.checkObject(s, value, path);
    return value;
  }

  private checkString(s: JsonSchema, value: string, path: Path): void {
    // Lengths count code points. A string has between length / 2 and length of them, so they
    // are only counted when that range straddles a limit.
    const { minLength, maxLength } = s;
    if (minLength !== undefined && value.length < minLength * 2 && codePoints(value) < minLength) {
      this.fail(
        path,
        minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`,
      );
    }
    if (maxLength !== undefined && value.length > maxLength && codePoints(value) > maxLength)
      this.fail(path, `must be at most ${maxLength} characters`);
    if (s.pattern !== undefined && !patternOf(s.pattern).test(value))
      this.fail(path, `must match ${s.pattern}`);
    if (s.format !== undefined) {
      const test = FORMATS[s.format];
      if (!test) throw new Error(`Unsupported format ${s.format}`);
      if (!test(value)) this.fail(path, `must be a valid ${s.format}`);
    }
  }

  private checkNumber(s: JsonSchema, value: number, path: Path): void {
    if (s.minimum !== undefined && value < s.minimum) this.fail(path, `must be ≥ ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) this.fail(path, `must be ≤ ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum)
      this.fail(path, `must be > ${s.exclusiveMinimum}`);
  }

  private checkArray(s: JsonSchema, value: unknown[], path: Path): unknown[] {
    if (s.minItems !== undefined && value.length < s.minItems)
      this.fail(path, `must have at least ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems)
      this.fail(path, `must have at most ${s.maxItems} items`);
    const items = s.items;
    if (!items) return value;
    const skipping = this.skipInvalidItems && s['x-skip-invalid-items'] === true;
    // The array itself is kept unless an item is left out or changed (a nested skip).
    let kept: unknown[] | undefined;
    const ids = skipping ? new Set<unknown>() : undefined;
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const before = this.errors.length;
      const itemPath: Path = { parent: path, key: index };
      const result = this.check(items, item, itemPath);
      // Items of these lists are independent records with an id unique in the list: a second
      // record with the same id is a mistake in the feed, and showing it twice would be too.
      const id = isObject(item) ? item['id'] : undefined;
      if (ids && typeof id === 'string' && this.errors.length === before) {
        if (ids.has(id)) this.fail({ parent: itemPath, key: 'id' }, 'repeats an earlier item’s id');
        ids.add(id);
      }
      const dropped = skipping && this.errors.length > before;
      if (dropped) {
        this.skipped.push(this.errors[before]!);
        this.errors.length = before;
      }
      if (!kept && (dropped || result !== item)) kept = value.slice(0, index);
      if (kept && !dropped) kept.push(result);
    }
    return kept ?? value;
  }

  private checkObject(
    s: JsonSchema,
    value: Record<string, unknown>,
    path: Path,
  ): Record<string, unknown> {
    const keys = Object.keys(value);
    if (s.minProperties !== undefined && keys.length < s.minProperties) {
      this.fail(
        path,
        s.minProperties === 1
          ? 'must not be empty'
          : `must have at least ${s.minProperties} properties`,
      );
    }
    for (const key of s.required ?? []) {
      if (!(key in value)) this.fail({ parent: path, key }, 'is required');
    }
    const { properties, additionalProperties } = s;
    // The object itself is kept unless a property's value changed (a nested skip).
    let kept: Record<string, unknown> | undefined;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const item = value[key];
      const propertySchema =
        properties?.[key] ?? (isObject(additionalProperties) ? additionalProperties : undefined);
      let result = item;
      if (propertySchema) result = this.check(propertySchema, item, { parent: path, key });
      else if (additionalProperties === false) this.fail({ parent: path, key }, 'is not allowed');
      if (!kept && result !== item) {
        kept = {};
        for (const earlier of keys.slice(0, index)) setOwn(kept, earlier, value[earlier]);
      }
      if (kept) setOwn(kept, key, result);
    }
    return kept ?? value;
  }
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Validates `value` against `schema`, a JSON Schema in the supported subset. Never throws for bad data. */
export function validate(
  schema: JsonSchema,
  value: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const run = new Validation(schema, options.skipInvalidItems ?? false);
  const kept = run.check(schema, value, undefined);
  return { value: run.errors.length ? undefined : kept, errors: run.errors, skipped: run.skipped };
}
