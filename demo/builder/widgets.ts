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

export const WIDGETS = Object.fromEntries(
  REGISTRY.map((w): [WidgetId, Widget] => [
    w.id,
    {
      id: w.id,
      tag: w.tag,
      demoFeed: `data/${w.feed.kind}.json`,
      schema: async () => (await w.feed.spec()).schema,
      fallbackHref: w.fallback.href,
      room: w.room,
    },
  ]),
) as Record<WidgetId, Widget>;

/** Per widget, a text of the registry in one language: its name, its fallback link's text. */
export const perWidget = (text: (widget: (typeof REGISTRY)[number]) => string) =>
  Object.fromEntries(REGISTRY.map((w) => [w.id, text(w)])) as Record<WidgetId, string>;

export function isWidgetId(value: string | null): value is WidgetId {
  return (WIDGET_IDS as readonly (string | null)[]).includes(value);
}
