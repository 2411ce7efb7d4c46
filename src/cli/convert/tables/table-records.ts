/**
 * The rows of one or more CSV inputs as a feed's items: each row's cells read by their field's
 * type, rows with the same id merged (one sheet per language, `nl:stats-nl.csv
 * fr:stats-fr.csv`, or a second sheet adding columns), and the feed's own fields (stats'
 * `year` and `source`) taken from whichever rows fill them. Nothing is overwritten silently:
 * two cells that give one field different values stop the conversion, naming both.
 */
import { ConvertError, LANGS, type ConvertOptions, type SourceText } from '../convert-types.js';
import { localized, type PerLang } from '../languages.js';
import { mapColumns, type Column, type FieldSpec, type TableKind } from './columns.js';
import {
  findConvention,
  readCoordinate,
  readInteger,
  readNumber,
  type Convention,
  type NumberCell,
} from './numbers.js';
import { columnLetter, readCsv, separatorName, type Table, type TableRow } from '../read-csv.js';

interface Entry {
  value: string | number;
  /** The cell it came from: `stats.csv cell B3 (column value)`. */
  where: string;
}

/** Values keyed `id`, `value`, and `label:nl` / `label:all` for a text's languages. */
type Values = Map<string, Entry>;

/** One item of the feed, read from its row (or its rows, one per input). */
export interface Item {
  /** `stats.csv row 3`, to name it. */
  where: string;
  string(name: string): string | undefined;
  number(name: string): number | undefined;
  /** A text: one string for every language, or one per language. */
  text(name: string): string | PerLang<string> | undefined;
  /** Where a field's cell is, for a message about it. */
  whereIs(name: string): string | undefined;
}

const TEXT_KEYS = ['all', ...LANGS] as const;

function textOf(values: Values, name: string): string | PerLang<string> | undefined {
  const all = values.get(`${name}:all`)?.value as string | undefined;
  const perLang: PerLang<string | undefined> = {};
  for (const lang of LANGS) perLang[lang] = (values.get(`${name}:${lang}`)?.value as string) ?? all;
  if (LANGS.every((lang) => !values.has(`${name}:${lang}`))) return all;
  return localized(perLang);
}

function itemOf(where: string, values: Values): Item {
  return {
    where,
    string: (name) => values.get(name)?.value as string | undefined,
    number: (name) => values.get(name)?.value as number | undefined,
    text: (name) => textOf(values, name),
    whereIs: (name) =>
      values.get(name)?.where ??
      TEXT_KEYS.map((k) => values.get(`${name}:${k}`)?.where).find(Boolean),
  };
}

/** Puts `entry` at `key`, refusing a second, different value for it. */
function put(values: Values, key: string, entry: Entry, what: string): void {
  const before = values.get(key);
  if (before && before.value !== entry.value)
    throw new ConvertError(
      `${what}: ${before.where} says "${before.value}" and ${entry.where} says "${entry.value}"; make them the same, or leave one empty`,
    );
  if (!before) values.set(key, entry);
}

const keyOf = (column: Column) =>
  column.field.type === 'text' ? `${column.field.name}:${column.lang ?? 'all'}` : column.field.name;

interface ReadTable {
  table: Table;
  rows: { row: TableRow; values: Values; feed: Values }[];
  convention: Convention;
  notes: string[];
}

function readTable(input: SourceText, kind: TableKind, options: ConvertOptions): ReadTable {
  const table = readCsv(input);
  const { columns, notes } = mapColumns(table, kind, input.spec.lang);
  const cellOf = (row: TableRow, column: Column): NumberCell => ({
    text: row.cells[column.index]!,
    where: `${table.given} cell ${columnLetter(column.index)}${row.number} (column ${column.header})`,
    ...(column.field.hint ? { hint: column.field.hint } : {}),
  });
  const numberCells = table.rows.flatMap((row) =>
    columns
      .filter((column) => column.field.type === 'number' && row.cells[column.index] !== '')
      .map((column) => cellOf(row, column)),
  );
  const convention = findConvention(numberCells, options.decimal);
  const read = (cell: NumberCell, field: FieldSpec): string | number => {
    if (field.type === 'number') return readNumber(cell, convention);
    if (field.type === 'integer') return readInteger(cell);
    if (field.type === 'coordinate') return readCoordinate(cell);
    return cell.text;
  };
  const rows = table.rows.map((row) => {
    const values: Values = new Map();
    const feed: Values = new Map();
    for (const column of columns) {
      if (row.cells[column.index] === '') continue;
      const cell = cellOf(row, column);
      const entry = { value: read(cell, column.field), where: cell.where };
      (column.field.feedLevel ? feed : values).set(keyOf(column), entry);
    }
    return { row, values, feed };
  });
  return { table, rows, convention, notes };
}

function describe({ table, rows, convention }: ReadTable): string {
  const parts = [`CSV separated by ${separatorName(table)}`, `${rows.length} rows`];
  if (convention.decimal)
    parts.push(
      `numbers with a decimal ${convention.decimal} (${convention.from === '--decimal' ? 'as --decimal says' : `as ${convention.from} shows`})`,
    );
  if (table.emptyRows > 0) parts.push(`${table.emptyRows} empty rows left out`);
  return `${table.given}: ${parts.join(', ')}`;
}

/**
 * The items of all inputs (rows merged by id, in the order they first appear), the feed's own
 * fields, and notes for the command to print. Throws, naming the cell, for anything a widget
 * would not show right: an empty required cell, an id given twice in one sheet, two cells
 * giving one field different values.
 */
export function readItems(
  inputs: SourceText[],
  kind: TableKind,
  options: ConvertOptions,
): { items: Item[]; feed: Item; notes: string[] } {
  const merged = new Map<string, { where: string; values: Values }>();
  const feed: Values = new Map();
  const notes: string[] = [];
  for (const input of inputs) {
    const read = readTable(input, kind, options);
    notes.push(describe(read), ...read.notes);
    if (read.rows.length === 0)
      throw new ConvertError(`${read.table.given}: there are no rows under the header row`);
    const seen = new Map<string, number>();
    for (const { row, values, feed: feedValues } of read.rows) {
      const where = `${read.table.given} row ${row.number}`;
      const id = values.get('id')?.value as string | undefined;
      if (id === undefined)
        throw new ConvertError(
          `${where} has no id (column id is empty): every ${kind.one} needs one, unique in the sheet`,
        );
      const twice = seen.get(id);
      if (twice !== undefined)
        throw new ConvertError(
          `${read.table.given}: rows ${twice} and ${row.number} both have the id "${id}"; an id names one ${kind.one}`,
        );
      seen.set(id, row.number);
      const item = merged.get(id) ?? { where, values: new Map<string, Entry>() };
      merged.set(id, item);
      for (const [key, entry] of values) put(item.values, key, entry, `"${id}"`);
      for (const [key, entry] of feedValues)
        put(feed, key, entry, `the feed's ${key.split(':')[0]}`);
    }
  }
  const items = [...merged.values()].map(({ where, values }) => {
    const id = values.get('id')!.value as string;
    for (const field of kind.fields.filter((f) => f.required && !f.feedLevel)) {
      const has = [field.name, ...TEXT_KEYS.map((k) => `${field.name}:${k}`)].some((key) =>
        values.has(key),
      );
      if (!has)
        throw new ConvertError(
          `${where} ("${id}") has no ${field.name}: its cell in column ${field.name}${field.type === 'text' ? ' (or _nl, _en, _fr)' : ''} is empty, and every ${kind.one} needs one`,
        );
    }
    return itemOf(`${where} ("${id}")`, values);
  });
  return { items, feed: itemOf('the feed', feed), notes };
}

/** The item's text field `name`, when it has one, as an object to spread into the feed. */
export const textField = (item: Item, name: string) => {
  const text = item.text(name);
  return text === undefined ? {} : { [name]: text };
};
