/**
 * The kinds of feed, one per widget of the registry (src/widgets.ts), each with the schema its
 * widget validates with (the same schema object the widget imports), and how a feed's kind is
 * recognised from its shape.
 */
import type { JsonSchema } from '../core/schema-validator.js';
import { WIDGETS, type FeedKindName } from '../widgets.js';

export type KindName = FeedKindName;

export interface FeedKind {
  name: KindName;
  /** The element that reads it. */
  element: string;
  schema: JsonSchema;
}

// The specs are the registry's lazy imports; the command's bundle (dist/cli.js) holds them all,
// so waiting for them here costs nothing but lets the registry import no value itself.
export const FEED_KINDS: readonly FeedKind[] = await Promise.all(
  WIDGETS.map(async (widget) => ({
    name: widget.feed.kind,
    element: widget.tag,
    schema: (await widget.feed.spec()).schema,
  })),
);

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
