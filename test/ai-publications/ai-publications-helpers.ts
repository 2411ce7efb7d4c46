// What every <uzl-ai-publications> test file shares: the tag defined, the demo feed and the
// fixtures, mounting, reading what the visitor sees in the shadow root, acting as the
// visitor (the filter, the search box), and feeds made in the test.
import '../../src/ai-publications/uzl-ai-publications.js';
import type {
  UzlAiPublications,
  UzlDomainChangeDetail,
} from '../../src/ai-publications/ai-publications.js';
import type {
  AiDomain,
  AiNewsItem,
  AiPublicationsFeed,
  Publication,
} from '../../src/ai-publications/ai-publications-feed.js';
import type { LocalizedText } from '../../src/core/localized-text.js';
import { $, $$, fold, widgetMounter } from '../helpers/widgets.js';
import { feedUrl, sleep, uniqueId } from '../helpers/feeds.js';

export const DEMO = 'demo/data/ai-publications.json';
export const FIXTURES = 'test/fixtures/feeds/ai-publications';
export const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

export const FALLBACK =
  '<a href="https://www.uzleuven.be/en/artificial-intelligence">AI at UZ Leuven</a>';
export const { mountSrc, mountData, mountLoading, page } = widgetMounter<UzlAiPublications>(
  'uzl-ai-publications',
  FALLBACK,
);

export type El = UzlAiPublications & { updateComplete: Promise<boolean> };

// ---- what the visitor sees -------------------------------------------------------------

export const filter = (el: Element) => $<HTMLSelectElement>(el, 'select[part~="filter"]')!;
export const searchBox = (el: Element) => $<HTMLInputElement>(el, 'input[part~="search"]')!;
export const options = (el: Element) => [...filter(el).options].map((o) => fold(o.textContent));
export const count = (el: Element) => fold($(el, '[part~="count"]')?.textContent);
export const toggles = (el: Element) => $$<HTMLButtonElement>(el, 'button[part~="domain-toggle"]');
/** The label a toggle shows, without its count badge. */
export const toggleLabel = (button: Element) =>
  fold(button.querySelector('.toggle-label')?.textContent);
export const toggle = (el: Element, label: string) => {
  const found = toggles(el).find((b) => toggleLabel(b) === label);
  if (!found)
    throw new Error(`No domain toggle "${label}" in ${toggles(el).map(toggleLabel).join(', ')}`);
  return found;
};
export const expanded = (el: Element) =>
  toggles(el).map((b) => `${toggleLabel(b)}: ${b.getAttribute('aria-expanded')}`);
export const domainBlocks = (el: Element) => $$(el, '[part~="domain"]');
export const domainHeadings = (el: Element) =>
  domainBlocks(el).map((d) => fold(d.querySelector('.domain-title')!.textContent));
export const panelOf = (el: Element, button: Element) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
export const pubs = (el: Element) => $$(el, 'li[part~="publication"]');
export const pubTitles = (el: Element) =>
  pubs(el).map((li) => fold(li.querySelector('.publication-title')!.textContent));
export const notes = (el: Element) => $$(el, '.note').map((n) => fold(n.textContent));
export const showMore = (el: Element) => $$<HTMLButtonElement>(el, 'button[part~="show-more"]');
export const newsItems = (el: Element) => $$(el, 'li[part~="news-item"]');
export const newsTitles = (el: Element) => $$(el, '.news-title').map((h) => fold(h.textContent));
export const sectionTitles = (el: Element) =>
  $$(el, '.section-title').map((h) => fold(h.textContent));
export const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0;

/** Text with only ASCII white space folded: keeps the no-break spaces numbers are grouped with. */
export const raw = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** The visitor picks `value` ('' for all domains) in the filter. */
export async function pick(el: El, value: string) {
  const select = filter(el);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The visitor types `query` in the search box, then presses Enter or pauses. */
export async function searchFor(el: El, query: string, then: 'enter' | 'pause' = 'enter') {
  const box = searchBox(el);
  box.value = query;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (then === 'enter')
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  else await sleep(300);
  await el.updateComplete;
}

/** Every uzl-domain-change that reaches the document, for the test's duration. */
export function recordDomainChanges() {
  const seen: CustomEvent<UzlDomainChangeDetail>[] = [];
  const listener = (event: Event) => seen.push(event as CustomEvent<UzlDomainChangeDetail>);
  document.addEventListener('uzl-domain-change', listener);
  return {
    details: () => seen.map((e) => e.detail),
    events: seen,
    stop: () => document.removeEventListener('uzl-domain-change', listener),
  };
}

// ---- feeds made in the test ----------------------------------------------------------

export const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;

export function newsItem(n: number, extra: Partial<AiNewsItem> = {}): AiNewsItem {
  return {
    id: `news-${n}`,
    date: day(n),
    title: { en: `AI news ${n}`, nl: `AI-nieuws ${n}`, fr: `Actualité IA ${n}` },
    summary: { en: `Summary ${n}.`, nl: `Samenvatting ${n}.`, fr: `Résumé ${n}.` },
    url: `https://www.uzleuven.be/en/ai/news-${n}`,
    ...extra,
  };
}

/** `item` without the given keys: a feed leaves a field out, it never sets it to undefined. */
export function without<T extends object>(item: T, ...keys: (keyof T)[]): T {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

export const publication = (id: string, extra: Partial<Publication> = {}): Publication => ({
  id,
  title: `Publication ${id}`,
  ...extra,
});

export const domain = (
  id: string,
  label: LocalizedText,
  publications: Publication[],
): AiDomain => ({
  id,
  label,
  publications,
});

export const feedOf = (domains: AiDomain[], news: AiNewsItem[] = []): AiPublicationsFeed => ({
  version: 1,
  news,
  domains,
});

/**
 * Four domains for the search: accents on either side ("Hépatologie" / "Hepatologie",
 * "Müller" / "Muller"), a look-alike that must not match ("Mueller"), and domain labels
 * ("Cardiology", "Nuclear medicine", "Emergency medicine") that appear in no publication.
 */
export function searchFeed(): AiPublicationsFeed {
  return feedOf([
    domain('hepatology', { en: 'Hepatology', nl: 'Leverziekten', fr: 'Hépatologie' }, [
      publication('h2', {
        title: 'Transformers for liver segmentation',
        authors: ['Dupont J'],
        journal: 'Hepatologie Today',
        year: 2022,
        doi: '10.1000/h2',
      }),
      publication('h1', {
        title: 'Deep learning in Hépatologie clinique',
        authors: ['Müller K', 'Peeters A'],
        journal: 'Journal of Liver Research',
        year: 2024,
        doi: '10.1000/h1',
      }),
    ]),
    domain('cardiology', 'Cardiology', [
      publication('c1', {
        title: 'Heart failure prediction with machine learning',
        authors: ['Mueller T', 'Janssens B'],
        journal: 'European Heart Journal',
        year: 2023,
        doi: '10.1000/c1',
      }),
      publication('c2', {
        title: 'ECG screening by artificial intelligence',
        authors: ['Müller K'],
        journal: 'Circulation',
        year: 2021,
        doi: '10.1000/c2',
      }),
    ]),
    domain('nuclear', { en: 'Nuclear medicine', nl: 'Nucleaire geneeskunde' }, [
      publication('n1', {
        title: 'PET reconstruction with deep learning',
        authors: ['Lee S', 'Muller P'],
        journal: 'EJNMMI Physics',
        year: 2020,
        doi: '10.1000/n1',
      }),
    ]),
    domain('emergency', 'Emergency medicine', []),
  ]);
}

export const H1 = 'Deep learning in Hépatologie clinique';
export const H2 = 'Transformers for liver segmentation';
export const C1 = 'Heart failure prediction with machine learning';
export const C2 = 'ECG screening by artificial intelligence';
export const N1 = 'PET reconstruction with deep learning';

/** A domain of `n` publications, one per year from 1980, in the feed oldest first. */
export function bigDomain(id: string, n: number, links = true): AiDomain {
  return domain(
    id,
    `Domain ${id}`,
    Array.from({ length: n }, (_, i) =>
      publication(`${id}-${i}`, {
        title: `Study from ${1980 + i}`,
        year: 1980 + i,
        ...(links ? { doi: `10.1000/${id}.${i}` } : {}),
      }),
    ),
  );
}
