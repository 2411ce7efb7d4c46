// <uzl-news-list>: this file is the element (its attributes, state, render and events). Its
// folder: clamp-watch.ts (which summaries are cut off, so they need "Read more"),
// news-list.styles.ts (its look), news-feed.ts (the feed's type, held to
// schemas/news.schema.json) and uzl-news-list.ts (defines the tag). Fetching, language,
// states, headings, images, "Show more" and announcements come from src/core/.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFeedDate, resolveTimeZone } from '../core/format.js';
import { button } from '../core/button.js';
import { FeedImages, feedImageStyles } from '../core/feed-images.js';
import { itemLimit } from '../core/limit.js';
import { memoize } from '../core/memo.js';
import { newestFirst, type Dated } from '../core/newest-first.js';
import { addMessages, msg } from '../core/localize.js';
import { messages } from '../generated/messages/news-list.js';
import { pickLocalized } from '../core/localized-text.js';
import { safeLink } from '../core/safe-url.js';
import { emptyView } from '../core/state-views.js';
import { renderHeading } from '../core/heading.js';
import { nextItem, ShowMore, showMoreButton } from '../core/show-more.js';
import { toggled } from '../core/toggled.js';
import { UzlFeedElement } from '../core/uzl-feed-element.js';
import { newsFeedSpec, type NewsFeed, type NewsItem } from './news-feed.js';
import { newsListStyles } from './news-list.styles.js';
import { ClampWatch } from './clamp-watch.js';

// This element's nl and fr messages, next to the core's.
addMessages(messages);

export type NewsListLayout = 'list' | 'grid' | 'compact';
export type NewsLinkTarget = '_self' | '_blank';

const DEFAULT_LIMIT = 5;

type Entry = Dated<NewsItem>;

/**
 * UZ Leuven's latest news: a list of articles with date, title, summary and image, newest
 * first, in the page's language.
 *
 * A page can replace any of its texts, per language, by message id (`news.`, `list.show-more`, and the
 * shared `state.` and `error.` ones): a `<script type="application/json" data-uzl-messages>`
 * block or `setMessages()`, shown as text (README, "Changing a widget's wording on one page").
 *
 * @tag uzl-news-list
 * @summary A localized list of news items from a JSON feed, as a list, a grid of cards or a compact sidebar list.
 *
 * @slot - Fallback content, such as a plain link to UZ Leuven's news page: it shows before the
 *   script loads, without JavaScript and beside the error message; it is hidden while news shows.
 *
 * @csspart item - Each news item (an `<article>`).
 * @csspart title - An item's heading; it holds the link to the article when the item has one.
 * @csspart date - An item's publication date (a `<time>`).
 * @csspart summary - An item's summary, cut to a few lines.
 * @csspart read-more - The button under a cut-off summary of an item without a link ("Read
 *   more", then "Show less"): with no article to go to, it shows the whole summary.
 * @csspart image - An item's image.
 * @csspart show-more - The button that reveals the next `limit` items.
 * @csspart more - The "More news" link to the feed's news overview.
 *
 * @cssprop --uzl-news-list-gap - Space between items (default: the `--uzl-space` unit).
 * @cssprop --uzl-news-list-column-width - Narrowest column of the grid layout; the grid fits as many as the width allows (default 16rem).
 * @cssprop --uzl-news-list-image-ratio - Aspect ratio of the images' box; images are cropped to fill it (default 16 / 9).
 * @cssprop --uzl-news-list-summary-lines - Lines of summary shown before it is cut off (default 3).
 * @cssprop --uzl-news-list-title-size - Font size of the item titles (default 1.125em).
 */
export class UzlNewsList extends UzlFeedElement<NewsFeed> {
  static override styles = [...UzlFeedElement.styles, feedImageStyles, newsListStyles];

  /** How many items show at first; "Show more" reveals this many more each time (default 5). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** `list` (default), `grid` (cards, as many columns as the width allows) or `compact` (title and date only, for sidebars). */
  @property({ reflect: true }) layout: NewsListLayout = 'list';

  /** Show only the items carrying this tag (case-insensitive), for example `research`. */
  @property() tag?: string;

  /**
   * Time zone that dates with a time of day are shown in, as an IANA name (`Europe/London`);
   * default and fallback for a name the browser does not know: `Europe/Brussels`.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Where links open: `_self` (default) or `_blank` (a new tab, with `rel="noopener noreferrer"`). */
  @property({ attribute: 'link-target' }) linkTarget: NewsLinkTarget = '_self';

  /** Items whose whole summary the visitor opened with "Read more", by id. */
  @state() private openSummaries: ReadonlySet<string> = new Set();

  /** Which summaries of items without a link are cut off, so they need "Read more". */
  private readonly clamps = new ClampWatch(this);

  /** The items' images; one that fails to load leaves its item without an image, not a broken one. */
  private readonly images = new FeedImages(this);

  /** Items revealed by "Show more" beyond the first `limit`. */
  private readonly more = new ShowMore(this);

  // Sorting happens once per feed value, filtering once per sorted list and tag.
  private readonly sorted = memoize((feed: NewsFeed) => newestFirst(feed.items));
  private readonly filtered = memoize((sorted: Entry[], tag: string) =>
    tag ? sorted.filter(({ item }) => item.tags?.some((t) => t.toLowerCase() === tag)) : sorted,
  );

  constructor() {
    super(newsFeedSpec);
  }

  /** The count (for the empty state and `uzl-load`) is what the visitor can get to: the items with the tag. */
  protected override itemCount(feed: NewsFeed): number {
    return this.entries(feed).length;
  }

  /** The items to show, newest first, filtered by `tag`. */
  private entries(feed: NewsFeed): Entry[] {
    return this.filtered(this.sorted(feed), this.tag?.trim().toLowerCase() ?? '');
  }

  private get pageSize(): number {
    return itemLimit(this.limit, DEFAULT_LIMIT);
  }

  /** Room for one page of items (at most 20) while the feed loads. */
  protected override expectedItems(): number {
    return Math.min(this.pageSize, 20);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another feed, filter or page size starts from the first page again; a refresh keeps what was revealed.
    if (['src', 'data', 'tag', 'limit'].some((name) => changed.has(name as keyof UzlNewsList))) {
      this.more.reset();
    }
  }

  protected override renderEmpty(): TemplateResult {
    return html`${emptyView(msg('No news at the moment.', { id: 'news.empty', desc: 'News list: shown instead of the items when the feed has none. One short sentence; wraps.' }))}
    ${this.renderFooter(0)}`;
  }

  protected override renderData(feed: NewsFeed): TemplateResult {
    const entries = this.entries(feed);
    const shown = Math.min(entries.length, this.pageSize + this.more.revealed());
    const context: RenderContext = {
      lang: this.resolvedLang,
      timeZone: resolveTimeZone(this.timeZone),
      compact: this.layout === 'compact',
      newTab: this.linkTarget === '_blank',
      level: this.level,
      base: this.feed.baseUrl,
    };
    // An unknown layout value looks like the default list.
    const layout = this.layout === 'grid' || context.compact ? this.layout : 'list';
    return html`<ul class="items ${layout}" role="list">
        ${entries.slice(0, shown).map((entry, index) => this.renderItem(entry, index, context))}
      </ul>
      ${this.renderFooter(entries.length - shown)}`;
  }

  private renderItem(entry: Entry, index: number, context: RenderContext): TemplateResult {
    const { item, date, datetime } = entry;
    const { lang, base, newTab } = context;
    const titleId = `title-${index}`;
    const url = safeLink(item.url, lang, base);
    const image = context.compact ? undefined : item.image;
    const imageSrc = this.images.src(image, base);
    const summary = pickLocalized(context.compact ? undefined : item.summary, lang);
    const title = pickLocalized(item.title, lang);
    // Cut to a few lines; where no link leads to the article, one that does not fit offers
    // "Read more" (WCAG 1.4.10: at 400 % zoom three lines may be a fifth of it).
    const summaryId = `summary-${index}`;
    const open = !url && this.openSummaries.has(item.id);
    const toggle = !!summary.text && !url && (open || this.clamps.has(item.id));
    const classes = ['item', imageSrc ? 'has-image' : '', toggle ? 'expandable' : ''];
    const heading = url
      ? html`<a
          class="link"
          href=${url}
          target=${newTab ? '_blank' : nothing}
          rel=${newTab ? 'noopener noreferrer' : nothing}
          >${title.text}${newTab ? newTabHint(title.lang && lang) : nothing}</a
        >`
      : title.text;
    return html`<li>
      <article
        class=${classes.filter(Boolean).join(' ')}
        part="item"
        aria-labelledby=${titleId}
        tabindex=${ifDefined(url ? undefined : -1)}
      >
        ${renderHeading(context.level, heading, {
          class: 'title',
          part: 'title',
          id: titleId,
          lang: title.lang,
        })}
        ${
          date
            ? html`<time class="date" part="date" datetime=${ifDefined(datetime)}
                >${formatFeedDate(date, lang, undefined, context.timeZone)}</time
              >`
            : nothing
        }
        ${
          summary.text
            ? html`<p
                id=${summaryId}
                class=${open ? 'summary' : 'summary clamped'}
                part="summary"
                lang=${ifDefined(summary.lang)}
                data-clamp=${url ? nothing : item.id}
              >
                ${summary.text}
              </p>`
            : nothing
        }
        ${
          toggle
            ? button(
                'read-more',
                'read-more',
                open
                  ? msg('Show less', {
                      id: 'news.show-less',
                      desc: 'News list: the same button once the summary is open; closes it again. Button label, about 15 characters.',
                    })
                  : msg('Read more', {
                      id: 'news.read-more',
                      desc: 'News list: button under a shortened summary that opens the rest of it. Button label, about 15 characters.',
                    }),
                this.onReadMore,
                { key: item.id, controls: summaryId, open, describedBy: titleId },
              )
            : nothing
        }
        ${imageSrc && image ? this.images.render(image, imageSrc, lang) : nothing}
      </article>
    </li>`;
  }

  /** "Show 5 more" while items are hidden, and "More news" when the feed links to its overview. */
  private renderFooter(hidden: number): TemplateResult | typeof nothing {
    const moreUrl = safeLink(this.feed.value?.moreUrl, this.resolvedLang, this.feed.baseUrl);
    if (hidden <= 0 && !moreUrl) return nothing;
    const next = Math.min(hidden, this.pageSize);
    const newTab = this.linkTarget === '_blank';
    return html`<div class="footer">
      ${hidden > 0 ? showMoreButton(next, this.onShowMore) : nothing}
      ${
        moreUrl
          ? html`<a
              class="more"
              part="more"
              href=${moreUrl}
              target=${newTab ? '_blank' : nothing}
              rel=${newTab ? 'noopener noreferrer' : nothing}
              >${msg('More news', { id: 'news.more', desc: "News list: link under the items to the partner's full news page. Link text, one line, about 20 characters." })}${newTab ? newTabHint() : nothing}</a
            >`
          : nothing
      }
    </div>`;
  }

  /** The next page, and the keyboard on its first item (its link, else the article). */
  private readonly onShowMore = () =>
    void this.more.reveal('', this.pageSize, nextItem(this.renderRoot.querySelector('.items')));

  /** "Read more" shows the item's whole summary, "Show less" cuts it again; the focus stays. */
  private readonly onReadMore = (event: Event) => {
    this.openSummaries = toggled(
      this.openSummaries,
      (event.currentTarget as HTMLElement).dataset['key']!,
    );
  };
}

interface RenderContext {
  lang: UzlNewsList['resolvedLang'];
  timeZone: string;
  compact: boolean;
  newTab: boolean;
  level: number;
  base: string;
}

/**
 * Told to screen reader users only; sighted users see the browser open the tab. Inside a title
 * in another language it says which language it is in itself: the widget's, `lang`.
 */
function newTabHint(lang?: string): TemplateResult {
  return html`<span class="visually-hidden" lang=${ifDefined(lang)}>
    (${msg('opens in a new tab', { id: 'news.new-tab', desc: "News list: read aloud by screen readers after a link's text (in brackets) when links open in a new tab; never seen. Any length, lower case." })})</span
  >`;
}
