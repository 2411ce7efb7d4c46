/**
 * The five elements the builder offers, each with what the builder needs beside its manifest
 * entry: its demo feed (served next to the demo page), its feed's schema (the one the
 * element validates with at run time) and where its fallback link points.
 */
import type { Lang } from '../../src/core/language.js';
import type { JsonSchema } from '../../src/core/schema-validator.js';
import { aiPublicationsFeedSpec } from '../../src/ai-publications/ai-publications-feed.js';
import { campusesFeedSpec } from '../../src/campus-card/campuses-feed.js';
import { eventsFeedSpec } from '../../src/event-calendar/events-feed.js';
import { newsFeedSpec } from '../../src/news-list/news-feed.js';
import { statsFeedSpec } from '../../src/stats-counter/stats-feed.js';

export const WIDGET_IDS = [
  'news-list',
  'event-calendar',
  'campus-card',
  'stats-counter',
  'ai-publications',
] as const;

export type WidgetId = (typeof WIDGET_IDS)[number];

export interface Widget {
  id: WidgetId;
  tag: `uzl-${WidgetId}`;
  /** The demo feed, relative to the builder page (demo/data/). */
  demoFeed: string;
  /** The schema its feed follows. */
  schema: JsonSchema;
  /** Where the fallback link points, per language (UZ Leuven's site has nl and en pages). */
  fallbackHref: Record<Lang, string>;
}

const HOME: Record<Lang, string> = {
  nl: 'https://www.uzleuven.be/nl',
  en: 'https://www.uzleuven.be/en',
  fr: 'https://www.uzleuven.be/en',
};

export const WIDGETS: Record<WidgetId, Widget> = {
  'news-list': {
    id: 'news-list',
    tag: 'uzl-news-list',
    demoFeed: 'data/news.json',
    schema: newsFeedSpec.schema,
    fallbackHref: { ...HOME, nl: 'https://www.uzleuven.be/nl/nieuws' },
  },
  'event-calendar': {
    id: 'event-calendar',
    tag: 'uzl-event-calendar',
    demoFeed: 'data/events.json',
    schema: eventsFeedSpec.schema,
    fallbackHref: HOME,
  },
  'campus-card': {
    id: 'campus-card',
    tag: 'uzl-campus-card',
    demoFeed: 'data/campuses.json',
    schema: campusesFeedSpec.schema,
    fallbackHref: HOME,
  },
  'stats-counter': {
    id: 'stats-counter',
    tag: 'uzl-stats-counter',
    demoFeed: 'data/stats.json',
    schema: statsFeedSpec.schema,
    fallbackHref: HOME,
  },
  'ai-publications': {
    id: 'ai-publications',
    tag: 'uzl-ai-publications',
    demoFeed: 'data/ai-publications.json',
    schema: aiPublicationsFeedSpec.schema,
    fallbackHref: HOME,
  },
};

export function isWidgetId(value: string | null): value is WidgetId {
  return (WIDGET_IDS as readonly (string | null)[]).includes(value);
}
