/**
 * Numbers as people type them into a spreadsheet and as spreadsheets export them: Belgians
 * write 1.234,5 (a thousands dot, a decimal comma), spreadsheets in English and their raw
 * exports 1234.5 or 1,234.5. A cell alone can be read both ways (782.208 is 782208 to a
 * Belgian and 782.208 to everyone else), so a file's numbers are read with one convention:
 * --decimal, else the one its unambiguous cells show; a number still ambiguous is refused,
 * never guessed, because a key figure off by a factor of a thousand is worse than none.
 */
import { ConvertError } from '../convert-types.js';

export type Decimal = 'comma' | 'dot';

/** A number's cell, and how to name it in a message. */
export interface NumberCell {
  text: string;
  /** `stats.csv cell B3 (column value)` */
  where: string;
  /** What to tell when the cell is not a number at all. */
  hint?: string;
}

/** The cell's value read with a decimal comma and with a decimal dot, where it reads so. */
type Readings = Partial<Record<Decimal, number>>;

const MARKS = { comma: { mark: ',', group: '.' }, dot: { mark: '.', group: ',' } } as const;
/** Spaces that group thousands, as French and Belgian French write them: never a decimal mark. */
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/;

function readAs(body: string, decimal: Decimal): number | undefined {
  const { mark, group } = MARKS[decimal];
  const m = `\\${mark}`;
  const g = `\\${group}`;
  // A grouped number starts with 1 to 3 digits, not 0: nobody groups 0.123 as 123.
  const grouped = new RegExp(`^[1-9]\\d{0,2}(?:${g}\\d{3})+(?:${m}\\d+)?$`);
  const plain = new RegExp(`^(?:\\d+|\\d*${m}\\d+)$`);
  if (!grouped.test(body) && !plain.test(body)) return undefined;
  return Number(body.split(group).join('').replace(mark, '.'));
}

/** The ways a cell reads as a number; none when it is not one (a unit, a letter, 1.2.3,4). */
function readings(text: string): Readings {
  const signed = /^([-+\u2212]?)\s*(.*)$/.exec(text)!;
  const sign = signed[1] === '' || signed[1] === '+' ? 1 : -1;
  let body = signed[2]!;
  if (SPACE_GROUPED.test(body)) body = body.replace(/[ \u00A0\u202F]/g, '');
  const out: Readings = {};
  for (const decimal of ['comma', 'dot'] as const) {
    const value = readAs(body, decimal);
    if (value !== undefined) out[decimal] = sign * value;
  }
  return out;
}

const SAID = { comma: 'a decimal comma (1.234,5)', dot: 'a decimal dot (1,234.5)' } as const;

/** How a file writes its numbers, and how that was found, for the command's notes. */
export interface Convention {
  decimal?: Decimal;
  /** `--decimal`, or the cell that decided, or undefined when no cell needed deciding. */
  from?: string;
}

/**
 * The convention of a file's number cells: --decimal when given, else the one its cells that
 * read only one way show. Throws when they disagree, or when a cell reads two ways and
 * nothing decides.
 */
export function findConvention(cells: NumberCell[], given?: Decimal): Convention {
  if (given) return { decimal: given, from: '--decimal' };
  const decided: Partial<Record<Decimal, NumberCell>> = {};
  const ambiguous: NumberCell[] = [];
  for (const cell of cells) {
    const read = readings(cell.text);
    if (read.comma === undefined && read.dot === undefined) readNumber(cell, {});
    if (read.comma !== undefined && read.dot !== undefined) {
      if (read.comma !== read.dot) ambiguous.push(cell);
    } else if (read.comma !== undefined) decided.comma ??= cell;
    else if (read.dot !== undefined) decided.dot ??= cell;
  }
  if (decided.comma && decided.dot)
    throw new ConvertError(
      `the numbers are written two ways: ${decided.comma.where} "${decided.comma.text}" with ${SAID.comma}, ${decided.dot.where} "${decided.dot.text}" with ${SAID.dot}; write them all one way, or say which with --decimal comma or --decimal dot`,
    );
  const decimal = decided.comma ? 'comma' : decided.dot ? 'dot' : undefined;
  if (decimal) return { decimal, from: `${decided[decimal]!.where} "${decided[decimal]!.text}"` };
  const first = ambiguous[0];
  if (first) {
    const read = readings(first.text);
    const more = ambiguous.length > 1 ? ` (and ${ambiguous.length - 1} more like it)` : '';
    throw new ConvertError(
      `${first.where} "${first.text}" reads two ways${more}: ${read.comma} if the file writes ${SAID.comma}, ${read.dot} if it writes ${SAID.dot}, and no other number in it says which: say it with --decimal comma or --decimal dot`,
    );
  }
  return {};
}

/** A cell's number, read with the file's convention (findConvention's). */
export function readNumber(cell: NumberCell, convention: Convention): number {
  const read = readings(cell.text);
  const value = convention.decimal ? read[convention.decimal] : (read.comma ?? read.dot);
  if (value !== undefined) return value;
  if (read.comma === undefined && read.dot === undefined)
    throw new ConvertError(
      `${cell.where} "${cell.text}" is not a number${cell.hint ? `: ${cell.hint}` : ''}`,
    );
  const other = convention.decimal === 'comma' ? 'dot' : 'comma';
  throw new ConvertError(
    `${cell.where} "${cell.text}" is written with ${SAID[other]}, but the file's numbers are written with ${SAID[convention.decimal!]} (${convention.from}); write them all one way`,
  );
}

/** A whole number without separators (a year). */
export function readInteger(cell: NumberCell): number {
  if (/^[-+]?\d+$/.test(cell.text)) return Number(cell.text);
  throw new ConvertError(
    `${cell.where} "${cell.text}" is not a whole number written without separators${cell.hint ? `: ${cell.hint}` : ''}`,
  );
}

/**
 * A latitude or longitude in decimal degrees, with a dot or a comma as the decimal mark
 * whatever the file's convention: a coordinate has no thousands to group, so 50,8803 and
 * 50.8803 can only be one number.
 */
export function readCoordinate(cell: NumberCell): number {
  const text = cell.text.replace(/^\u2212/, '-');
  if (/^[-+]?\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  throw new ConvertError(
    `${cell.where} "${cell.text}" is not a coordinate in decimal degrees (50.8803 or 50,8803)`,
  );
}
