/**
 * CSL-JSON, what Zotero, Mendeley, Manubot and PubMed's citation exporter write (and what
 * Citation.js reads BibTeX into): an array of items, each checked for the shape this needs.
 */
import { vancouver, type NameParts } from './author-names.js';
import {
  doiOfUrl,
  normalizeDoi,
  plainText,
  webUrl,
  yearOf,
  type PublicationRecord,
} from './publication-fields.js';
import { languageTag } from './publication-language.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Whether parsed JSON is CSL-JSON: items (one, or an array) with a CSL `type` or `title`. */
export function cslItems(json: unknown): Record<string, unknown>[] | undefined {
  const items = Array.isArray(json) ? json : [json];
  if (items.length === 0) return Array.isArray(json) ? [] : undefined;
  const isItem = (item: unknown) =>
    isObject(item) && (typeof item.type === 'string' || typeof item.title === 'string');
  return items.every(isItem) ? (items as Record<string, unknown>[]) : undefined;
}

/** CSL's date: `{ "date-parts": [[2019, 3]] }`, or `raw`/`literal` text. */
function cslYear(date: unknown): number | undefined {
  if (!isObject(date)) return yearOf(date);
  const parts = date['date-parts'];
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  if (Array.isArray(first)) {
    const year: unknown = first[0];
    const number = typeof year === 'string' ? Number(year) : year;
    const found = yearOf(number);
    if (found) return found;
  }
  return yearOf(date.raw) ?? yearOf(date.literal);
}

function cslAuthors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((name) => vancouver(name as NameParts))
    .filter((name): name is string => name !== undefined);
}

/**
 * One CSL item → a publication record. `language` may be a tag or a name ("english" from a
 * BibTeX `langid`); `unknownLanguage` hears the ones that name no language.
 */
export function cslRecord(
  item: Record<string, unknown>,
  unknownLanguage: (value: string) => void,
): PublicationRecord {
  const url = webUrl(text(item.URL));
  const doi = normalizeDoi(text(item.DOI)) ?? doiOfUrl(url);
  const language = languageTag(item.language);
  const givenLanguage = text(item.language);
  if (givenLanguage && !language) unknownLanguage(givenLanguage);
  const record: PublicationRecord = {
    authors: cslAuthors(item.author),
  };
  const key = text(item['citation-key']) ?? text(item.id);
  const title = plainText(item.title);
  const journal = plainText(item['container-title']);
  const year = cslYear(item.issued);
  if (key) record.key = key;
  if (title) record.title = title;
  if (journal) record.journal = journal;
  if (year) record.year = year;
  if (doi) record.doi = doi;
  // A link that only resolves the DOI says nothing the DOI does not: the widget links it.
  if (url && !(doi && doiOfUrl(url) === doi)) record.url = url;
  if (language) record.language = language;
  return record;
}
