/**
 * The AI page's news from the news items read from RSS, Atom or JSON Feed: the same fields,
 * except that the AI page's news must have a summary. An item with only a headline gets it as
 * its summary (and no title, which would show the same words twice): the widget then shows
 * the headline with a "Read the article" link, rather than skipping the item.
 */
import type { PerLang } from '../languages.js';
import type { NewsItemOut } from '../news/news-items.js';

/** A news item of the AI page's feed (`$defs/newsItem` in schemas/ai-publications.schema.json). */
export interface AiNewsOut {
  id: string;
  date: string;
  title?: PerLang<string>;
  summary: PerLang<string>;
  url?: string | PerLang<string>;
}

/** The AI page's news item, or undefined when it has neither summary nor title. */
export function aiNewsItem(item: NewsItemOut): AiNewsOut | undefined {
  const summary = item.summary ?? item.title;
  if (!summary) return undefined;
  return {
    id: item.id,
    date: item.date,
    ...(item.summary && item.title ? { title: item.title } : {}),
    summary,
    ...(item.url ? { url: item.url } : {}),
  };
}
