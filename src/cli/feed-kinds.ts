/**
 * The five kinds of feed, each with the spec its widget validates with (the same schema object
 * the widget imports), and how a feed's kind is recognised from its shape.
 */
import { aiPublicationsFeedSpec } from '../ai-publications/ai-publications-feed.js';
import { campusesFeedSpec } from '../campus-card/campuses-feed.js';
import type { JsonSchema } from '../core/schema-validator.js';
import { eventsFeedSpec } from '../event-calendar/events-feed.js';
import { newsFeedSpec } from '../news-list/news-feed.js';
import { statsFeedSpec } from '../stats-counter/stats-feed.js';

export type KindName = 'news' | 'events' | 'campuses' | 'stats' | 'ai-publications';

export interface FeedKind {
  name: KindName;
  /** The element that reads it. */
  element: string;
  schema: JsonSchema;
}

export const FEED_KINDS: readonly FeedKind[] = [
  { name: 'news', element: 'uzl-news-list', schema: newsFeedSpec.schema },
  { name: 'events', element: 'uzl-event-calendar', schema: eventsFeedSpec.schema },
  { name: 'campuses', element: 'uzl-campus-card', schema: campusesFeedSpec.schema },
  { name: 'stats', element: 'uzl-stats-counter', schema: statsFeedSpec.schema },
  {
    name: 'ai-publications',
    element: 'uzl-ai-publications',
    schema: aiPublicationsFeedSpec.schema,
  },
];

export const KIND_NAMES: readonly KindName[] = FEED_KINDS.map((kind) => kind.name);

export const kindNamed = (name: string): FeedKind | undefined =>
  FEED_KINDS.find((kind) => kind.name === name);

/**
 * The properties that tell a kind apart: what its schema requires besides `version` (`items`
 * for news, `news` and `domains` for the AI feed). Read from the schemas, so a new kind or a
 * renamed list needs no change here.
 */
export const signature = (kind: FeedKind): string[] =>
  (kind.schema.required ?? []).filter((key) => key !== 'version');

/**
 * The kinds whose signature the feed matches best (by how many of its properties it has):
 * one when the shape says which kind it is, none when it has none of them, several when it is
 * ambiguous.
 */
export function kindsByShape(feed: unknown): FeedKind[] {
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) return [];
  let best: FeedKind[] = [];
  let bestScore = 0;
  for (const kind of FEED_KINDS) {
    const score = signature(kind).filter((key) => Object.hasOwn(feed, key)).length;
    if (score > bestScore) [best, bestScore] = [[kind], score];
    else if (score === bestScore && score > 0) best.push(kind);
  }
  return best;
}
