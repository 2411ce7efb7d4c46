/**
 * Where a text stops being JSON, and why, in words a feed's editor understands. Only run after
 * JSON.parse has failed: Node's own message gives no line and column, and often no position.
 * A small reader of the JSON grammar (RFC 8259) that stops at the first mistake.
 */

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

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  private fail(message: string, at = this.at): never {
    throw new Stop(at, message);
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  /** The character at the reading position (a method: a getter would be narrowed by TypeScript as if it never changed). */
  private peek(): string | undefined {
    return this.text[this.at];
  }

  /** The common mistakes that are not JSON, explained; undefined for anything else. */
  private notJson(): string | undefined {
    const rest = this.text.slice(this.at, this.at + 2);
    if (rest === '//' || rest === '/*') return 'comments are not allowed in JSON';
    if (this.peek() === "'")
      return 'texts and names need double quotes ("), not single quotes (\')';
    if (this.peek() === '“' || this.peek() === '”' || this.peek() === '„')
      return 'curly quotes (“ ”) are not JSON quotes: use straight double quotes (")';
    return undefined;
  }

  document(): void {
    this.space();
    if (this.peek() === undefined) this.fail('the feed is empty: a feed is an object { … }');
    if (this.peek() === '<')
      this.fail('this is HTML (a web page), not JSON: is the address of the feed right?');
    this.value();
    this.space();
    if (this.peek() !== undefined)
      this.fail(
        `more text after the end of the JSON (${describeChar(this.peek())}): the feed's closing } is before it`,
      );
  }

  private value(): void {
    this.space();
    const char = this.peek();
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    if (char === undefined) this.fail('the text ends too early: a closing } or ] may be missing');
    this.fail(this.notJson() ?? `expected ${VALUE_WORDS}, found ${describeChar(char)}`);
  }

  private object(): void {
    this.at++; // {
    this.space();
    if (this.peek() === '}') {
      this.at++;
      return;
    }
    for (let comma = -1; ;) {
      this.space();
      if (this.peek() === '}' && comma >= 0)
        this.fail('a comma before } is not allowed in JSON: remove this comma', comma);
      if (this.peek() !== '"') {
        if (this.peek() === undefined) this.fail('the text ends too early: a closing } is missing');
        this.fail(
          this.notJson() ?? `expected a name in double quotes, found ${describeChar(this.peek())}`,
        );
      }
      this.string();
      this.space();
      if (this.peek() !== ':')
        this.fail(`expected a colon (:) after the name, found ${describeChar(this.peek())}`);
      this.at++;
      this.value();
      this.space();
      if (this.peek() === ',') {
        comma = this.at++;
        continue;
      }
      if (this.peek() === '}') {
        this.at++;
        return;
      }
      if (this.peek() === undefined) this.fail('the text ends too early: a closing } is missing');
      this.fail(
        this.notJson() ??
          `expected a comma (,) or } after the value, found ${describeChar(this.peek())}: is a comma missing?`,
      );
    }
  }

  private array(): void {
    this.at++; // [
    this.space();
    if (this.peek() === ']') {
      this.at++;
      return;
    }
    for (let comma = -1; ;) {
      this.space();
      if (this.peek() === ']' && comma >= 0)
        this.fail('a comma before ] is not allowed in JSON: remove this comma', comma);
      this.value();
      this.space();
      if (this.peek() === ',') {
        comma = this.at++;
        continue;
      }
      if (this.peek() === ']') {
        this.at++;
        return;
      }
      if (this.peek() === undefined) this.fail('the text ends too early: a closing ] is missing');
      this.fail(
        this.notJson() ??
          `expected a comma (,) or ] after the value, found ${describeChar(this.peek())}: is a comma missing?`,
      );
    }
  }

  private string(): void {
    const start = this.at;
    this.at++; // "
    for (;;) {
      const char = this.peek();
      if (char === undefined)
        this.fail('a text is not closed: its closing double quote (") is missing', start);
      if (char === '"') {
        this.at++;
        return;
      }
      if (char === '\\') {
        const next = this.text[this.at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
            this.fail('\\u must be followed by four hexadecimal digits');
          this.at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          this.at += 2;
        } else {
          this.fail(
            `\\${next ?? ''} is not allowed in a JSON text: write \\\\ for a backslash, \\" for a double quote`,
          );
        }
        continue;
      }
      if (char < ' ')
        this.fail(
          char === '\n' || char === '\r'
            ? 'a text cannot run over two lines: its closing quote may be missing, or write \\n for a line break'
            : `${describeChar(char)} is not allowed inside a text: write \\t for a tab`,
        );
      this.at++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!match) this.fail(`not a number: ${describeChar(this.peek())}`);
    const after = this.text[this.at + match[0].length];
    if (after !== undefined && /[\d.eE]/.test(after))
      this.fail(
        'not a JSON number: no leading zeros, a digit on both sides of the point, no thousands separators',
      );
    this.at += match[0].length;
  }
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
    new Reader(text).document();
    return undefined;
  } catch (error) {
    // Nesting deeper than the stack: leave the explaining to JSON.parse's own message.
    if (error instanceof RangeError) return undefined;
    if (!(error instanceof Stop)) throw error;
    return { ...position(text, error.at), message: error.message };
  }
}
