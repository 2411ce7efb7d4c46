/**
 * News items read from RSS 2.0, Atom 1.0 or JSON Feed 1.1 inputs, one input per language,
 * merged into multilingual items. Shared by the news converter and the AI page's news.
 */
import { ConvertError, type ConvertOptions, type SourceText } from '../convert-types.js';
import type { PerLang } from '../languages.js';

/** One merged news item, in the fields both the news feed and the AI page's news have. */
export interface NewsItemOut {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title?: PerLang<string>;
  /** Plain text. */
  summary?: PerLang<string>;
  /** One link for every language, or one per language when the languages' pages differ. */
  url?: string | PerLang<string>;
  image?: { src: string; alt?: PerLang<string>; width?: number; height?: number };
}

export interface NewsItemsRead {
  items: NewsItemOut[];
  /** The feeds' own home pages (RSS `link`, Atom `alternate`, JSON Feed `home_page_url`). */
  homePage?: string | PerLang<string>;
  /** One line per input: `nl:news-nl.rss: RSS 2.0, 10 items`. */
  notes: string[];
}

export const readNewsItems = (
  _inputs: SourceText[],
  _options: ConvertOptions,
): Promise<NewsItemsRead> =>
  Promise.reject(new ConvertError('reading RSS, Atom or JSON Feed is not built yet', 'unreadable'));
