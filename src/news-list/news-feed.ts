import type { FeedSpec } from '../core/feed-validation.js';
import type { LocalizedText, LocalizedUrl } from '../core/localized-text.js';
import type { JsonSchema } from '../core/schema-validator.js';
import newsSchema from '../../schemas/news.schema.json' with { type: 'json' };

/** An item's illustration (`$defs/image` in `schemas/news.schema.json`). */
export interface NewsImage {
  /** Image URL, absolute or relative to the feed. */
  src: string;
  /** Alternative text; without it the image is decorative. */
  alt?: LocalizedText;
  /** Intrinsic width in pixels. */
  width?: number;
  /** Intrinsic height in pixels. */
  height?: number;
}

/** One news item (`$defs/item`). */
export interface NewsItem {
  /** Stable identifier. */
  id: string;
  /** Publication date: `2025-12-18` or a date-time with offset. */
  date: string;
  /** Headline. */
  title: LocalizedText;
  /** Short summary below the headline. */
  summary?: LocalizedText;
  /** Link to the full article, absolute or relative to the feed; one per language where they differ. */
  url?: LocalizedUrl;
  /** Illustration. */
  image?: NewsImage;
  /** Free-form tags (`research`, `cancer`, …) that the `tag` attribute filters on. */
  tags?: string[];
}

/** The feed `<uzl-news-list>` reads (`schemas/news.schema.json`, version 1). */
export interface NewsFeed {
  version: 1;
  /** Link to the full news overview, shown as "More news"; one per language where they differ. */
  moreUrl?: LocalizedUrl;
  /** The news items, in any order. May be empty. */
  items: NewsItem[];
}

/** What the core needs to know about the news feed: its schema. */
export const newsFeedSpec: FeedSpec<NewsFeed> = {
  schema: newsSchema as JsonSchema,
};
