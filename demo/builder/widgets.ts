/**
 * The elements the builder offers: the registry's widgets (src/widgets.ts), each with what the
 * builder reads from it beside its manifest entry: its demo feed (served next to the demo
 * page), its feed's schema (the one the element validates with at run time, imported when
 * first asked for) and where its fallback link points.
 */
import type { Lang } from '../../src/core/language.js';
import type { JsonSchema } from '../../src/core/schema-validator.js';
import { WIDGETS as REGISTRY, type WidgetId, type WidgetTag } from '../../src/widgets.js';

export type { WidgetId };

export const WIDGET_IDS: readonly WidgetId[] = REGISTRY.map((w) => w.id);

export interface Widget {
  id: WidgetId;
  tag: WidgetTag;
  /** The demo feed, relative to the builder page (demo/data/). */
  demoFeed: string;
  /** The schema its feed follows. */
  schema: () => Promise<JsonSchema>;
  /** Where the fallback link points, per language (UZ Leuven's site has nl and en pages). */
  fallbackHref: Readonly<Record<Lang, string>>;
  /** Its reserved room in px at 500 px wide: the default height of its `<iframe>`. */
  room: number;
}

/**
 * Each widget's reserved room at 500 px wide with its default attributes, in px, read from
 * src/loader/reserved-space.css (1 rem = 16 px) until the registry carries it as `room`.
 */
const ROOM: Record<WidgetId, number> = {
  'news-list': 1052, // five items of 12.5rem + 3.25rem
  'event-calendar': 616, // five weeks of 6.5rem + 6rem
  'campus-card': 784, // every campus, 49rem
  'stats-counter': 427, // three rows of two, 3 × 7.9rem + 3rem
  'ai-publications': 1856, // news and domains, 116rem
};

export const WIDGETS = Object.fromEntries(
  REGISTRY.map((w): [WidgetId, Widget] => [
    w.id,
    {
      id: w.id,
      tag: w.tag,
      demoFeed: `data/${w.feed.kind}.json`,
      schema: async () => (await w.feed.spec()).schema,
      fallbackHref: w.fallback.href,
      room: (w as { room?: number }).room ?? ROOM[w.id],
    },
  ]),
) as Record<WidgetId, Widget>;

/** Per widget, a text of the registry in one language: its name, its fallback link's text. */
export const perWidget = (text: (widget: (typeof REGISTRY)[number]) => string) =>
  Object.fromEntries(REGISTRY.map((w) => [w.id, text(w)])) as Record<WidgetId, string>;

export function isWidgetId(value: string | null): value is WidgetId {
  return (WIDGET_IDS as readonly (string | null)[]).includes(value);
}
