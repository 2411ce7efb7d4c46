/**
 * The registry of the widgets: the one list of them, read by everything that has to know
 * which widgets there are (nothing else names them all; the package entries that import every
 * widget, `uzl-widgets.ts` and `index.ts`, are the exception the entries' nature makes).
 *
 * Who reads it:
 * - the build (scripts/build.mjs, vite.config.ts): the element entries, their declarations,
 *   the check that the drop-in files define every tag, and the drop-in loader's table of tags
 *   and imports, made by a Vite plugin as a virtual module (the loader itself imports nothing
 *   from here: every byte of this file would ship in it);
 * - the generated `src/react/react-components.ts` (scripts/react-components.mjs);
 * - the drop-in's size budgets and page files (scripts/drop-in-files.mjs, .size-limit.mjs,
 *   bench/), the translations' regrouping (scripts/check-translations.mjs), the examples'
 *   check (scripts/test-examples.mjs);
 * - the CLI's feed kinds (src/cli/feed-kinds.ts), the embed service (src/serve/: the embed
 *   page's tag and title, oEmbed's default height), the embed builder (demo/builder/widgets.ts)
 *   and the tests (test/helpers/widgets.ts, test/node/, test/server/).
 *
 * Node scripts (plain .mjs on Node 20, which cannot import TypeScript) read it through
 * scripts/registry.mjs, which strips the types with esbuild and imports the result. That works
 * because this file has no value imports: only `import type` (erased) and the lazy
 * `() => import(…)` of each feed spec, which Node never calls.
 *
 * Conventions the entries rely on rather than repeat: a widget's folder is `src/<id>/`, its
 * tag `uzl-<id>`, its define module `src/<id>/uzl-<id>.ts` (exported as `uzl-widgets/<id>.js`,
 * exporting the class `className`), its feed's schema `schemas/<kind>.schema.json`, its demo
 * feed `demo/data/<kind>.json`, and the ids of its messages start with `<messages>.`.
 *
 * Adding a sixth widget: its folder under `src/` (class, styles, define module, feed type
 * and spec, held to the conventions above), its schema and demo feed, and one entry below.
 * Then `npm run build` regenerates the React wrappers and everything else follows; only the
 * package entries (`uzl-widgets.ts`, `index.ts`), the room it keeps before it loads
 * (`src/loader/reserved-space.css`) and its messages' translations are written by hand.
 */
import type { Lang } from './core/language.js';
import type { JsonSchema } from './core/schema-validator.js';

type PerLanguage = Readonly<Record<Lang, string>>;

export interface WidgetEntry {
  /** Its folder under `src/`, and its tag without `uzl-`. */
  readonly id: string;
  /** The element class its define module exports (and the React component's name). */
  readonly className: string;
  /** What it shows, one line in English (the React wrapper's doc comment). */
  readonly summary: string;
  /** The prefix of its messages' ids (`news.` for `news.read-more`). */
  readonly messages: string;
  /** The events it fires besides `uzl-load` and `uzl-error` (declared in GlobalEventHandlersEventMap). */
  readonly events: readonly string[];
  readonly feed: {
    /** The feed's kind as `uzl-widgets validate --kind` names it, and its schema's file name. */
    readonly kind: string;
    /** The name of the feed's type in its `*-feed.ts`. */
    readonly type: string;
    /** The spec the widget validates its feed with (the schema object it imports). */
    readonly spec: () => Promise<{ readonly schema: JsonSchema }>;
  };
  /**
   * The attributes with which its demo feed makes a short page that is the same on every run
   * (no count-up, a fixed month): the test pages, the accessibility audit, the benchmark.
   */
  readonly example: string;
  /** Its name for a person choosing a widget (the embed builder). */
  readonly name: PerLanguage;
  /** The fallback link a page puts inside the tag: where it points and what it says. */
  readonly fallback: { readonly href: PerLanguage; readonly text: PerLanguage };
  /**
   * Its height in px, 500 px wide, showing its demo feed with no attributes: an embed frame's
   * height until the page inside reports its own (the oEmbed answer's default `height`), so a
   * host page without a resizing script cuts nothing off in the common case. Measured in
   * headless Chromium (the widget alone in a 500 px wide body, drop-in loader, demo feed, after
   * the network went idle), rounded up to 10 px; each entry notes its numbers beside the room
   * src/loader/reserved-space.css keeps for it at that width.
   */
  readonly room: number;
}

/** UZ Leuven's site has nl and en pages. */
const HOME = {
  nl: 'https://www.uzleuven.be/nl',
  en: 'https://www.uzleuven.be/en',
  fr: 'https://www.uzleuven.be/en',
} as const;

const ENTRIES = [
  {
    id: 'news-list',
    className: 'UzlNewsList',
    summary: 'news items as cards or a list.',
    messages: 'news',
    events: [],
    feed: {
      kind: 'news',
      type: 'NewsFeed',
      spec: () => import('./news-list/news-feed.js').then((m) => m.newsFeedSpec),
    },
    example: 'limit="3"',
    name: { en: 'News list', nl: 'Nieuwslijst', fr: 'Liste d’actualités' },
    // 1085 px measured (five items, the default `limit`); reserved-space.css keeps 1052.
    room: 1090,
    fallback: {
      href: { ...HOME, nl: 'https://www.uzleuven.be/nl/nieuws' },
      text: {
        en: 'News from UZ Leuven',
        nl: 'Nieuws van UZ Leuven',
        fr: 'Actualités de l’UZ Leuven',
      },
    },
  },
  {
    id: 'event-calendar',
    className: 'UzlEventCalendar',
    summary: 'events in a month grid or a list; `onUzlMonthChange` when the visitor pages.',
    messages: 'calendar',
    events: ['uzl-month-change', 'uzl-event-select'],
    feed: {
      kind: 'events',
      type: 'EventsFeed',
      spec: () => import('./event-calendar/events-feed.js').then((m) => m.eventsFeedSpec),
    },
    example: 'month="2026-01"',
    name: { en: 'Event calendar', nl: 'Evenementenkalender', fr: 'Calendrier des événements' },
    // A list at 500 px, as high as the upcoming events make it (461 px measured with the demo
    // feed on 2026-12-07): the month grid's reserved room (616) instead, which does not age.
    room: 620,
    fallback: {
      href: HOME,
      text: {
        en: 'UZ Leuven information sessions',
        nl: 'Infosessies van UZ Leuven',
        fr: 'Séances d’information de l’UZ Leuven',
      },
    },
  },
  {
    id: 'campus-card',
    className: 'UzlCampusCard',
    summary: 'one campus, its address, routes and opening hours.',
    messages: 'campus',
    events: [],
    feed: {
      kind: 'campuses',
      type: 'CampusesFeed',
      spec: () => import('./campus-card/campuses-feed.js').then((m) => m.campusesFeedSpec),
    },
    example: 'campus="gasthuisberg"',
    name: { en: 'Campus card', nl: 'Campuskaart', fr: 'Fiche de campus' },
    // 647 px measured (every campus); reserved-space.css keeps 784.
    room: 650,
    fallback: {
      href: HOME,
      text: {
        en: 'UZ Leuven campuses',
        nl: 'Campussen van UZ Leuven',
        fr: 'Les campus de l’UZ Leuven',
      },
    },
  },
  {
    id: 'stats-counter',
    className: 'UzlStatsCounter',
    summary: 'key figures that count up once when they come into view.',
    messages: 'stats',
    events: [],
    feed: {
      kind: 'stats',
      type: 'StatsFeed',
      spec: () => import('./stats-counter/stats-feed.js').then((m) => m.statsFeedSpec),
    },
    example: 'no-animation',
    name: { en: 'Key figures', nl: 'Kerncijfers', fr: 'Chiffres clés' },
    // 417 px measured (six figures in two columns); reserved-space.css keeps 428.
    room: 430,
    fallback: {
      href: HOME,
      text: {
        en: 'Key figures on the UZ Leuven website',
        nl: 'Kerncijfers op de website van UZ Leuven',
        fr: 'Chiffres clés sur le site de l’UZ Leuven',
      },
    },
  },
  {
    id: 'ai-publications',
    className: 'UzlAiPublications',
    summary: 'AI news and publications by medical domain; `onUzlDomainChange` on a filter change.',
    messages: 'ai',
    events: ['uzl-domain-change'],
    feed: {
      kind: 'ai-publications',
      type: 'AiPublicationsFeed',
      spec: () =>
        import('./ai-publications/ai-publications-feed.js').then((m) => m.aiPublicationsFeedSpec),
    },
    example: '',
    name: { en: 'AI publications', nl: 'AI-publicaties', fr: 'Publications IA' },
    // 1472 px measured (news and domains); reserved-space.css keeps 1856.
    room: 1480,
    fallback: {
      href: HOME,
      text: {
        en: 'AI research at UZ Leuven',
        nl: 'AI-onderzoek bij UZ Leuven',
        fr: 'La recherche en IA à l’UZ Leuven',
      },
    },
  },
] as const satisfies readonly WidgetEntry[];

export type WidgetId = (typeof ENTRIES)[number]['id'];
export type WidgetTag = `uzl-${WidgetId}`;
export type FeedKindName = (typeof ENTRIES)[number]['feed']['kind'];

/** A widget with its tag, which is `uzl-` and its id. */
export type Widget = (typeof ENTRIES)[number] & { readonly tag: WidgetTag };

/** Every widget, in the order pages, tables and menus list them. */
export const WIDGETS: readonly Widget[] = ENTRIES.map((entry) => ({
  ...entry,
  tag: `uzl-${entry.id}` as const,
}));

/** Every widget's tag. */
export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map((widget) => widget.tag);

/** The widget with this id (`news-list`) or tag (`uzl-news-list`); undefined when none has it. */
export const widgetNamed = (name: string | null | undefined): Widget | undefined =>
  WIDGETS.find((w) => w.id === name || w.tag === name);
