/**
 * The domains' labels from `--domains domains.csv`: `id,label_nl,label_en,label_fr`, as a
 * spreadsheet exports it (commas or, in Belgian locales, semicolons; with or without a BOM),
 * read by the same CSV reader as the campuses and key figures.
 */
import { ConvertError, LANGS, type SourceText } from '../convert-types.js';
import { localized, type PerLang } from '../languages.js';
import { readCsv } from '../read-csv.js';

export type DomainLabels = Map<string, PerLang<string>>;

/** The labels by domain id; a row without any label is left out (its domain is labelled by id). */
export function readDomainLabels(input: SourceText): DomainLabels {
  const table = readCsv(input);
  const header = table.header.map((name) => name.toLowerCase());
  const column = (name: string) => header.indexOf(name);
  if (table.rows.length > 0 && column('id') < 0)
    throw new ConvertError(
      `--domains ${input.spec.given}: the header row needs an id column (id,label_nl,label_en,label_fr)`,
    );
  const labels: DomainLabels = new Map();
  for (const { cells } of table.rows) {
    const id = cells[column('id')];
    const label = localized(
      Object.fromEntries(LANGS.map((lang) => [lang, cells[column(`label_${lang}`)]])),
    );
    if (id && label) labels.set(id, label);
  }
  return labels;
}
