// What the lane embeds of each widget and what it expects to read there: the widget's demo feed
// with the registry's example attributes (`example`, src/widgets.ts) in French, and the French
// texts of that feed the widget shows with them, read from the feed itself (never copied here),
// so that a change to a demo feed changes the expectation with it.
import { collapsed } from '../lane/in-page.mjs';

/**
 * The registry's `example` (`limit="3"`, `no-animation`) as attribute names and values (a
 * boolean attribute's value is empty, as an embed URL gives it: `no-animation=`).
 * @param {string} example @returns {Record<string, string>}
 */
export const exampleAttributes = (example) =>
  Object.fromEntries(
    [...example.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']),
  );

/** @typedef {Record<string, string>} Localized */

/**
 * Per feed kind: the French texts the widget must show with these attributes, and how many of
 * them at least (all of them unless said). Anything that depends on the frame's width or on
 * today's date is left out: WordPress frames at 500 px, where the calendar shows its list
 * from today; its category filter lists every category in either view.
 * @type {Record<string, (feed: any, attributes: Record<string, string>) => { texts: string[], what: string, least?: number }[]>}
 */
const FRENCH = {
  news: (feed, { limit }) => [
    {
      texts: [.../** @type {{ date: string, title: Localized }[]} */ (feed.items)]
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, Number(limit ?? 5))
        .map((item) => item.title.fr),
      what: `the ${limit ?? 5} newest titles`,
    },
  ],
  events: (feed) => [
    {
      texts: feed.categories.map((/** @type {{ label: Localized }} */ c) => c.label.fr),
      what: 'every category (the filter)',
    },
    {
      texts: feed.events.map((/** @type {{ title: Localized }} */ e) => e.title.fr),
      what: 'an event title',
      least: 1,
    },
  ],
  campuses: (feed, { campus }) => [
    {
      texts: feed.campuses
        .filter((/** @type {{ id: string }} */ c) => c.id === campus)
        .map((/** @type {{ name: Localized }} */ c) => c.name.fr),
      what: `the name of campus ${campus}`,
    },
  ],
  stats: (feed) => [
    {
      texts: feed.stats.map((/** @type {{ label: Localized }} */ s) => s.label.fr),
      what: 'every figure’s label',
    },
  ],
  'ai-publications': (feed) => [
    {
      texts: feed.domains.map((/** @type {{ label: Localized }} */ d) => d.label.fr),
      what: 'every domain (the filter)',
    },
  ],
};

/**
 * What a frame of `kind` must show: each group's texts (collapsed as deepText reads a page) and
 * how many of them at least.
 * @param {string} kind @param {unknown} feed @param {Record<string, string>} attributes
 */
export function frenchShown(kind, feed, attributes) {
  const groups = FRENCH[kind];
  if (!groups) throw new Error(`the lane does not know what a ${kind} feed shows`);
  return groups(feed, attributes).map(({ texts, what, least }) => {
    if (texts.length === 0) throw new Error(`the ${kind} feed has nothing for ${what}`);
    return { texts: texts.map(collapsed), what, least: least ?? texts.length };
  });
}
