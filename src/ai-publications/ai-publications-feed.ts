import type { FeedSpec } from '../core/feed-validation.js';
import type { LocalizedText, LocalizedUrl } from '../core/localized-text.js';
import type { JsonSchema } from '../core/schema-validator.js';
import aiSchema from '../../schemas/ai-publications.schema.json' with { type: 'json' };

/** A news item about AI in medicine (`$defs/newsItem` in `schemas/ai-publications.schema.json`). */
export interface AiNewsItem {
  /** Stable identifier. */
  id: string;
  /** Publication date: `2024-05-21` or a date-time with offset. */
  date: string;
  /** Headline, when there is one. */
  title?: LocalizedText;
  /** Summary of the news. */
  summary: LocalizedText;
  /** Link to the full article, absolute or relative to the feed; one per language where they differ. */
  url?: LocalizedUrl;
}

/** A scientific publication (`$defs/publication`). Bibliographic fields are shown as published, untranslated. */
export interface Publication {
  /** Stable identifier. */
  id: string;
  /** Title as published. */
  title: string;
  /** Authors in publication order, as written (`Topalovic M`). */
  authors?: string[];
  /** Journal or proceedings. */
  journal?: string;
  /** Year of publication. */
  year?: number;
  /** Digital Object Identifier without the resolver (`10.1183/13993003.01660-2018`). */
  doi?: string;
  /** Link to the publication, absolute or relative to the feed. */
  url?: string;
  /** Lay summary. */
  summary?: LocalizedText;
  /** Language of the title and journal as published, a BCP 47 tag (`en`, `nl`); English when absent. */
  language?: string;
}

/** A medical domain with its publications (`$defs/domain`). */
export interface AiDomain {
  /** Stable identifier, used by the `domain` attribute and the URL hash (`nuclear-medicine`). */
  id: string;
  /** Name of the domain. */
  label: LocalizedText;
  /** The domain's publications, in any order. May be empty. */
  publications: Publication[];
}

/** The feed `<uzl-ai-publications>` reads (`schemas/ai-publications.schema.json`, version 1). */
export interface AiPublicationsFeed {
  version: 1;
  /** News items, in any order. May be empty. */
  news: AiNewsItem[];
  /** Medical domains, in the order the filter lists them. May be empty. */
  domains: AiDomain[];
}

/** The feed's schema; the element counts what it shows itself (it depends on `sections`). */
export const aiPublicationsSchema = aiSchema as JsonSchema;

/** What the core needs to know about the AI feed: its schema. */
export const aiPublicationsFeedSpec: FeedSpec<AiPublicationsFeed> = {
  schema: aiPublicationsSchema,
};
