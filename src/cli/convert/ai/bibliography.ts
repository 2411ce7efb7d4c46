/**
 * A domain's input read as a bibliography: CSL-JSON, BibTeX or RIS, told apart by content
 * (exports are named .json, .bib, .ris, .txt, .nbib … and served as text/plain), each
 * publication read into the same record.
 */
import { ConvertError, type SourceText } from '../convert-types.js';
import { bibtexItems, looksLikeBibtex } from './bibtex.js';
import { cslItems, cslRecord } from './csl-json.js';
import type { PublicationRecord } from './publication-fields.js';
import { looksLikeRis, risRecord, risRecords } from './ris.js';

export type BibliographyFormat = 'CSL-JSON' | 'BibTeX' | 'RIS';

export interface Bibliography {
  format: BibliographyFormat;
  records: PublicationRecord[];
  /** Languages that name no language Intl knows, left out of the publications. */
  unknownLanguages: Set<string>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads one input; an input that is none of the three formats is `unreadable` (exit 2). */
export function readBibliography(input: SourceText): Bibliography {
  const { text } = input;
  const given = input.spec.given;
  const unknownLanguages = new Set<string>();
  const unknown = (value: string) => unknownLanguages.add(value);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (json === undefined)
      throw new ConvertError(`${given}: JSON that cannot be read, so not CSL-JSON`, 'unreadable');
    const items = cslItems(json);
    if (!items)
      throw new ConvertError(
        `${given}: JSON, but not CSL-JSON (an array of items with a type or title)`,
        'unreadable',
      );
    return {
      format: 'CSL-JSON',
      records: items.map((i) => cslRecord(i, unknown)),
      unknownLanguages,
    };
  }
  if (looksLikeRis(text)) {
    const records = risRecords(text).map((r) => risRecord(r, unknown));
    return { format: 'RIS', records, unknownLanguages };
  }
  if (/^PMID- /m.test(text))
    throw new ConvertError(
      `${given}: PubMed's MEDLINE format (.nbib), which convert does not read: ` +
        'import it into Zotero or EndNote and export CSL-JSON, BibTeX or RIS',
      'unreadable',
    );
  if (looksLikeBibtex(text)) {
    const items = bibtexItems(text, given);
    return { format: 'BibTeX', records: items.map((i) => cslRecord(i, unknown)), unknownLanguages };
  }
  throw new ConvertError(
    `${given}: not a bibliography convert reads (CSL-JSON, BibTeX or RIS)`,
    'unreadable',
  );
}
