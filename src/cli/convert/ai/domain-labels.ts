/**
 * The domains' labels from `--domains domains.csv`: `id,label_nl,label_en,label_fr`, as a
 * spreadsheet exports it (commas or, in Belgian locales, semicolons; with or without a BOM).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ConvertError, LANGS, type SourceText } from '../convert-types.js';
import { localized, type PerLang } from '../languages.js';

export type DomainLabels = Map<string, PerLang<string>>;

/** The labels by domain id; a row without any label is left out (its domain is labelled by id). */
export function readDomainLabels(input: SourceText): DomainLabels {
  const given = input.spec.given;
  let rows: Record<string, string>[];
  try {
    rows = parse(input.text, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      delimiter: [',', ';'],
      bom: true,
      trim: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new ConvertError(
      `--domains ${given}: CSV that cannot be read: ${error.message}`,
      'unreadable',
    );
  }
  const columns = Object.keys(rows[0] ?? {});
  if (rows.length > 0 && !columns.includes('id'))
    throw new ConvertError(
      `--domains ${given}: the header row needs an id column (id,label_nl,label_en,label_fr)`,
    );
  const labels: DomainLabels = new Map();
  for (const row of rows) {
    const id = row.id;
    const label = localized(Object.fromEntries(LANGS.map((lang) => [lang, row[`label_${lang}`]])));
    if (id && label) labels.set(id, label);
  }
  return labels;
}
