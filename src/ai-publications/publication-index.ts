import type { AiDomain, Publication } from './ai-publications-feed.js';

/**
 * Search over the feed's publications. The index is built once per feed value: each
 * publication's searchable text (title, authors, journal) is folded once, so a keystroke over
 * ten thousand publications costs only one substring test per search term and publication.
 */

/** A domain with its publications newest first, and their folded search text. */
export interface IndexedDomain {
  domain: AiDomain;
  publications: readonly Publication[];
  /** `haystacks[i]` is the folded title, authors and journal of `publications[i]`. */
  haystacks: readonly string[];
}

/**
 * Lower case without accents or other combining marks, so "hepatologie" finds "hépatologie",
 * "muller" finds "Müller" and "soren" finds "Søren". NFKD also unfolds ligatures and
 * full-width letters.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđæœßþı]/g, (letter) => LETTERS[letter]!);
}

/** Letters that Unicode does not decompose into a base letter and a mark ("Søren", "Łukasz"). */
const LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
};

/** The words of a query, folded; a publication matches when its text holds every one. */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

/** Newest year first; publications without a year last; equal years keep the feed's order. */
function newestFirst(publications: readonly Publication[]): Publication[] {
  const year = (p: Publication) => p.year ?? -Infinity;
  return [...publications].sort((a, b) => year(b) - year(a) || 0);
}

export function indexDomains(domains: readonly AiDomain[]): IndexedDomain[] {
  return domains.map((domain) => {
    const publications = newestFirst(domain.publications);
    const haystacks = publications.map((p) =>
      fold([p.title, ...(p.authors ?? []), p.journal ?? ''].join('\n')),
    );
    return { domain, publications, haystacks };
  });
}

/** The domain's publications that hold every term, in the index's order. */
export function matching(indexed: IndexedDomain, terms: readonly string[]): readonly Publication[] {
  if (terms.length === 0) return indexed.publications;
  const { publications, haystacks } = indexed;
  const found: Publication[] = [];
  for (let i = 0; i < publications.length; i++) {
    const haystack = haystacks[i]!;
    if (terms.every((term) => haystack.includes(term))) found.push(publications[i]!);
  }
  return found;
}
