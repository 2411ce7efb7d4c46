/**
 * A spreadsheet's CSV export read as a table: its header row and its rows, with each cell's
 * place said as the spreadsheet shows it (C3), so every message can point at the cell to fix.
 * Excel and LibreOffice write semicolons where the decimal mark is a comma (nl-BE, fr-BE) and
 * commas elsewhere; the separator is found from the header row, whose field names hold neither.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ConvertError, type SourceText } from './convert-types.js';

export interface Table {
  /** The input as given on the command line, to name it in messages. */
  given: string;
  separator: ';' | ',' | '\t';
  /** The header row's cells, trimmed. */
  header: string[];
  rows: TableRow[];
  /** Rows with no text in any cell, left out (spreadsheets export formatted empty rows). */
  emptyRows: number;
}

export interface TableRow {
  /** The row's number in the spreadsheet: the header is row 1. */
  number: number;
  /** The cells under the header's columns, trimmed; '' for an empty cell. */
  cells: string[];
}

const SEPARATOR_NAMES = { ';': 'semicolons', ',': 'commas', '\t': 'tabs' } as const;
export const separatorName = (table: Table) => SEPARATOR_NAMES[table.separator];

/** The spreadsheet's name of column `index` (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The separator the header row uses most: a one-column file has none, and reads as commas. */
function findSeparator(text: string): Table['separator'] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = ([';', ',', '\t'] as const).map((sep) => ({
    sep,
    count: firstLine.split(sep).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.sep : ',';
}

/** Says why an input is not a CSV text at all, before it is parsed as one. */
function notText(input: SourceText): string | undefined {
  const { text } = input;
  if (text.startsWith('PK\u0003\u0004'))
    return 'is a spreadsheet file (.xlsx or .ods), not CSV: save or export the sheet as CSV (UTF-8)';
  if (text.includes('\u0000'))
    return 'is not a text file in UTF-8 (UTF-16 or binary?): export the sheet as CSV (UTF-8)';
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    return `is not UTF-8 (line ${line} has a character that is not): export the sheet as "CSV UTF-8", not as Windows or Mac "CSV"`;
  }
  const start = text.trimStart().replace(/^\uFEFF/, '')[0];
  if (start === undefined) return 'is empty';
  // A CSV's header row starts with a field's name, never with these.
  if (start === '{' || start === '[')
    return 'is JSON, not CSV (if it is already a feed, check it with uzl-widgets validate)';
  if (start === '<')
    return 'is XML or HTML, not CSV: export the sheet as CSV (a .fods or a web page is not read)';
  return undefined;
}

/** Reads one input as a table, or throws why it is not a CSV file (exit code 2). */
export function readCsv(input: SourceText): Table {
  const given = input.spec.given;
  const unreadable = (why: string) => new ConvertError(`${given} ${why}`, 'unreadable');
  const why = notText(input);
  if (why) throw unreadable(why);
  // The command drops a file's byte-order mark; one left by a server is dropped here.
  const text = input.text.replace(/^\uFEFF/, '');
  const separator = findSeparator(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError)
      throw unreadable(
        `cannot be read as CSV separated by ${SEPARATOR_NAMES[separator]}: ${error.message}`,
      );
    throw error;
  }
  const [headerCells = [], ...rest] = records;
  const header = headerCells.map((name) => name.trim());
  const rows: TableRow[] = [];
  let emptyRows = 0;
  rest.forEach((record, index) => {
    const number = index + 2;
    const cells = record.map((cell) => cell.replace(/\r\n?/g, '\n').trim());
    if (cells.every((cell) => cell === '')) {
      emptyRows += 1;
      return;
    }
    const beyond = cells.findIndex((cell, column) => column >= header.length && cell !== '');
    if (beyond >= 0)
      throw new ConvertError(
        `${given}: cell ${columnLetter(beyond)}${number} ("${cells[beyond]}") is outside the columns the header row names: give its column a name, or clear it`,
      );
    rows.push({ number, cells: header.map((_, column) => cells[column] ?? '') });
  });
  return { given, separator, header, rows, emptyRows };
}
