/**
 * A domain's publications from all its inputs, in the order the exports list them (the widget
 * shows them newest year first itself): one publication per DOI, whatever its case or
 * resolver, the later copy only filling in what the first lacks; ids stable from run to run
 * (the DOI, else the export's key, else a hash of the citation).
 */
import type { SourceText } from '../convert-types.js';
import { readBibliography } from './bibliography.js';
import { hashId, type PublicationOut, type PublicationRecord } from './publication-fields.js';

export interface DomainPublications {
  publications: PublicationOut[];
  notes: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function toOut(id: string, record: PublicationRecord & { title: string }): PublicationOut {
  const { title, authors, journal, year, doi, url, language } = record;
  return {
    id,
    title,
    ...(authors.length ? { authors } : {}),
    ...(journal ? { journal } : {}),
    ...(year ? { year } : {}),
    ...(doi ? { doi } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}

/** Fills what `kept` lacks from a later copy of the same publication. */
function fillIn(kept: PublicationOut, copy: PublicationOut): void {
  const fields = ['authors', 'journal', 'year', 'url', 'language'] as const;
  for (const field of fields)
    if (kept[field] === undefined && copy[field] !== undefined)
      Object.assign(kept, { [field]: copy[field] });
}

export function domainPublications(inputs: SourceText[]): DomainPublications {
  const publications: PublicationOut[] = [];
  const byDoi = new Map<string, PublicationOut>();
  const byId = new Map<string, { publication: PublicationOut; hash: string }>();
  const notes: string[] = [];
  for (const input of inputs) {
    const { format, records, unknownLanguages } = readBibliography(input);
    let added = 0;
    let duplicates = 0;
    let untitled = 0;
    for (const record of records) {
      const { title } = record;
      if (!title) {
        untitled++;
        continue;
      }
      const hash = hashId(record);
      const doiKey = record.doi?.toLowerCase();
      let id = record.doi ?? record.key ?? hash;
      const sameId = byId.get(id);
      // Two exports' keys may clash (RIS IDs are small numbers): a clash that is not the same
      // citation takes the hash instead.
      if (sameId && sameId.hash !== hash && !doiKey) id = hash;
      const copyOf = (doiKey && byDoi.get(doiKey)) || byId.get(id)?.publication;
      const publication = toOut(id, { ...record, title });
      if (copyOf) {
        fillIn(copyOf, publication);
        duplicates++;
        continue;
      }
      publications.push(publication);
      if (doiKey) byDoi.set(doiKey, publication);
      byId.set(id, { publication, hash });
      added++;
    }
    const parts = [`${format}, ${plural(added, 'publication')}`];
    if (duplicates)
      parts.push(`${plural(duplicates, 'copy', 'copies')} of one already in the domain left out`);
    if (untitled) parts.push(`${plural(untitled, 'record')} without a title left out`);
    if (unknownLanguages.size)
      parts.push(`languages not known, left out: ${[...unknownLanguages].join(', ')}`);
    notes.push(`${input.spec.given}: ${parts.join('; ')}`);
  }
  return { publications, notes };
}
