/**
 * RIS, the tagged format of PubMed-through-Zotero, EndNote, Embase, Scopus, ProQuest and
 * institutional repositories: `TY  - JOUR` … `ER  - `, one `TAG  - value` a line, a line
 * without a tag continuing the one before (EndNote's keywords and notes).
 *
 * Read here rather than by a library: the format is that small, and the well-kept reader
 * (Citation.js's RIS plugin) dates an EndNote record by its `DA` ("Mar 1", a month and day)
 * before its `PY` (the year), which gives year 1 or none for every EndNote export.
 */
import { risName, vancouver } from './author-names.js';
import {
  doiOfUrl,
  normalizeDoi,
  plainText,
  webUrl,
  yearOf,
  type PublicationRecord,
} from './publication-fields.js';
import { languageTag } from './publication-language.js';

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/** Whether a file is RIS: its first line that says anything is a record's `TY  - `. */
export function looksLikeRis(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && /^TY {1,2}-/.test(first);
}

type RisRecord = Map<string, string[]>;

/** The records of a RIS file, each tag with its values in order. */
export function risRecords(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let record: RisRecord | undefined;
  let last: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    const tagged = TAG_LINE.exec(line.trimEnd());
    if (!tagged) {
      // A continuation: EndNote writes one keyword or note line after another under one tag.
      if (last && line.trim()) last.push(line.trim());
      continue;
    }
    const [, tag, value = ''] = tagged as unknown as [string, string, string | undefined];
    if (tag === 'TY') {
      record = new Map();
      records.push(record);
    }
    if (!record) continue;
    if (tag === 'ER') {
      record = undefined;
      last = undefined;
      continue;
    }
    const values = record.get(tag) ?? [];
    values.push(value.trim());
    record.set(tag, values);
    last = values;
  }
  return records;
}

const first = (record: RisRecord, ...tags: string[]): string | undefined => {
  for (const tag of tags) {
    const value = record.get(tag)?.find((v) => v !== '');
    if (value) return value;
  }
  return undefined;
};

/** One RIS record → a publication record; `unknownLanguage` hears an `LA` Intl does not know. */
export function risRecord(
  record: RisRecord,
  unknownLanguage: (value: string) => void,
): PublicationRecord {
  const urls = [...(record.get('UR') ?? []), ...(record.get('L2') ?? [])]
    .flatMap((value) => value.split(/[;\s]+/))
    .map(webUrl)
    .filter((url): url is string => url !== undefined);
  const doiField = first(record, 'DO');
  const m3 = first(record, 'M3');
  const doi =
    normalizeDoi(doiField) ?? normalizeDoi(m3) ?? urls.map(doiOfUrl).find((d) => d !== undefined);
  const url = urls.find((u) => doiOfUrl(u) === undefined);
  const authors = [...(record.get('AU') ?? []), ...(record.get('A1') ?? [])]
    .filter((name) => name !== '')
    .map((name) => vancouver(risName(name)))
    .filter((name): name is string => name !== undefined);
  const result: PublicationRecord = { authors };
  const key = first(record, 'ID', 'AN');
  const title = plainText(first(record, 'TI', 'T1', 'CT'));
  const journal = plainText(first(record, 'T2', 'JF', 'JO', 'JA', 'J2', 'BT'));
  const year = [first(record, 'PY'), first(record, 'Y1'), first(record, 'DA')]
    .map(yearOf)
    .find((y) => y !== undefined);
  const givenLanguage = first(record, 'LA');
  const language = languageTag(givenLanguage);
  if (givenLanguage && !language) unknownLanguage(givenLanguage);
  if (key) result.key = key;
  if (title) result.title = title;
  if (journal) result.journal = journal;
  if (year) result.year = year;
  if (doi) result.doi = doi;
  if (url) result.url = url;
  if (language) result.language = language;
  return result;
}
