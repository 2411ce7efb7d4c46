import type { FeedSpec } from '../core/feed-validation.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { JsonSchema } from '../core/schema-validator.js';
import statsSchema from '../../schemas/stats.schema.json' with { type: 'json' };

/** One key figure (`$defs/stat` in `schemas/stats.schema.json`). */
export interface StatItem {
  /** Stable identifier, for example `consultations`; the `items` attribute selects by it. */
  id: string;
  /** The figure, formatted per language when shown. */
  value: number;
  /** What is counted. */
  label: LocalizedText;
  /** Unit shown after the number, for example `%`. */
  unit?: LocalizedText;
  /** Longer explanation, shown below the label. */
  description?: LocalizedText;
}

/** The feed `<uzl-stats-counter>` reads (`schemas/stats.schema.json`, version 1). */
export interface StatsFeed {
  version: 1;
  /** Year the figures refer to, shown in the caption ("Key figures 2024"). */
  year?: number;
  /** Source of the figures, shown below them ("Source: UZ Leuven"). */
  source?: LocalizedText;
  /** The key figures, in display order. May be empty. */
  stats: StatItem[];
}

/** What the core needs to know about the stats feed: its schema. */
export const statsFeedSpec: FeedSpec<StatsFeed> = {
  schema: statsSchema as JsonSchema,
};
