/**
 * News items read from RSS 2.0, Atom 1.0 or JSON Feed 1.1 inputs, one input per language,
 * merged into multilingual items. Shared by the news converter and the AI page's news.
 */
import type { ConvertOptions, Lang, SourceText } from '../convert-types.js';
import { inputLang, type PerLang } from '../languages.js';
import { mergeLanguages, type ShownEntry } from './merge-languages.js';
import { readInput } from './read-input.js';

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const readNewsItems = (
  inputs: SourceText[],
  options: ConvertOptions,
): Promise<NewsItemsRead> =>
  new Promise((resolve) => {
    const notes: string[] = [];
    const read = inputs.map((input) => {
      const feed = readInput(input);
      const lang = inputLang(input, feed.declaredLang, options);
      const given = input.spec.given;
      const shown: ShownEntry[] = [];
      const left: string[] = [];
      feed.entries.forEach((entry, index) => {
        const missing = [entry.title ? '' : 'a title', entry.date ? '' : 'a date it can read'];
        if (entry.title && entry.date)
          shown.push({ ...entry, title: entry.title, date: entry.date });
        else
          left.push(`item ${index + 1}: has no ${missing.filter(Boolean).join(' nor ')}: left out`);
      });
      notes.push(`${given}: ${feed.format}, ${plural(shown.length, 'item')} in ${lang}`);
      notes.push(...[...feed.notes, ...left].map((note) => `${given}: ${note}`));
      return { lang, given, entries: shown, homePage: feed.homePage };
    });
    const items = mergeLanguages(read, notes);
    const result: NewsItemsRead = { items, notes };
    const homePage = homePageOf(read);
    if (homePage) result.homePage = homePage;
    resolve(result);
  });

/** The home page when every input has one: one address, or one per language when they differ. */
function homePageOf(
  read: { lang: Lang; homePage?: string }[],
): string | PerLang<string> | undefined {
  if (read.length === 0 || read.some((input) => !input.homePage)) return undefined;
  const pages: PerLang<string> = {};
  for (const { lang, homePage } of read) pages[lang] ??= homePage;
  const distinct = new Set(Object.values(pages));
  return distinct.size === 1 ? [...distinct][0] : pages;
}
