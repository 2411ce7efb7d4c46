/**
 * The publications' view below the filter and the search box: the domain blocks, each with
 * its page of publications, and a publication's citation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { button } from '../core/button.js';
import { countText, formatNumber } from '../core/format.js';
import { renderHeading, subheadingLevel } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg, str } from '../core/localize.js';
import { langAttribute, pickLocalized, type PickedText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { showMoreButton } from '../core/show-more.js';
import type { Publication } from './ai-publications-feed.js';
import type { IndexedDomain } from './publication-index.js';

/** Publications shown per list before "Show more": enough to scan, few enough to stay fast at 10,000. */
export const PUBLICATIONS_PAGE = 20;
/**
 * A search over all domains opens every domain that matches, and shows the best few of each
 * at first: an overview of where the matches are, which a keystroke can redraw within a frame.
 */
const SEARCH_PREVIEW = 5;
/** The language of a publication that does not name its own: that of nearly all scientific publishing. */
const PUBLISHED_LANGUAGE = 'en';
/** Authors listed before "et al.", as in the Vancouver citation style. */
const MAX_AUTHORS = 6;

/** What the domain blocks need from the element: its language, state and handlers. */
export interface DomainsContext {
  lang: Lang;
  /** The feed's URL, which relative links resolve against. */
  base: string;
  /** Level of the section heading; domain headings sit one below. */
  level: number;
  /** Whether a search is in effect (it shows only the domains with matches, and opens them). */
  searching: boolean;
  /** Whether the visitor left this domain's disclosure open (it depends on `searching`). */
  isOpen: (domainId: string) => boolean;
  /** Publications revealed by "Show more" beyond the first page of the domain with this id. */
  revealed: (domainId: string) => number;
  /** Opens or closes a disclosure; the button carries the domain's id in `data-key`. */
  onToggle: (event: Event) => void;
  /** Reveals more of a domain's publications; the button carries the domain's id in `data-key`. */
  onShowMore: (event: Event) => void;
}

/**
 * Which way a domain's block shows: `chosen`, the one domain the filter picked, always open
 * under a plain heading; or `listed`, one of all the domains, a disclosure the visitor opens
 * and closes, its panel named after its `index` in the feed.
 */
export type DomainDisplay = { kind: 'chosen' } | { kind: 'listed'; index: number };

/** "1 publication", "37 publications", "0 publication" in French, numbers in the page's style. */
export function publicationCount(count: number, lang: Lang): string {
  return countText(
    count,
    lang,
    (n) =>
      msg(str`${n} publication`, {
        id: 'ai.count-one',
        desc: "AI publications: beside a domain's name, how many publications it has, when exactly one (1 publication). A few words.",
      }),
    (n) =>
      msg(str`${n} publications`, {
        id: 'ai.count',
        desc: "AI publications: beside a domain's name, how many publications it has, plural (12 publications). A few words.",
      }),
  );
}

/** Every domain as a disclosure; during a search, only the domains with matches. */
export function renderAllDomains(
  domains: readonly IndexedDomain[],
  found: readonly (readonly Publication[])[],
  context: DomainsContext,
): TemplateResult {
  const shown = domains
    .map((d, i) => ({ d, i }))
    .filter(({ i }) => !context.searching || found[i]!.length > 0);
  if (!shown.length)
    return html`<p class="note">
      ${msg('No publications match your search.', { id: 'ai.no-match', desc: 'AI publications: shown where the publications would be when a search finds none. One short sentence.' })}
    </p>`;
  return html`${shown.map(({ d, i }) =>
    renderDomain(d, found[i]!, { kind: 'listed', index: i }, context),
  )}`;
}

/** A domain's heading and publications, shown the `display` way. */
export function renderDomain(
  indexed: IndexedDomain,
  publications: readonly Publication[],
  display: DomainDisplay,
  context: DomainsContext,
): TemplateResult {
  const id = indexed.domain.id;
  const label = pickLocalized(indexed.domain.label, context.lang);
  const listed = display.kind === 'listed';
  const open = !listed || context.isOpen(id);
  // Only a disclosure's button points at its panel; the chosen domain's needs no id.
  const panelId = listed ? `domain-${display.index}` : undefined;
  // The chosen domain's heading is its label alone; a listed domain's holds its button.
  const heading = panelId
    ? domainToggle(id, label, publications.length, panelId, open, context)
    : label.text;
  return html`<div class=${listed ? 'domain' : 'domain chosen'} part="domain">
    ${renderHeading(subheadingLevel(context.level), heading, {
      class: 'domain-title',
      lang: panelId ? undefined : label.lang,
    })}
    <div class="panel" id=${ifDefined(panelId)} ?hidden=${!open}>
      ${
        open
          ? renderPublicationList(id, publications, context, listed && context.searching)
          : nothing
      }
    </div>
  </div>`;
}

/**
 * The button that opens and closes a listed domain: its label and its number of publications.
 * The badge shows the bare number; a screen reader hears what it counts instead ("Longziekten,
 * 3 publicaties"), which a number alone after a name does not say.
 */
function domainToggle(
  id: string,
  label: PickedText,
  count: number,
  panelId: string,
  open: boolean,
  context: DomainsContext,
): TemplateResult {
  const { lang } = context;
  return button(
    'toggle',
    'domain-toggle',
    html`<span class="chevron" aria-hidden="true"></span>
      <span class="toggle-label" lang=${ifDefined(label.lang)}>${label.text}</span
      ><span class="badge" aria-hidden="true">${formatNumber(count, lang)}</span
      ><span class="visually-hidden">, ${publicationCount(count, lang)}</span>`,
    context.onToggle,
    { key: id, controls: panelId, open },
  );
}

/** A domain's first page of publications (its first few, in a `preview`), and "Show more". */
function renderPublicationList(
  domainId: string,
  publications: readonly Publication[],
  context: DomainsContext,
  preview: boolean,
): TemplateResult {
  if (!publications.length)
    return html`<p class="note">
      ${
        context.searching
          ? msg('No publications match your search.', {
              id: 'ai.no-match',
              desc: 'AI publications: shown where the publications would be when a search finds none. One short sentence.',
            })
          : msg('No publications in this domain yet.', {
              id: 'ai.domain-empty',
              desc: 'AI publications: shown inside an opened domain that has no publications yet. One short sentence.',
            })
      }
    </p>`;
  const shown = Math.min(
    publications.length,
    (preview ? SEARCH_PREVIEW : PUBLICATIONS_PAGE) + context.revealed(domainId),
  );
  const hidden = publications.length - shown;
  return html`<ul class="publication-list" role="list">
      ${publications.slice(0, shown).map((p) => renderPublication(p, context))}
    </ul>
    ${
      hidden > 0
        ? showMoreButton(Math.min(hidden, PUBLICATIONS_PAGE), context.onShowMore, domainId)
        : nothing
    }`;
}

/**
 * The resolver URL of a DOI, or `undefined` when it cannot be one. Characters with a meaning
 * in URLs are escaped and slashes kept; a `.` or `..` segment would make the URL parser climb
 * out of the DOI (escaped or not), so such a DOI gets no link.
 */
function doiUrl(doi: string): string | undefined {
  const segments = doi.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  return `https://doi.org/${segments.map(encodeURIComponent).join('/')}`;
}

/** "Topalovic M, Das N, Burgel PR, Daenen M, Derom E, Haenebalcke C, et al." */
function authorList(authors: readonly string[] | undefined): string {
  if (!authors?.length) return '';
  const listed = authors.slice(0, MAX_AUTHORS).join(', ');
  return authors.length > MAX_AUTHORS ? `${listed}, et al.` : listed;
}

/** A publication's citation: its title (linked to its URL, else its DOI), authors, journal, year, DOI and lay summary. */
function renderPublication(
  publication: Publication,
  context: Pick<DomainsContext, 'lang' | 'base'>,
): TemplateResult {
  const { lang, base } = context;
  const { title, journal, year, doi } = publication;
  const doiLink = doi ? doiUrl(doi) : undefined;
  const url = safeUrl(publication.url, 'link', base) ?? doiLink;
  const authors = authorList(publication.authors);
  const summary = pickLocalized(publication.summary, lang);
  // Title and journal as published: in the publication's language, English unless it says.
  const published = langAttribute(publication.language ?? PUBLISHED_LANGUAGE, lang);
  return html`<li class="publication" part="publication">
    <p class="publication-title" lang=${ifDefined(published)}>
      ${url ? html`<a class="link" href=${url}>${title}</a>` : title}
    </p>
    ${authors ? html`<p class="authors">${authors}</p>` : nothing}
    ${
      journal || year || doiLink
        ? html`<p class="meta">
            ${journal ? html`<cite class="journal" lang=${ifDefined(published)}>${journal}</cite>` : nothing}
            ${year ? html`<span class="year">${year}</span>` : nothing}
            ${doiLink ? html`<a class="doi" part="doi" href=${doiLink}>${doiLink}</a>` : nothing}
          </p>`
        : nothing
    }
    ${summary.text ? html`<p class="summary" lang=${ifDefined(summary.lang)}>${summary.text}</p>` : nothing}
  </li>`;
}
