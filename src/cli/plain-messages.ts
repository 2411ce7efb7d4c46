/**
 * The validator's findings reworded for the people who write feeds: what is wrong, with the
 * value that was found and how to write it instead. The validator's own wording ("must be a
 * valid date") is for developers' consoles; the verdict is the validator's, only the words are
 * these.
 */
import type { JsonSchema, ValidationIssue } from '../core/schema-validator.js';
import { parsePath, pathText, valueAt, type FeedPath } from './feed-path.js';
import { nodeAt, type SchemaNode } from './schema-nodes.js';

/** One thing found in a feed, located by its path (`items[3].date`). */
export interface Finding {
  path: string;
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

const TYPE_WORDS: Record<string, string> = {
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

/** Why a value is not a visitor-readable text (`$defs/text`). */
function whyNotText(value: unknown): string {
  if (value === '') return 'empty text';
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `should be a text, or texts per language like {"nl": "…", "en": "…", "fr": "…"}, not ${kindAndValue(value)}`;
  const entries = Object.entries(value);
  if (entries.length === 0) return 'has no text in any language ({})';
  const reasons: string[] = [];
  for (const [key, text] of entries) {
    if (!LANGUAGES.includes(key))
      reasons.push(`"${key}" is not one of the languages nl, en and fr`);
    else if (typeof text !== 'string')
      reasons.push(`the ${key} text should be a text, not ${kindAndValue(text)}`);
    else if (text === '') reasons.push(`the ${key} text is empty`);
  }
  return reasons.join('; ') || `not a valid text (${shown(value)})`;
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
function wrongType(types: string, value: unknown, node: SchemaNode | undefined): string {
  const expected =
    node?.def === 'url' && types === 'string'
      ? 'a web address (a text in double quotes)'
      : types
          .split(' or ')
          .map((type) => TYPE_WORDS[type] ?? type)
          .join(' or ');
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
  if (types === 'integer' && typeof value === 'number') hint = ': no decimals';
  if (types === 'string' && typeof value === 'number')
    hint = `: put it in double quotes, "${value}"`;
  return `should be ${expected}, not ${kindAndValue(value)}${hint}`;
}

/** `a, b or c`. */
export const listWords = (words: string[], last = 'and') =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;

/** The path of the earlier item in the same list with the same id. */
function earlierWithSameId(feed: unknown, path: FeedPath): string | undefined {
  const index = path.at(-2);
  const list = valueAt(feed, path.slice(0, -2));
  const id = valueAt(feed, path);
  if (typeof index !== 'number' || !Array.isArray(list)) return undefined;
  const earlier = list.findIndex(
    (item: unknown, i) =>
      i < index &&
      typeof item === 'object' &&
      item !== null &&
      (item as { id?: unknown }).id === id,
  );
  return earlier < 0 ? undefined : pathText([...path.slice(0, -2), earlier]);
}

/** The message for one issue, given the value it is about and the schema at that place. */
function reword(issue: ValidationIssue, feed: unknown, node: SchemaNode | undefined): string {
  const path = parsePath(issue.path);
  const value = valueAt(feed, path);
  const { message } = issue;
  let match: RegExpExecArray | null;

  if (message === 'is required') {
    const what = node?.description ? ` ${node.description}` : '';
    return `missing (required).${what}`;
  }
  if (
    (match = /^must be ((?:string|number|integer|boolean|object|array|null)(?: or \w+)*)$/.exec(
      message,
    ))
  )
    return wrongType(match[1]!, value, node);
  if ((match = /^must be a valid (.+)$/.exec(message))) {
    const name = match[1]!;
    if (name === 'text') return whyNotText(value);
    if (name === 'date' || name === 'date-time') return whyNotDate(value);
    if (name === 'uri-reference')
      return `not a web address (${shown(value)}): an address cannot contain spaces, line breaks or any of < > " { } | \\ ^ \``;
    if (name === 'email') return `not an e-mail address (${shown(value, true)})`;
    return `not a valid ${name} (${shown(value)})`;
  }
  if (message.startsWith('must match ')) {
    const noun = node?.def === 'dateTime' ? 'not a date and time' : 'not in the expected form';
    const examples = node?.examples?.map((example) => shown(example, true));
    const hint = examples?.length ? `; for example ${listWords(examples, 'or')}` : '';
    return `${noun} (${shown(value, true)})${hint}`;
  }
  if (message === 'must not be empty') return `empty (${shown(value)})`;
  if (message === 'repeats an earlier item’s id') {
    const earlier = earlierWithSameId(feed, path);
    return `the same id as ${earlier ?? 'an earlier item'} (${shown(value)}); ids must be unique, so a widget shows only the first`;
  }
  if ((match = /^must be one of (.+)$/.exec(message)))
    return `should be one of ${match[1]}, not ${shown(value)}`;
  if ((match = /^must be ≥ (.+)$/.exec(message)))
    return `should be at least ${match[1]}, not ${shown(value)}`;
  if ((match = /^must be ≤ (.+)$/.exec(message)))
    return `should be at most ${match[1]}, not ${shown(value)}`;
  if ((match = /^must be > (.+)$/.exec(message)))
    return `should be more than ${match[1]}, not ${shown(value)}`;
  if ((match = /^must have at least (\d+) items$/.exec(message)))
    return `should have at least ${match[1]} items`;
  if (message === 'is not allowed') return 'not allowed here';
  if (message === 'does not match any allowed form')
    return `not in any of the allowed forms (${shown(value)})`;
  // A const: `version` must be 1.
  if ((match = /^must be (.+)$/.exec(message))) {
    const versionHint =
      issue.path === 'version' ? `: these widgets read version ${match[1]} of the feed format` : '';
    return `should be ${match[1]}, not ${shown(value)}${versionHint}`;
  }
  return message;
}

/** A validator issue as the command prints it. */
export function plainFinding(issue: ValidationIssue, feed: unknown, root: JsonSchema): Finding {
  const node = nodeAt(root, parsePath(issue.path));
  return { path: issue.path, message: reword(issue, feed, node) };
}
