// What a blind visitor does with each widget, and what Orca must say: each journey opens a page
// with one widget (fixed feeds, `heading-level="2"`) and presses real keys; each step lists the
// words that must be heard (`hear`), heard exactly once (`once`) or never (`never`). The words
// come from our messages (locales/*.xlf), Intl and the demo feeds, and Orca's own words (role,
// level, state, mode) from Orca's catalogs in the language it speaks (orca-words.py): nothing is
// copied from a run. `main` marks the journey whose transcript is committed (docs/screen-reader/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTL_LOCALES } from './messages.mjs';

/** @typedef {import('./messages.mjs').Lang} Lang */
/**
 * @typedef {object} Step
 * @property {string} say what the visitor does, for the transcript
 * @property {string[]} keys X key names (xdotool), pressed one after another
 * @property {string[]} [hear] each must be in what Orca said after the keys
 * @property {string[]} [once] each must be said exactly once
 * @property {string[]} [never] none may be said
 * @property {boolean} [focusMode] after the keys the visitor makes sure Orca is in focus mode
 *   (Orca+A when it did not switch by itself), so arrows go to the widget, then presses `then`
 * @property {string[]} [then]
 * @property {number} [wait] ms to wait before the keys (a count-up to end)
 * @property {boolean} [reload] the page is opened anew before the keys (out of the grid's focus mode)
 * @property {string} [hash] the page's address gets this hash before the keys (a link to it)
 * @property {string} [type] typed after the keys, letter by letter
 * @property {number} [quiet] ms of silence that end the step (900 unless said)
 * @property {{ selector: string, like: RegExp }} [shownOnce] the text the widget shows in
 *   `selector` after the step must be heard exactly once, and no other utterance `like` it
 * @property {number} [selectionChanges] at most this many selection changes reported by the
 *   browser (AT-SPI) while the step runs: Chromium reports one as a <select> appears, and one
 *   whenever a script writes its value, even the same; Orca takes those for a move of the focus
 *   and leaves browse mode (fault a)
 */
/**
 * @typedef {object} Journey
 * @property {string} widget @property {string} name @property {boolean} [main]
 * @property {{ attrs?: string, state?: import('./site.mjs').PageState, width?: number, reducedMotion?: boolean, hash?: string }} page
 * @property {Step[]} steps the first, with no keys, is what is said as the page loads
 */

/**
 * @typedef {object} Words what a journey's expectations are made of
 * @property {Lang} lang
 * @property {(id: string, ...values: (string | number)[]) => string} t our message in `lang`
 * @property {Record<string, string>} orca Orca's words in its language
 * @property {(level: number) => string} heading "heading level 2" as Orca says it
 * @property {(name: string) => any} feed a demo feed
 * @property {(text: string | Record<string, string>) => string} pick a feed text in `lang`
 */

/** @param {string} root @param {Lang} lang @param {any} t @param {Record<string, string>} orca @returns {Words} */
export function wordsFor(root, lang, t, orca) {
  return {
    lang,
    t: (id, ...values) => t(lang, id, ...values),
    orca,
    heading: (level) =>
      orca['heading level'].replace('%(role)s', orca.heading).replace('%(level)d', String(level)),
    feed: (name) => JSON.parse(readFileSync(join(root, 'demo', 'data', `${name}.json`), 'utf8')),
    pick: (text) =>
      typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0]),
  };
}

const LEVEL = 'heading-level="2"';
/** Orca's own, in say-all, for a live region with nothing in it (fault c). */
const quietRegion = (/** @type {Words} */ w) => [w.orca['status bar']];
const number = (/** @type {Words} */ w, /** @type {number} */ n) =>
  new Intl.NumberFormat(INTL_LOCALES[w.lang]).format(n);
const eventCount = (/** @type {Words} */ w, /** @type {number} */ n) =>
  n === 0
    ? w.t('calendar.no-events')
    : w.t(n === 1 ? 'calendar.count-one' : 'calendar.count', number(w, n));
const monthTitle = (/** @type {Words} */ w, /** @type {string} */ month) =>
  new Intl.DateTimeFormat(INTL_LOCALES[w.lang], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
const dayLabel = (/** @type {Words} */ w, /** @type {string} */ day) =>
  new Intl.DateTimeFormat(INTL_LOCALES[w.lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** Any utterance of the AI page's count ("12 publications", "1 publication"). */
const countLike = (/** @type {Words} */ w) => {
  const pattern = (/** @type {string} */ id) =>
    w
      .t(id, '\u0000')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\u0000', '[\\d\\s.,\u00a0\u202f]+');
  return new RegExp(`^(${pattern('ai.count')}|${pattern('ai.count-one')})$`, 'i');
};

/** Every journey in one language. @param {Words} w @returns {Journey[]} */
export function journeys(w) {
  const news = w.feed('news');
  const newest = [...news.items].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 3);
  const events = w.feed('events');
  const category = events.categories[0];
  /** The events of a month or day that the first category leaves. */
  const inCategory = (/** @type {string} */ prefix, all = false) =>
    events.events.filter(
      (/** @type {any} */ e) => e.start.startsWith(prefix) && (all || e.category === category.id),
    ).length;
  const sorted = [...events.events].sort((/** @type {any} */ a, /** @type {any} */ b) =>
    a.start < b.start ? -1 : 1,
  );
  const campus = w.feed('campuses').campuses[0];
  const stats = w.feed('stats');
  const ai = w.feed('ai-publications');
  const aiDomain = ai.domains.find((/** @type {any} */ d) => d.publications.length > 1);
  // Two words of the publications' titles, each in some and not all of them.
  const aiWord = 'neural';
  const aiOtherWord = 'machine';
  const aiAll = ai.domains.reduce(
    (/** @type {number} */ n, /** @type {any} */ d) => n + d.publications.length,
    0,
  );
  return [
    {
      widget: 'news-list',
      name: 'headings, Read more, More news',
      main: true,
      page: { attrs: `limit="3" ${LEVEL}`, width: 420 },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        ...newest.map((item, i) => ({
          say: `h: heading ${i + 1}`,
          keys: i === 0 ? ['ctrl+Home', 'h'] : ['h'],
          hear: [w.pick(item.title), w.heading(2)],
        })),
        {
          say: 'b: the first button',
          keys: ['b'],
          hear: [w.t('news.read-more'), w.orca.collapsed],
        },
        { say: 'Enter on it', keys: ['Return'], hear: [w.orca.expanded] },
        { say: 'k: the next link', keys: ['k'], hear: [w.t('news.more'), w.orca.link] },
        {
          say: 'Control+End, Up: the end of the widget',
          keys: ['ctrl+End', 'Up'],
          never: quietRegion(w),
        },
      ],
    },
    {
      widget: 'event-calendar',
      name: 'grid by Tab and arrows, month, category, Add to calendar',
      main: true,
      page: { attrs: `month="2026-01" ${LEVEL}` },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']], selectionChanges: 1 },
        {
          say: 'h: the month',
          keys: ['ctrl+Home', 'h'],
          hear: [monthTitle(w, '2026-01'), w.heading(2)],
        },
        {
          say: 'Tab into the grid',
          keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab'],
          hear: [dayLabel(w, '2026-01-01'), eventCount(w, inCategory('2026-01-01', true))],
        },
        {
          say: 'an arrow down a week',
          keys: ['Down'],
          hear: [dayLabel(w, '2026-01-08'), eventCount(w, inCategory('2026-01-08', true))],
        },
        {
          say: 'the page anew; b: the third button, Next month; Enter on it',
          reload: true,
          keys: ['ctrl+Home', 'b', 'b', 'b', 'Return'],
          // The page opened anew makes its <select> anew: one; the month change none more.
          hear: [w.t('calendar.next')],
          once: [monthTitle(w, '2026-02')],
          selectionChanges: 1,
        },
        {
          say: 'Tab to the category filter, Down picks the first category',
          keys: ['Tab'],
          focusMode: true,
          then: ['Down'],
          hear: [w.pick(category.label)],
          once: [
            w.t(
              'calendar.category-result',
              w.pick(category.label),
              w.t(
                'calendar.in-month',
                eventCount(w, inCategory('2026-02')),
                monthTitle(w, '2026-02'),
              ),
            ),
          ],
        },
      ],
    },
    {
      widget: 'event-calendar',
      name: 'the list at 320 px reaches every event, Add to calendar names it',
      page: { attrs: `show-past limit="3" ${LEVEL}`, width: 320 },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        ...sorted.slice(0, 3).map((/** @type {any} */ event, /** @type {number} */ i) => ({
          say: 'b: the next event',
          keys: i === 0 ? ['ctrl+Home', 'b', 'b'] : ['b'],
          hear: [w.pick(event.title), w.orca.button],
        })),
        { say: 'b: the next button', keys: ['b'], hear: [w.t('calendar.show-later')] },
        {
          say: 'Enter on it',
          keys: ['Return'],
          once: [w.t('calendar.shown', number(w, 3))],
          hear: [w.pick(sorted[3].title)],
        },
        {
          say: 'Enter on the event, b: its buttons',
          keys: ['Return', 'b', 'b'],
          hear: [w.t('calendar.add'), w.pick(sorted[3].title)],
        },
      ],
    },
    {
      widget: 'campus-card',
      name: 'address, phone, copy',
      main: true,
      page: { attrs: `campus="${campus.id}" ${LEVEL}` },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'h: the campus',
          keys: ['ctrl+Home', 'h'],
          hear: [w.pick(campus.name), w.heading(2)],
        },
        {
          say: 'Down: the address',
          keys: ['Down', 'Down', 'Down'],
          hear: [campus.address.postalCode, campus.address.locality],
        },
        { say: 'k: the phone', keys: ['k'], hear: [campus.phone, w.orca.link] },
        { say: 'b: copy the address', keys: ['b'], hear: [w.t('campus.copy'), w.orca.button] },
        { say: 'Enter on it', keys: ['Return'], once: [w.t('campus.copied')] },
        {
          say: 'Control+End, Up: the end of the widget',
          keys: ['ctrl+End', 'Up'],
          never: quietRegion(w),
        },
      ],
    },
    ...[false, true].map((reducedMotion) => ({
      widget: 'stats-counter',
      name: `final figures${reducedMotion ? ', reduced motion' : ''}`,
      main: !reducedMotion,
      page: { attrs: LEVEL, reducedMotion },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'h: the caption',
          keys: ['ctrl+Home', 'h'],
          hear: [w.heading(2)],
          wait: reducedMotion ? 0 : 2500,
        },
        {
          // The final figures in the page's language, never a ticking value, and their labels.
          // One step: Firefox reads a label that wraps as two lines, Chromium as one.
          say: 'Down, line by line, through the figures',
          // A figure, its label, its description if any, and room for a label that wraps.
          keys: stats.stats.flatMap((/** @type {any} */ stat) =>
            stat.description ? ['Down', 'Down', 'Down', 'Down'] : ['Down', 'Down', 'Down'],
          ),
          hear: stats.stats.flatMap((/** @type {any} */ stat) => [
            number(w, stat.value),
            w.pick(stat.label),
          ]),
        },
        {
          say: 'Control+End, Up: the end of the widget',
          keys: ['ctrl+End', 'Up'],
          never: quietRegion(w),
        },
      ],
    })),
    {
      widget: 'ai-publications',
      name: 'domains with counts, the search box',
      main: true,
      page: { attrs: LEVEL },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'Tab to the domain filter',
          keys: ['Tab'],
          hear: [w.t('ai.domain'), `${w.t('ai.all-domains')} (${number(w, aiAll)})`],
        },
        { say: 'Tab to the search box', keys: ['Tab'], hear: [w.t('ai.search')] },
      ],
    },
    {
      widget: 'ai-publications',
      name: 'a search, its count said once per pause',
      page: { attrs: LEVEL },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'Tab, Tab: the search box',
          keys: ['Tab', 'Tab'],
          focusMode: true,
          hear: [w.t('ai.search')],
        },
        {
          // Letter by letter, each search shorter than the pause: one count, the last.
          say: 'types a word, then waits',
          keys: [],
          type: aiWord,
          quiet: 2500,
          shownOnce: { selector: '.count', like: countLike(w) },
        },
        {
          say: 'selects it all and types another, then waits',
          keys: ['ctrl+a'],
          type: aiOtherWord,
          quiet: 2500,
          shownOnce: { selector: '.count', like: countLike(w) },
        },
      ],
    },
    {
      widget: 'ai-publications',
      name: 'a domain from the URL hash',
      page: { attrs: `${LEVEL} sync-url` },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'a link on the page leads to a domain (#domain=…)',
          keys: [],
          hash: `#domain=${aiDomain.id}`,
          once: [
            w.t(
              aiDomain.publications.length === 1 ? 'ai.count-one' : 'ai.count',
              number(w, aiDomain.publications.length),
            ),
          ],
        },
      ],
    },
  ];
}

/** Every widget's loading, error and empty states. @param {Words} w @returns {Journey[]} */
export function stateJourneys(w) {
  const empty = {
    'news-list': 'news.empty',
    'event-calendar': 'calendar.empty',
    'campus-card': 'campus.empty',
    'stats-counter': 'stats.empty',
    'ai-publications': 'ai.empty',
  };
  return Object.entries(empty).flatMap(([widget, emptyId]) => [
    {
      widget,
      name: 'loading: busy and silent',
      page: { attrs: LEVEL, state: /** @type {const} */ ('loading') },
      steps: [
        { say: 'the page loads', keys: [], never: [w.t('state.loading'), w.orca['focus mode']] },
      ],
    },
    {
      widget,
      name: 'error: read once, Retry reachable',
      page: { attrs: LEVEL, state: /** @type {const} */ ('error') },
      steps: [
        { say: 'the page loads', keys: [], once: [w.t('error.server')] },
        { say: 'b: the next button', keys: ['b'], hear: [w.t('state.retry'), w.orca.button] },
      ],
    },
    {
      widget,
      name: 'empty',
      page: { attrs: LEVEL, state: /** @type {const} */ ('empty') },
      steps: [
        { say: 'the page loads', keys: [], never: [w.orca['focus mode']] },
        {
          say: 'Down: the widget',
          keys: ['ctrl+Home', 'Down', 'Down', 'Down'],
          hear: [w.t(emptyId)],
        },
      ],
    },
  ]);
}
