/**
 * A CSV's header row matched to a feed's fields: each column is a field by the schema's own
 * name (`phone`; a nested field by its own name, `street`, `lat`), a text's column may say its
 * language (`label_nl`), and the plain column is the text for every language (or for the
 * input's language when the command line gives it one, `nl:stats.csv`). Case is forgiven;
 * nothing else is guessed: a column that is no field is named in a note, not silently dropped.
 */
import { ConvertError, LANGS, type Lang } from '../convert-types.js';
import { columnLetter, type Table } from '../read-csv.js';

export type FieldType = 'string' | 'text' | 'number' | 'integer' | 'coordinate';

export interface FieldSpec {
  /** The column's name: the feed's field name, or a nested field's own name. */
  name: string;
  type: FieldType;
  /** The header must have the column and each row must fill it. */
  required?: boolean;
  /** Other names the column may have. */
  aliases?: readonly string[];
  /** Said with a cell that cannot be read. */
  hint?: string;
  /** A field of the feed, not of its items: the same in every row that fills it. */
  feedLevel?: boolean;
}

export interface TableKind {
  /** What one row is, in messages: `key figure`. */
  one: string;
  fields: readonly FieldSpec[];
}

export interface Column {
  index: number;
  /** The header's cell, as written. */
  header: string;
  field: FieldSpec;
  /** A text column's language; none for a text in every language. */
  lang?: Lang;
}

const LANG_NAMES: Record<Lang, string> = { nl: 'Dutch', en: 'English', fr: 'French' };

function fieldNamed(kind: TableKind, name: string): FieldSpec | undefined {
  const lower = name.toLowerCase();
  return kind.fields.find(
    (field) =>
      field.name.toLowerCase() === lower ||
      field.aliases?.some((alias) => alias.toLowerCase() === lower),
  );
}

/**
 * The table's columns that are fields of `kind`, and notes on the others. `lang` is the
 * input's language from the command line, which the plain text columns are then written in.
 * Throws when the header is no header of this kind at all (exit code 2), when two columns
 * give the same field, or when a required one is missing (exit code 1).
 */
export function mapColumns(
  table: Table,
  kind: TableKind,
  lang: Lang | undefined,
): { columns: Column[]; notes: string[] } {
  const { given } = table;
  const columns: Column[] = [];
  const notes: string[] = [];
  const taken = new Map<string, Column>();
  table.header.forEach((header, index) => {
    const letter = columnLetter(index);
    if (header === '') {
      if (table.rows.some((row) => row.cells[index] !== ''))
        notes.push(
          `${given}: column ${letter} has no name in the header row; its cells are left out`,
        );
      return;
    }
    const suffixed = /^(.+)_([a-z]{2})$/i.exec(header);
    const suffix = suffixed?.[2]?.toLowerCase();
    const field =
      fieldNamed(kind, header) ?? (suffixed ? fieldNamed(kind, suffixed[1]!) : undefined);
    const byName = field && fieldNamed(kind, header) === field;
    if (!field) {
      notes.push(
        `${given}: column ${letter} "${header}" is not a field of a ${kind.one} (${kind.fields.map((f) => f.name).join(', ')}); it is left out`,
      );
      return;
    }
    let columnLang: Lang | undefined;
    if (!byName) {
      if (field.type !== 'text') {
        notes.push(
          `${given}: column ${letter} "${header}": a ${kind.one}'s ${field.name} is one for all languages, so the column is left out; name it ${field.name}`,
        );
        return;
      }
      if (!(LANGS as readonly string[]).includes(suffix!)) {
        notes.push(
          `${given}: column ${letter} "${header}": the widgets' languages are ${LANGS.join(', ')}, not ${suffix}; the column is left out`,
        );
        return;
      }
      columnLang = suffix as Lang;
    } else if (field.type === 'text') columnLang = lang;
    const column: Column = { index, header, field, ...(columnLang ? { lang: columnLang } : {}) };
    const key = `${field.name}:${columnLang ?? 'all'}`;
    const before = taken.get(key);
    if (before) {
      const which = columnLang ? `the ${LANG_NAMES[columnLang]} ${field.name}` : field.name;
      const plain = [before, column].some((c) => fieldNamed(kind, c.header) === field);
      const because =
        lang && field.type === 'text' && plain
          ? ` (the input is ${lang}:, so its "${field.name}" column is ${LANG_NAMES[lang]})`
          : '';
      throw new ConvertError(
        `${given}: columns ${columnLetter(before.index)} "${before.header}" and ${letter} "${header}" both give ${which}${because}; keep one of them`,
      );
    }
    taken.set(key, column);
    columns.push(column);
  });
  if (columns.length === 0)
    throw new ConvertError(
      `${given}: its first row does not name a ${kind.one}'s fields (${kind.fields.map((f) => f.name).join(', ')}); found "${table.header.join(table.separator).slice(0, 80)}". Is it a CSV export of the sheet, with the field names in its first row?`,
      'unreadable',
    );
  const missing = kind.fields.filter(
    (field) => field.required && !columns.some((column) => column.field === field),
  );
  if (missing.length > 0) {
    const names = missing.map((f) =>
      f.type === 'text' ? `"${f.name}" (or ${f.name}_nl, _en, _fr)` : `"${f.name}"`,
    );
    throw new ConvertError(
      `${given}: the header row has no column ${names.join(', ')}, which every ${kind.one} needs; it has ${table.header.filter(Boolean).join(', ')}`,
    );
  }
  return { columns, notes };
}
