/**
 * Where a text stops being JSON, and why, in words a feed's editor understands. Only run after
 * JSON.parse has failed. Node 20's JSON.parse names a position for most mistakes but no line
 * or column (`Expected ',' or '}' after property value in JSON at position 7`), and for some no
 * position at all (`Unexpected token '<', "<html>" is not valid JSON`, `Unexpected end of JSON
 * input`); Node 21 and later add `(line 1 column 8)` to the first kind. So the place comes from
 * jsonc-parser, whose parser reports each mistake with its offset (comments and trailing commas
 * forbidden, as JSON forbids them); this module only follows what it read, to know what was
 * expected there, and words the first mistake.
 */
// Its ES module: the package's `main` is a UMD file whose requires esbuild cannot follow.
import { printParseErrorCode, visit } from 'jsonc-parser/lib/esm/main.js';

export interface JsonSyntaxError {
  /** 1-based line and column (columns count characters, a tab as one). */
  line: number;
  column: number;
  message: string;
  /** The line as it is written, to show under the message. */
  lineText: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const describeChar = (char: string | undefined) =>
  char === undefined
    ? 'the end of the text'
    : char === '\n' || char === '\r'
      ? 'a line break'
      : char === '\t'
        ? 'a tab'
        : char === '"'
          ? 'a double quote (")'
          : char < ' '
            ? `the control character ${JSON.stringify(char)}`
            : `"${char}"`;

const VALUE_WORDS =
  'a value (a text in "double quotes", a number, true, false, null, an object { … } or a list [ … ])';

const NOT_A_NUMBER =
  'not a JSON number: no leading zeros, a digit on both sides of the point, no thousands separators';

/** The common mistakes that are not JSON, explained; undefined for anything else. */
function notJson(text: string, at: number): string | undefined {
  const char = text[at];
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
    return 'comments are not allowed in JSON';
  if (char === "'") return 'texts and names need double quotes ("), not single quotes (\')';
  if (char === '“' || char === '”' || char === '„')
    return 'curly quotes (“ ”) are not JSON quotes: use straight double quotes (")';
  return undefined;
}

/** The first mistake inside the text (a string token) that starts at `start`. */
function stringMistake(text: string, start: number): never {
  for (let at = start + 1; ; at++) {
    const char = text[at];
    if (char === undefined || char === '"')
      throw new Stop(start, 'a text is not closed: its closing double quote (") is missing');
    if (char === '\\') {
      const next = text[at + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
          throw new Stop(at, '\\u must be followed by four hexadecimal digits');
        at += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at++;
      else
        throw new Stop(
          at,
          `\\${next ?? ''} is not allowed in a JSON text: write \\\\ for a backslash, \\" for a double quote`,
        );
    } else if (char < ' ')
      throw new Stop(
        at,
        char === '\n' || char === '\r'
          ? 'a text cannot run over two lines: its closing quote may be missing, or write \\n for a line break'
          : `${describeChar(char)} is not allowed inside a text: write \\t for a tab`,
      );
  }
}

// jsonc-parser's error codes are a const enum, which this project's TypeScript settings cannot
// read: they are compared by name.
const STRING_MISTAKES = new Set([
  'UnexpectedEndOfString',
  'InvalidCharacter',
  'InvalidEscapeCharacter',
  'InvalidUnicode',
]);

/** What the grammar wants next: a value, a name (or the object's end), a colon, or what may follow a value. */
type Expected = 'value' | 'name' | 'colon' | 'next';

/** Throws a Stop at the first mistake in `text`; returns when it is JSON. */
function read(text: string): void {
  let expected: Expected = 'value';
  /** The open objects and lists, innermost last. */
  const open: ('}' | ']')[] = [];
  /** Where the last token ended, the start of a comma just read, of a number just read. */
  let end = 0;
  let comma = -1;
  let number = -1;

  /** The words for a mistake at `at`, given what was expected there. */
  const mistake = (at: number): never => {
    const char = text[at];
    const close = open.at(-1);
    if (number >= 0 && end === at && char !== undefined && /[\d.eE]/.test(char))
      throw new Stop(number, NOT_A_NUMBER);
    const why = notJson(text, at);
    if (why) throw new Stop(at, why);
    if (char === undefined) {
      if (at === 0 || (expected === 'value' && !close && end === 0))
        throw new Stop(at, 'the feed is empty: a feed is an object { … }');
      if (expected === 'colon')
        throw new Stop(at, `expected a colon (:) after the name, found ${describeChar(char)}`);
      throw new Stop(
        at,
        expected === 'value'
          ? 'the text ends too early: a closing } or ] may be missing'
          : `the text ends too early: a closing ${close ?? '}'} is missing`,
      );
    }
    if (comma >= 0 && char === close)
      throw new Stop(comma, `a comma before ${close} is not allowed in JSON: remove this comma`);
    // jsonc-parser reads `truex` as one unknown word; JSON reads true, then a stray x.
    const word = expected === 'value' && /^(?:true|false|null)/.exec(text.slice(at, at + 5));
    if (word) {
      end = at + word[0].length;
      expected = 'next';
      mistake(end);
    }
    switch (expected) {
      case 'value':
        if (!close && end === 0 && char === '<')
          throw new Stop(
            at,
            'this is HTML (a web page), not JSON: is the address of the feed right?',
          );
        throw new Stop(
          at,
          char === '-'
            ? `not a number: ${describeChar(char)}`
            : `expected ${VALUE_WORDS}, found ${describeChar(char)}`,
        );
      case 'name':
        throw new Stop(at, `expected a name in double quotes, found ${describeChar(char)}`);
      case 'colon':
        throw new Stop(at, `expected a colon (:) after the name, found ${describeChar(char)}`);
      case 'next':
        throw new Stop(
          at,
          close
            ? `expected a comma (,) or ${close} after the value, found ${describeChar(char)}: is a comma missing?`
            : `more text after the end of the JSON (${describeChar(char)}): the feed's closing } is before it`,
        );
    }
  };

  /** A token at `offset`: white space before it must be JSON's (jsonc-parser allows more). */
  const token = (offset: number, length: number, then: Expected) => {
    const gap = text.slice(end, offset).search(/[^ \t\n\r]/);
    if (gap >= 0) mistake(end + gap);
    end = offset + length;
    comma = number = -1;
    expected = then;
  };

  visit(
    text,
    {
      onObjectBegin: (offset, length) => {
        token(offset, length, 'name');
        open.push('}');
      },
      onArrayBegin: (offset, length) => {
        token(offset, length, 'value');
        open.push(']');
      },
      // Called at the end of the text too, for the bracket that is missing: not a token.
      onObjectEnd: (offset, length) => {
        if (text[offset] !== '}') return;
        token(offset, length, 'next');
        open.pop();
      },
      onArrayEnd: (offset, length) => {
        if (text[offset] !== ']') return;
        token(offset, length, 'next');
        open.pop();
      },
      onObjectProperty: (_name, offset, length) => token(offset, length, 'colon'),
      onLiteralValue: (value, offset, length) => {
        token(offset, length, 'next');
        if (typeof value === 'number') number = offset;
      },
      onSeparator: (char, offset, length) => {
        const inObject = open.at(-1) === '}';
        token(offset, length, char === ':' || !inObject ? 'value' : 'name');
        if (char === ',') comma = offset;
      },
      onError: (error, offset) => {
        const gap = text.slice(end, offset).search(/[^ \t\n\r]/);
        if (gap >= 0) mistake(end + gap);
        // A broken text or number is the mistake only where a value (or a name) may stand.
        const code = printParseErrorCode(error);
        const here = expected === 'value' || (expected === 'name' && text[offset] === '"');
        if (here && STRING_MISTAKES.has(code)) stringMistake(text, offset);
        if (here && code === 'UnexpectedEndOfNumber') throw new Stop(offset, NOT_A_NUMBER);
        mistake(offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  // After the last token, only white space; jsonc-parser allows more kinds of it than JSON.
  token(text.length, 0, expected);
}

/** Line and column of the character at `offset`; a \r\n counts as one line break. */
function position(text: string, offset: number): Omit<JsonSyntaxError, 'message'> {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = text.slice(lineStart).search(/\r?\n|\r/);
  lineEnd = lineEnd < 0 ? text.length : lineStart + lineEnd;
  // Columns in characters as an editor counts them, not UTF-16 units.
  const column = [...text.slice(lineStart, offset)].length + 1;
  return { line, column, lineText: text.slice(lineStart, lineEnd) };
}

/** The first place `text` is not JSON, or undefined when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    read(text);
    return undefined;
  } catch (error) {
    // Nesting deeper than the stack: leave the explaining to JSON.parse's own message.
    if (error instanceof RangeError) return undefined;
    if (!(error instanceof Stop)) throw error;
    return { ...position(text, error.at), message: error.message };
  }
}
