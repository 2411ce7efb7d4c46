/**
 * The news section: AI-in-medicine news, newest first, a page at a time with "Show more".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFeedDate } from '../core/format.js';
import { renderHeading, subheadingLevel } from '../core/heading.js';
import type { Lang } from '../core/language.js';
import { msg } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import type { Dated } from '../core/newest-first.js';
import { safeLink } from '../core/safe-url.js';
import { showMoreButton } from '../core/show-more.js';
import type { AiNewsItem } from './ai-publications-feed.js';

export interface NewsContext {
  lang: Lang;
  /** The feed's URL, which relative links resolve against. */
  base: string;
  /** Level of the section heading; news titles sit one below. */
  level: number;
  /** The zone date-times show in. */
  timeZone: string;
  /** Items shown at first, and revealed by each "Show more". */
  pageSize: number;
  /** Items revealed by "Show more" beyond the first page. */
  revealed: number;
  onShowMore: (event: Event) => void;
}

export function renderNews(
  news: readonly Dated<AiNewsItem>[],
  context: NewsContext,
): TemplateResult {
  const { pageSize } = context;
  const shown = Math.min(news.length, pageSize + context.revealed);
  const hidden = news.length - shown;
  return html`<section class="news" part="news" aria-labelledby="news-heading">
    ${renderHeading(
      context.level,
      msg('News', {
        id: 'ai.news',
        desc: 'AI publications: heading of the news section. Heading, one or two words.',
      }),
      {
        class: 'section-title',
        id: 'news-heading',
      },
    )}
    <ul class="news-items" role="list">
      ${news.slice(0, shown).map((entry) => renderNewsItem(entry, context))}
    </ul>
    ${hidden > 0 ? showMoreButton(Math.min(hidden, pageSize), context.onShowMore) : nothing}
  </section>`;
}

/** One item: its title (linked when it has a URL), date and summary. */
function renderNewsItem(entry: Dated<AiNewsItem>, context: NewsContext): TemplateResult {
  const { lang, base } = context;
  const { item, date, datetime } = entry;
  const url = safeLink(item.url, lang, base);
  const title = pickLocalized(item.title, lang);
  const summary = pickLocalized(item.summary, lang);
  const dateText = date ? formatFeedDate(date, lang, undefined, context.timeZone) : '';
  return html`<li class="news-item" part="news-item">
    ${
      title.text
        ? renderHeading(
            subheadingLevel(context.level),
            url ? html`<a class="link" href=${url}>${title.text}</a>` : title.text,
            { class: 'news-title', lang: title.lang },
          )
        : nothing
    }
    ${date ? html`<time class="date" datetime=${ifDefined(datetime)}>${dateText}</time>` : nothing}
    <p class="summary" lang=${ifDefined(summary.lang)}>${summary.text}</p>
    ${
      // Without a title to carry the link, "Read the article" does, named by the item's date
      // for screen readers (a page of identical link names says nothing).
      url && !title.text
        ? html`<a class="read-more" href=${url}
            >${msg('Read the article', { id: 'ai.read-article', desc: 'AI publications: link under a news item to the whole article (followed, for screen readers, by its date). Link text, about 20 characters.' })}<span
              class="visually-hidden"
            >
              (${dateText})</span
            ></a
          >`
        : nothing
    }
  </li>`;
}
