/**
 * `uzl-widgets convert news`: RSS 2.0, Atom 1.0 or JSON Feed inputs, one per language, made one
 * news feed (schemas/news.schema.json), its "More news" link the sites' home page.
 */
import type { Converter } from '../convert-types.js';
import { readNewsItems } from './news-items.js';

export const convertNews: Converter = async (inputs, options) => {
  const { items, homePage, notes } = await readNewsItems(inputs, options);
  const feed: Record<string, unknown> = { version: 1 };
  if (homePage) feed.moreUrl = homePage;
  feed.items = items;
  return { feed, notes };
};
