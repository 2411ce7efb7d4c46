// <uzl-ai-publications>: this file is the element (its attributes, state, the URL hash and
// events). Its folder: ai-news.ts, publication-view.ts and publication-controls.ts (render
// modules), publication-index.ts (search, folded once per feed), domain-hash.ts (#domain=…),
// ai-publications-feed.ts (the feed's type, held to schemas/ai-publications.schema.json),
// ai-publications.styles.ts and uzl-ai-publications.ts. "Show more", announcements, the rule
// for an unknown `domain` and the event types come from src/core/.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { debounce } from '../core/debounce.js';
import { resolveTimeZone } from '../core/format.js';
import { itemLimit } from '../core/limit.js';
import { matchId } from '../core/match-id.js';
import { memoize } from '../core/memo.js';
import { newestFirst } from '../core/newest-first.js';
import { fieldStyles } from '../core/field.styles.js';
import { renderHeading } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { addMessages, msg } from '../core/localize.js';
import { messages } from '../generated/messages/ai-publications.js';
import { nextItem, ShowMore } from '../core/show-more.js';
import { emptyView } from '../core/state-views.js';
import { toggled } from '../core/toggled.js';
import { UzlFeedElement } from '../core/uzl-feed-element.js';
import { aiPublicationsFeedSpec, type AiPublicationsFeed } from './ai-publications-feed.js';
import { aiPublicationsStyles } from './ai-publications.styles.js';
import { renderNews } from './ai-news.js';
import { readDomainHash, writeDomainHash } from './domain-hash.js';
import { renderControls } from './publication-controls.js';
import {
  PUBLICATIONS_PAGE,
  publicationCount,
  renderAllDomains,
  renderDomain,
  type DomainsContext,
} from './publication-view.js';
import { indexDomains, matching, searchTerms, type IndexedDomain } from './publication-index.js';

// This element's nl and fr messages, next to the core's.
addMessages(messages);

export type AiSections = 'both' | 'news' | 'publications';

export type { UzlDomainChangeDetail } from '../core/events.js';

const DEFAULT_LIMIT = 5;
/** Milliseconds of typing pause before the search runs. */
const SEARCH_DELAY = 200;

/** What one render needs besides the element's own state. */
interface RenderContext {
  lang: Lang;
  /** The feed's URL, which relative links resolve against. */
  base: string;
  /** Level of the section headings; domains and news titles sit one below. */
  level: number;
  /** The search's words, folded; none when nothing is searched. */
  terms: string[];
}

/**
 * UZ Leuven's work on artificial intelligence in medicine: news, and scientific publications
 * per medical domain that the visitor can filter by domain and search as they type.
 *
 * A page can replace any of its texts, per language, by message id (`ai.`, `list.show-more`, and the
 * shared `state.` and `error.` ones): a `<script type="application/json" data-uzl-messages>`
 * block or `setMessages()`, shown as text (README, "Changing a widget's wording on one page").
 *
 * @tag uzl-ai-publications
 * @summary AI-in-medicine news and a searchable list of scientific publications per medical domain.
 *
 * @slot - Fallback content, such as a plain link to UZ Leuven's AI page: it shows before the
 *   script loads, without JavaScript and beside the error message; it is hidden while data shows.
 *
 * @csspart news - The news section.
 * @csspart news-item - One news item.
 * @csspart publications - The publications section (filter, search, domains).
 * @csspart filter - The domain filter (a `<select>`), each domain with its count.
 * @csspart search - The search box.
 * @csspart count - The number of publications shown; screen readers hear it change.
 * @csspart domain - A domain's block: its heading (a disclosure button when all domains show) and its publications.
 * @csspart domain-toggle - The button that opens and closes a domain when all domains show.
 * @csspart publication - One publication.
 * @csspart doi - A publication's DOI link.
 * @csspart show-more - A button that reveals more news or publications.
 *
 * @cssprop --uzl-ai-publications-gap - Space between the blocks (default: the `--uzl-space` unit).
 * @cssprop --uzl-ai-publications-news-width - Width of the news column beside the publications on wide elements (default 20rem).
 *
 * @fires {CustomEvent<{domain: string | null}>} uzl-domain-change - The visitor chose a domain
 *   (`null`: all domains), in the filter or through a link to the page's `#domain=` hash.
 */
export class UzlAiPublications extends UzlFeedElement<AiPublicationsFeed> {
  static override styles = [...UzlFeedElement.styles, fieldStyles, aiPublicationsStyles];

  // Section headings stop at h5: domains and news titles sit one below.
  protected static override maxHeadingLevel = 5;

  /** What to show: `both` (default), `news` or `publications`. */
  @property({ reflect: true }) sections: AiSections = 'both';

  /**
   * The chosen domain's id, case-insensitive (all domains when empty; an id the feed does not
   * have is ignored, with a `console.warn`). It follows the visitor's choice, so `domain` can
   * be read back and styled on.
   */
  @property({ reflect: true }) domain?: string;

  /** How many news items show at first; "Show more" reveals this many more each time (default 5). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /**
   * Time zone that news dates with a time of day are shown in, as an IANA name
   * (`Europe/London`); default and fallback for a name the browser does not know: `Europe/Brussels`.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * Keep the chosen domain in the page URL (`#domain=nuclear-medicine`), so it can be
   * bookmarked and shared, and a link to that hash on the page opens the domain.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** The search text in effect (the box's text after the typing pause). */
  @state() private query = '';
  /** Domains opened by the visitor while all domains show and nothing is searched. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Domains the visitor closed during the current search (a search opens every domain that matches). */
  @state() private closedInSearch: ReadonlySet<string> = new Set();
  /** News items revealed by "Show more" beyond the first page. */
  private readonly moreNews = new ShowMore(this);
  /** Publications revealed by "Show more" beyond the first page, per domain id. */
  private readonly morePublications = new ShowMore(this);

  /** The box's current text, ahead of `query` while the visitor types. */
  private typed = '';
  /** The search, once the visitor pauses: the pause spares work while typing. */
  private readonly searchSoon = debounce(() => this.search(this.typed), SEARCH_DELAY);

  // The search index and the sorted news are built once per feed value.
  private readonly domainsOf = memoize((feed: AiPublicationsFeed) => indexDomains(feed.domains));
  private readonly newsOf = memoize((feed: AiPublicationsFeed) => newestFirst(feed.news));

  constructor() {
    super(aiPublicationsFeedSpec);
  }

  /** What the visitor can reach: the shown sections' news items and publications. */
  protected override itemCount(feed: AiPublicationsFeed): number {
    return (
      (this.showsNews ? feed.news.length : 0) +
      (this.showsPublications
        ? feed.domains.reduce((sum, domain) => sum + domain.publications.length, 0)
        : 0)
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    if (this.syncUrl) this.domain = readDomainHash() || this.domain;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    this.searchSoon.cancel();
  }

  private get showsNews(): boolean {
    return this.sections !== 'publications';
  }

  private get showsPublications(): boolean {
    return this.sections !== 'news';
  }

  private get newsPageSize(): number {
    return itemLimit(this.limit, DEFAULT_LIMIT);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = changed.has('data') || changed.has('src');
    if (feed || changed.has('limit')) this.moreNews.reset();
    if (feed || changed.has('domain')) this.morePublications.reset();
  }

  protected override renderEmpty(): TemplateResult {
    const feed = this.feed.value;
    // Domains without publications yet are still worth showing: each says it is empty.
    if (feed && this.showsPublications && feed.domains.length) return this.renderData(feed);
    const message =
      this.sections === 'news'
        ? msg('No news at the moment.', {
            id: 'ai.no-news',
            desc: 'AI publications: shown instead of the news section when the feed has no news. One short sentence.',
          })
        : this.sections === 'publications'
          ? msg('No publications at the moment.', {
              id: 'ai.no-publications',
              desc: 'AI publications: shown instead of the publications when the feed has none. One short sentence.',
            })
          : msg('No news or publications at the moment.', {
              id: 'ai.empty',
              desc: "AI publications: shown instead of the widget's content when the feed has neither news nor publications. One short sentence; wraps.",
            });
    return emptyView(message);
  }

  protected override renderData(feed: AiPublicationsFeed): TemplateResult {
    const context: RenderContext = {
      lang: this.resolvedLang,
      base: this.feed.baseUrl,
      level: this.level,
      terms: searchTerms(this.query),
    };
    const news = this.showsNews ? this.newsOf(feed) : [];
    const domains = this.showsPublications ? this.domainsOf(feed) : [];
    return html`<div class=${news.length && domains.length ? 'sections both' : 'sections'}>
      ${
        news.length
          ? renderNews(news, {
              ...context,
              timeZone: resolveTimeZone(this.timeZone),
              pageSize: this.newsPageSize,
              revealed: this.moreNews.revealed(),
              onShowMore: this.onShowMore,
            })
          : nothing
      }
      ${domains.length ? this.renderPublications(domains, context) : nothing}
    </div>`;
  }

  private renderPublications(domains: IndexedDomain[], context: RenderContext): TemplateResult {
    const { lang, terms } = context;
    const id = matchId(
      this,
      'domain',
      this.domain,
      domains.map((d) => d.domain.id),
    );
    const chosen = domains.find((d) => d.domain.id === id);
    const found = domains.map((d) => matching(d, terms));
    const total = (chosen ? [found[domains.indexOf(chosen)]!] : found).reduce(
      (sum, list) => sum + list.length,
      0,
    );
    const searching = terms.length > 0;
    const view: DomainsContext = {
      ...context,
      searching,
      // The sets hold the opened domains normally, the closed ones during a search.
      isOpen: (id) => (searching ? !this.closedInSearch.has(id) : this.expanded.has(id)),
      revealed: (id) => this.morePublications.revealed(id),
      onToggle: this.onToggle,
      onShowMore: this.onShowMore,
    };
    return html`<section
      class="publications"
      part="publications"
      aria-labelledby="publications-heading"
    >
      ${renderHeading(
        context.level,
        msg('Scientific publications', {
          id: 'ai.publications',
          desc: 'AI publications: heading of the publications section. Heading, one line, about 30 characters.',
        }),
        {
          class: 'section-title',
          id: 'publications-heading',
        },
      )}
      ${renderControls(domains, found, {
        lang,
        chosen: chosen?.domain.id ?? '',
        typed: this.typed,
        onDomainChange: this.onDomainChange,
        onSearchInput: this.onSearchInput,
        onSearchKeydown: this.onSearchKeydown,
      })}
      <p class="count" part="count">${publicationCount(total, lang)}</p>
      ${
        chosen
          ? renderDomain(chosen, found[domains.indexOf(chosen)]!, { kind: 'chosen' }, view)
          : renderAllDomains(domains, found, view)
      }
    </section>`;
  }

  private readonly onDomainChange = (event: Event) => {
    this.choose((event.currentTarget as HTMLSelectElement).value || undefined);
  };

  /** The visitor's choice of domain: reflected, put in the URL when asked, and announced. */
  private choose(domain: string | undefined): void {
    if (domain === this.domain) return;
    this.domain = domain;
    if (this.syncUrl) writeDomainHash(domain);
    this.emit('uzl-domain-change', { domain: domain ?? null });
    void this.sayCount();
  }

  /** The publications' count, said once a search or a domain has changed it. */
  private async sayCount(): Promise<void> {
    await this.updateComplete;
    const count = this.renderRoot.querySelector('.count')?.textContent?.trim();
    if (count) this.announcer.say(count);
  }

  private readonly onHashChange = () => {
    const hash = this.syncUrl ? readDomainHash() : undefined;
    if (hash === undefined) return;
    const domain = hash ?? undefined;
    // A link to a domain this feed does not have changes nothing.
    if (domain && this.feed.value && !this.feed.value.domains.some((d) => d.id === domain)) return;
    if (domain === this.domain) return;
    this.choose(domain);
    // A link elsewhere on the page led here: show where it went.
    if (domain && this.feed.value) this.scrollIntoView({ block: 'start' });
  };

  private readonly onSearchInput = (event: Event) => {
    this.typed = (event.currentTarget as HTMLInputElement).value;
    this.searchSoon();
  };

  /** Enter searches at once; the pause is only there to spare work while typing. */
  private readonly onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    this.searchSoon.now();
  };

  private search(query: string): void {
    if (query.trim() === this.query.trim()) return;
    this.query = query;
    this.closedInSearch = new Set();
    this.morePublications.reset();
    void this.sayCount();
  }

  private readonly onToggle = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['key']!;
    // The set holds the opened domains normally, the closed ones during a search.
    if (searchTerms(this.query).length) this.closedInSearch = toggled(this.closedInSearch, id);
    else this.expanded = toggled(this.expanded, id);
  };

  /** More news, or more of a domain's publications; the keyboard goes to the first revealed. */
  private readonly onShowMore = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    // A domain's button names its domain; the news list's has none.
    const domain = button.dataset['key'];
    const next = nextItem(button.previousElementSibling);
    if (domain === undefined) void this.moreNews.reveal('', this.newsPageSize, next);
    else void this.morePublications.reveal(domain, PUBLICATIONS_PAGE, next);
  };
}
