/**
 * The validator's findings worded for the people who write feeds: what is wrong, with the
 * value that was found and how to write it instead. The verdict is the validator's, read as
 * data (the keyword that failed and what it asked for); the words are these alone, so the
 * developers' sentences in the widgets' console (src/core/validation-issue.ts) can change
 * without changing a word here.
 */
import { validate, type JsonSchema, type JsonType } from '../core/schema-validator.js';
import { pathText, type ValidationIssue } from '../core/validation-issue.js';
import { valueAt, type FeedPath } from './feed-path.js';
import { nodeAt, type SchemaNode } from './schema-nodes.js';

/** One thing found in a feed, located by its keys (`['items', 3, 'date']`). */
export interface Finding {
  path: FeedPath;
  message: string;
}

const LANGUAGES = ['nl', 'en', 'fr'];

const MAX_SHOWN = 60;

/**
 * A value as it appears in a message: a string as is (`2025-13-45`) when `raw` and it reads
 * unambiguously, anything else as JSON; long values are cut.
 */
export function shown(value: unknown, raw = false): string {
  const text =
    raw && typeof value === 'string' && value !== '' && value.trim() === value
      ? value
      : value === undefined
        ? 'nothing'
        : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A value in words, with the value itself when it says more than its kind (`a number (3)`, `null`). */
function kindAndValue(value: unknown): string {
  const kind = kindOf(value);
  return value === null || value === undefined || typeof value === 'boolean'
    ? kind
    : `${kind} (${shown(value)})`;
}

/** What kind of JSON value this is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

const HOW_TO_WRITE_A_DATE =
  'write a date as 2025-12-18, or a date and time with its offset from UTC as 2025-12-18T09:30:00+01:00';

/** What `$defs/text` and `$defs/link` hold, in words: one for every language, or one per language. */
const PER_LANGUAGE = {
  text: { one: 'a text', many: 'texts', noun: 'text' },
  link: { one: 'a web address', many: 'addresses', noun: 'address' },
} as const;

const ADDRESS: JsonSchema = { type: 'string', format: 'uri-reference' };

/** Why a value is not a visitor-readable text (`$defs/text`) or a link's address (`$defs/link`). */
function whyNotPerLanguage(def: keyof typeof PER_LANGUAGE, value: unknown): string {
  const { one, many, noun } = PER_LANGUAGE[def];
  if (value === '') return `empty ${noun}`;
  // A string that is not empty fails only as an address.
  if (typeof value === 'string') return notA('uri-reference', value);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `should be ${one}, or ${many} per language like {"nl": "…", "en": "…", "fr": "…"}, not ${kindAndValue(value)}`;
  const entries = Object.entries(value);
  if (entries.length === 0) return `has no ${noun} in any language ({})`;
  const reasons: string[] = [];
  for (const [key, text] of entries) {
    if (!LANGUAGES.includes(key))
      reasons.push(`"${key}" is not one of the languages nl, en and fr`);
    else if (typeof text !== 'string')
      reasons.push(`the ${key} ${noun} should be ${one}, not ${kindAndValue(text)}`);
    else if (text === '') reasons.push(`the ${key} ${noun} is empty`);
    else if (def === 'link' && validate(ADDRESS, text).errors.length)
      reasons.push(`the ${key} address is ${notA('uri-reference', text)}`);
  }
  return reasons.join('; ') || `not a valid ${noun} (${shown(value)})`;
}

/** Why a string is not a date (`$defs/date`: a date, or a date-time with an offset). */
function whyNotDate(value: unknown): string {
  if (typeof value !== 'string') return `should be a date, not ${kindAndValue(value)}`;
  if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value))
    return `a date and time needs its offset from UTC (${shown(value, true)}): add +01:00, +02:00 or Z`;
  if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}([Zz]|[+-]\d{2}(:?\d{2})?)$/.test(value))
    return `a date and time needs its seconds (${shown(value, true)}): write 09:30:00, not 09:30`;
  return `not a date (${shown(value, true)}); ${HOW_TO_WRITE_A_DATE}`;
}

/** "should be …" for a value of the wrong JSON type. */
function wrongType(types: JsonType[], value: unknown, node: SchemaNode | undefined): string {
  const only = types.length === 1 ? types[0] : undefined;
  const expected =
    node?.def === 'url' && only === 'string'
      ? 'a web address (a text in double quotes)'
      : types.map((type) => TYPE_WORDS[type]).join(' or ');
  let hint = '';
  if (/number/.test(expected) && typeof value === 'string') {
    const grouped = /^-?\d{1,3}([.,\s\u00a0\u202f']\d{3})+$/.test(value.trim());
    const number = grouped
      ? Number(value.replace(/\D/g, '')) * (value.trim().startsWith('-') ? -1 : 1)
      : Number(value);
    if (value.trim() !== '' && Number.isFinite(number))
      hint = grouped
        ? `: write ${number}, without quotes or thousands separators`
        : `: write ${number}, without quotes`;
  }
  if (only === 'integer' && typeof value === 'number') hint = ': no decimals';
  if (only === 'string' && typeof value === 'number')
    hint = `: put it in double quotes, "${value}"`;
  return `should be ${expected}, not ${kindAndValue(value)}${hint}`;
}

/** `a, b or c`. */
export const listWords = (words: string[], last = 'and') =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;

/** Why a value is not the named thing: a definition (`$defs/text`) or a format (`date`). */
function notA(name: string, value: unknown): string {
  if (name === 'text' || name === 'link') return whyNotPerLanguage(name, value);
  if (name === 'date' || name === 'date-time') return whyNotDate(value);
  if (name === 'uri-reference')
    return `not a web address (${shown(value)}): an address cannot contain spaces, line breaks or any of < > " { } | \\ ^ \``;
  if (name === 'email') return `not an e-mail address (${shown(value, true)})`;
  return `not a valid ${name} (${shown(value)})`;
}

const notInAnyForm = (value: unknown) => `not in any of the allowed forms (${shown(value)})`;

/** The message for one issue, given the value it is about and the schema at that place. */
function reword(issue: ValidationIssue, feed: unknown, node: SchemaNode | undefined): string {
  const { path } = issue;
  const value = valueAt(feed, path);
  switch (issue.keyword) {
    case 'required':
      return `missing (required).${node?.description ? ` ${node.description}` : ''}`;
    case 'type':
      return wrongType(issue.params.type, value, node);
    case '$ref':
      return notA(issue.params.$ref, value);
    case 'format':
      return notA(issue.params.format, value);
    case 'pattern': {
      const noun = node?.def === 'dateTime' ? 'not a date and time' : 'not in the expected form';
      const examples = node?.examples?.map((example) => shown(example, true));
      const hint = examples?.length ? `; for example ${listWords(examples, 'or')}` : '';
      return `${noun} (${shown(value, true)})${hint}`;
    }
    case 'minLength':
      return issue.params.minLength === 1
        ? `empty (${shown(value)})`
        : `should be at least ${issue.params.minLength} characters, not ${shown(value)}`;
    case 'maxLength':
      return `should be at most ${issue.params.maxLength} characters, not ${shown(value)}`;
    case 'minProperties':
      return issue.params.minProperties === 1
        ? `empty (${shown(value)})`
        : `should have at least ${issue.params.minProperties} fields, not ${shown(value)}`;
    case 'x-skip-invalid-items': {
      const earlier = pathText([...path.slice(0, -2), issue.params['x-skip-invalid-items']]);
      return `the same id as ${earlier} (${shown(value)}); ids must be unique, so a widget shows only the first`;
    }
    case 'enum':
      return `should be one of ${issue.params.enum.map((option) => JSON.stringify(option)).join(', ')}, not ${shown(value)}`;
    case 'minimum':
      return `should be at least ${issue.params.minimum}, not ${shown(value)}`;
    case 'maximum':
      return `should be at most ${issue.params.maximum}, not ${shown(value)}`;
    case 'exclusiveMinimum':
      return `should be more than ${issue.params.exclusiveMinimum}, not ${shown(value)}`;
    case 'minItems':
      return `should have at least ${issue.params.minItems} items`;
    case 'maxItems':
      return `should have at most ${issue.params.maxItems} items`;
    case 'additionalProperties':
      return 'not allowed here';
    case 'anyOf':
      return notInAnyForm(value);
    case 'oneOf':
      return issue.params.oneOf === 0
        ? notInAnyForm(value)
        : `fits more than one of the allowed forms (${shown(value)})`;
    case 'const': {
      // `version` must be 1.
      const wanted = JSON.stringify(issue.params.const);
      const versionHint =
        path.length === 1 && path[0] === 'version'
          ? `: these widgets read version ${wanted} of the feed format`
          : '';
      return `should be ${wanted}, not ${shown(value)}${versionHint}`;
    }
  }
}

/** A validator issue as the command prints it. */
export function plainFinding(issue: ValidationIssue, feed: unknown, root: JsonSchema): Finding {
  return { path: issue.path, message: reword(issue, feed, nodeAt(root, issue.path)) };
}
