/**
 * The fields of a publication as the AI page's feed has them, made the same way whatever the
 * bibliography's format: a DOI without its resolver, one year, a plain-text title, a BCP 47
 * language tag, and a link only when it is a web address.
 */
import { createHash } from 'node:crypto';
import type { Publication } from '../../../ai-publications/ai-publications-feed.js';
import { htmlToText, oneLine } from '../html-text.js';

/** A publication read from CSL-JSON, BibTeX or RIS, before it joins its domain. */
export interface PublicationRecord {
  /** The export's own key (CSL `id`, BibTeX citation key, RIS `ID`), when it has one. */
  key?: string;
  title?: string;
  /** "Topalovic M", as the widget shows authors. */
  authors: string[];
  journal?: string;
  year?: number;
  doi?: string;
  url?: string;
  language?: string;
}

/** A publication of the feed, as the widget's own type says it (its summary is left out). */
export type PublicationOut = Omit<Publication, 'summary'>;

/** The schema's DOI pattern: `10.` and a registrant code, a slash, and no spaces. */
const DOI = /^10\.\d{4,9}(\.\d+)*\/\S+$/;
const RESOLVER = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/**
 * `https://doi.org/10.1183/…`, `doi:10.1183/…`, `10.1183/…` → `10.1183/…`; undefined when what
 * is left is no DOI (a DOI the schema refuses would make the widget skip the publication).
 */
export function normalizeDoi(value: string | undefined): string | undefined {
  let doi = value?.trim().replace(RESOLVER, '');
  if (!doi) return undefined;
  // A DOI taken from a link may be percent-encoded (`10.1002/%28SICI%29…`).
  if (/%[0-9a-f]{2}/i.test(doi)) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // not an encoded one after all
    }
  }
  return DOI.test(doi) ? doi : undefined;
}

/** The DOI in a `https://doi.org/…` link, for exports that give the DOI only as the URL. */
export const doiOfUrl = (url: string | undefined): string | undefined =>
  url && RESOLVER.test(url.trim()) && !/^doi:/i.test(url.trim()) ? normalizeDoi(url) : undefined;

/** An http(s) address as a URL parser writes it, or undefined. */
export function webUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || !/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

/** The first plausible year in a date as exports write it: `2019`, `2019/10//`, `Oct 2019`. */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1000 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|\D)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * Plain text of a title or journal: CSL's rich-text tags (`<i>`, `<sup>`, `<span
 * class="nocase">`) dropped, as the widget shows the title as text; line breaks and runs of
 * spaces (PubMed's, arXiv's) made one space.
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return oneLine(htmlToText(value)) || undefined;
}

/** A stable id for a publication with neither DOI nor key: a hash of what identifies it. */
export function hashId(record: PublicationRecord): string {
  const basis = [record.title, record.authors.join(';'), record.journal, record.year].join('|');
  return `pub-${createHash('sha256').update(basis).digest('hex').slice(0, 12)}`;
}
