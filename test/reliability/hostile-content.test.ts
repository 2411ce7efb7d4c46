// Hostile feed content, systematically: for each of the five widgets, every string leaf of its
// (reduced, enriched) demo feed in turn gets every hostile text and URL payload, and the widget
// renders it through `data`. No payload may run, no element may carry an `on*` attribute or a
// URL outside the allow-list, and text payloads must read as literal text where the field shows.
// README.md, "What `npm test` runs", lists this among the reliability suite's proofs.
import { expect } from '@open-wc/testing';
import aiDemo from '../../demo/data/ai-publications.json' with { type: 'json' };
import campusesDemo from '../../demo/data/campuses.json' with { type: 'json' };
import eventsDemo from '../../demo/data/events.json' with { type: 'json' };
import newsDemo from '../../demo/data/news.json' with { type: 'json' };
import statsDemo from '../../demo/data/stats.json' with { type: 'json' };
import { aiPublicationsSchema } from '../../src/ai-publications/ai-publications-feed.js';
import '../../src/uzl-widgets.js'; // defines every widget
import { campusesFeedSpec } from '../../src/campus-card/campuses-feed.js';
import { validate, type JsonSchema } from '../../src/core/schema-validator.js';
import { eventsFeedSpec } from '../../src/event-calendar/events-feed.js';
import { newsFeedSpec } from '../../src/news-list/news-feed.js';
import { statsFeedSpec } from '../../src/stats-counter/stats-feed.js';
import {
  ALL_HOSTILE_TEXT,
  ALL_HOSTILE_URLS,
  auditDom,
  deepText,
  pwned,
  resetPwned,
} from '../helpers/hostile.js';
import { fold } from '../helpers/widgets.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const clone = <T>(value: T): T => structuredClone(value);
const text3 = (en: string): Json => ({ nl: `${en} (nl)`, en, fr: `${en} (fr)` });
const IMAGE = '/demo/data/images/news-1.svg';

// ---- the feeds: a few demo items, with every optional field the demo leaves out filled in ----

function newsFeed(): Json {
  const feed = clone(newsDemo as unknown) as { [key: string]: Json } & { items: Json[] };
  const items = feed.items.slice(0, 2) as { [key: string]: Json }[];
  items[0]!.url = 'https://www.uzleuven.be/nl/nieuws/een';
  items[0]!.image = { src: IMAGE, alt: text3('Image alt'), width: 160, height: 90 };
  items[1]!.title = 'Plain-string title';
  return { ...feed, items };
}

function eventsFeed(): Json {
  const feed = clone(eventsDemo as unknown) as { [key: string]: Json } & { events: Json[] };
  const first = feed.events[0] as { [key: string]: Json };
  const online = clone(
    feed.events.find(
      (e) => (e as { online?: Json }).online && !(e as { location?: Json }).location,
    ),
  ) as {
    [key: string]: Json;
  };
  const allDay = clone(feed.events.find((e) => (e as { allDay?: Json }).allDay)) as {
    [key: string]: Json;
  };
  first.url = 'https://www.uzleuven.be/nl/agenda/een';
  first.registrationUrl = 'https://www.uzleuven.be/nl/inschrijven';
  online.online = { platform: 'Microsoft Teams', url: 'https://teams.example.org/meet/1' };
  online.title = 'Plain-string event title';
  allDay.location = { name: 'Plain-string place', address: 'Herestraat 49, 3000 Leuven' };
  return { ...feed, events: [first, online, allDay] };
}

function campusesFeed(): Json {
  const feed = clone(campusesDemo as unknown) as { [key: string]: Json } & { campuses: Json[] };
  const campuses = feed.campuses.slice(0, 2) as { [key: string]: Json }[];
  Object.assign(campuses[0]!, {
    email: 'info@uzleuven.be',
    image: { src: IMAGE, alt: text3('Campus photo') },
    visitingHours: text3('Every day 14:00–20:00'),
    notice: 'Roadworks on the Herestraat',
  });
  return { ...feed, campuses };
}

function statsFeed(): Json {
  const feed = clone(statsDemo as unknown) as { [key: string]: Json } & { stats: Json[] };
  const stats = feed.stats.slice(0, 2) as { [key: string]: Json }[];
  Object.assign(stats[0]!, { unit: text3('per year'), description: text3('Outpatient visits') });
  stats[1]!.label = 'Plain-string label';
  return { ...feed, year: 2024, stats };
}

function aiFeed(): Json {
  const feed = clone(aiDemo as unknown) as { [key: string]: Json } & {
    news: Json[];
    domains: Json[];
  };
  const news = feed.news.slice(0, 2) as { [key: string]: Json }[];
  news[0]!.title = text3('AI news title');
  news[0]!.url = 'https://www.uzleuven.be/nl/nieuws/ai';
  news[1]!.summary = 'Plain-string summary';
  const domains = (feed.domains.slice(0, 2) as { [key: string]: Json }[]).map(
    (domain): { [key: string]: Json } & { publications: Json[] } => ({
      ...domain,
      publications: (domain.publications as Json[]).slice(0, 2),
    }),
  );
  const publication = domains[0]!.publications[0] as { [key: string]: Json };
  Object.assign(publication, {
    authors: ['Topalovic M', 'Das N'],
    journal: 'European Respiratory Journal',
    url: 'https://example.org/publication',
    summary: text3('Lay summary'),
  });
  domains[1]!.label = 'Plain-string domain';
  return { ...feed, news, domains };
}

// ---- walking a feed ----------------------------------------------------------------------------

/** The path of every string in `value`, depth first. */
function stringLeaves(value: Json, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function setAt(root: Json, path: Path, leaf: string): Json {
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = leaf;
  return copy;
}

const pathName = (path: Path) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

// ---- the widgets -------------------------------------------------------------------------------

interface WidgetCase {
  tag: string;
  attrs: Record<string, string>;
  feed: Json;
  schema: JsonSchema;
  /** Paths whose text is not shown as such (ids, dates, URLs, tags…). */
  hidden: RegExp;
  /** Opens what only shows on demand; the audit runs after each step. */
  explore?: (el: Widget, path: Path) => AsyncGenerator<void>;
}

const ids = /(^|\.)id$/;
const eventIds = (eventsFeed() as { events: { id: string }[] }).events.map((e) => e.id);

const WIDGETS: WidgetCase[] = [
  {
    tag: 'uzl-news-list',
    attrs: { 'link-target': '_blank' },
    feed: newsFeed(),
    schema: newsFeedSpec.schema,
    hidden: /(^|\.)(id|date|url|moreUrl|src)$|\.tags\[/,
  },
  {
    tag: 'uzl-event-calendar',
    attrs: { view: 'list', 'show-past': '', month: '2026-01' },
    feed: eventsFeed(),
    schema: eventsFeedSpec.schema,
    hidden: /(^|\.)(id|timeZone|start|end|category|campus|url|registrationUrl)$/,
    async *explore(el, path) {
      // The details of the event the path is in (every event's for the feed's own fields).
      const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list-event')];
      const id = path[0] === 'events' ? eventIds[path[1] as number] : undefined;
      const targets = id === undefined ? buttons().map((b) => b.dataset['id']) : [id];
      for (const target of targets) {
        buttons()
          .find((b) => b.dataset['id'] === target)
          ?.click();
        await el.updateComplete;
        yield;
      }
      // The month grid, whose chips show the titles.
      if (path.includes('title')) {
        (el as Widget & { view: string }).view = 'month';
        await el.updateComplete;
        yield;
      }
    },
  },
  {
    tag: 'uzl-campus-card',
    attrs: {},
    feed: campusesFeed(),
    schema: campusesFeedSpec.schema,
    hidden: /(^|\.)(id|url|src|country)$/,
  },
  {
    tag: 'uzl-stats-counter',
    attrs: { 'no-animation': '' },
    feed: statsFeed(),
    schema: statsFeedSpec.schema,
    hidden: ids,
  },
  {
    tag: 'uzl-ai-publications',
    attrs: {},
    feed: aiFeed(),
    schema: aiPublicationsSchema,
    // Authors after the sixth read "et al.".
    hidden: /(^|\.)(id|date|url|doi)$|\.authors\[([6-9]|\d\d+)\]$/,
    async *explore(el) {
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>(
        'button[aria-expanded="false"]',
      ))
        toggle.click();
      await el.updateComplete;
      yield;
    },
  },
];

const PAYLOADS = [...new Set([...ALL_HOSTILE_TEXT, ...ALL_HOSTILE_URLS])];
const TEXT_PAYLOADS = new Set(ALL_HOSTILE_TEXT);

// ---- running one combination ---------------------------------------------------------------

const container = document.createElement('div');
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
let combinations = 0;
let checkedAsText = 0;
/** Paths no payload got past the schema to (dates, patterns, formats): only the schema guards them. */
const unreached: string[] = [];

interface Outcome {
  problems: string[];
  /** Whether the whole feed passed the schema, so the field is on screen. */
  valid: boolean;
}

async function renderOnce(widget: WidgetCase, path: Path, payload: string): Promise<Outcome> {
  combinations++;
  const feed = setAt(widget.feed, path, payload);
  const result = validate(widget.schema, feed, { skipInvalidItems: true });
  const valid = result.errors.length === 0 && result.skipped.length === 0;
  // A localized leaf is read in its own language.
  const last = path.at(-1);
  container.lang = last === 'nl' || last === 'fr' ? last : 'en';

  const el = document.createElement(widget.tag) as Widget;
  for (const [name, value] of Object.entries(widget.attrs)) el.setAttribute(name, value);
  el.data = feed;
  container.replaceChildren(el);
  const problems: string[] = [];
  const seen: string[] = [];
  const name = pathName(path);
  const readText = valid && TEXT_PAYLOADS.has(payload) && !widget.hidden.test(name);
  const check = (step: string) => {
    for (const problem of auditDom(el.shadowRoot!)) problems.push(`${step}: ${problem}`);
    if (readText) seen.push(deepText(el.shadowRoot!));
  };
  try {
    await el.updateComplete;
    check('render');
    if (valid) {
      if (el.shadowRoot!.querySelector('[part~="error"]'))
        problems.push('a valid feed shows the error state');
      for await (const _ of widget.explore?.(el, path) ?? []) check('explore');
    }
  } catch (error) {
    problems.push(`threw ${String(error)}`);
  }
  if (readText) {
    checkedAsText++;
    if (!fold(seen.join(' ')).includes(fold(payload)))
      problems.push('the text is not shown literally');
  }
  return { problems, valid };
}

describe('hostile content in every feed field of every widget', function () {
  this.timeout(30000);
  const warn = console.warn;
  before(() => {
    document.body.append(container);
    window.addEventListener('error', onError);
    // Items the schema skips warn once each: thousands of lines otherwise.
    console.warn = () => {};
  });
  after(async () => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    container.remove();
    // A last chance for anything late (image errors, timers) to show itself.
    await new Promise((done) => setTimeout(done, 300));
    expect(pwned(), 'a payload ran').to.equal(false);
    console.log(
      `hostile-content: ${combinations} (element, path, payload) combinations, ${checkedAsText} checked as literal text; paths only the schema guarded: ${unreached.join(', ') || 'none'}`,
    );
  });
  beforeEach(() => {
    resetPwned();
    pageErrors.length = 0;
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      let start = 0;
      before(() => (start = performance.now()));
      after(() => console.log(`<${widget.tag}>: ${Math.round(performance.now() - start)} ms`));
      for (const path of stringLeaves(widget.feed)) {
        it(pathName(path), async () => {
          const failures: string[] = [];
          let valid = 0;
          for (const payload of PAYLOADS) {
            const outcome = await renderOnce(widget, path, payload);
            if (outcome.valid) valid++;
            for (const problem of outcome.problems)
              failures.push(`${JSON.stringify(payload.slice(0, 80))}: ${problem}`);
          }
          // onerror/onload handlers and timers get their turn before the flag is read.
          await frame();
          if (pwned()) {
            // Find the culprit: one payload at a time, with time for it to run.
            for (const payload of PAYLOADS) {
              resetPwned();
              await renderOnce(widget, path, payload);
              await new Promise((done) => setTimeout(done, 50));
              if (pwned()) failures.push(`${JSON.stringify(payload.slice(0, 80))}: RAN`);
            }
          }
          expect(pageErrors, 'uncaught errors').to.deep.equal([]);
          expect(failures.slice(0, 20), `${failures.length} failures`).to.deep.equal([]);
          if (valid === 0) unreached.push(`<${widget.tag}> ${pathName(path)}`);
        });
      }
    });
  }
});

describe('the audit itself', () => {
  it('finds on* attributes, forbidden elements, bad schemes and unsafe new-tab links', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:image/png;base64,AA==">';
    root.innerHTML = `<a href="javascript:void 0">a</a><a href="JAVA&#9;SCRIPT:x">b</a>
      <a href="mailto:a@b.be">ok</a><img src="https://example.org/x.png" srcset="https://example.org/1x.png 1x, blob:https://example.org/x 2x">
      <a href="https://example.org/" target="_blank">tab</a><button formaction="vbscript:x">c</button>
      <p onclick="x">d</p><svg></svg>`;
    root.append(inner);
    const problems = auditDom(root);
    expect(problems.join('\n')).to.contain('href="javascript:void 0"');
    expect(problems.join('\n')).to.contain('(javascript:)');
    expect(problems.join('\n')).to.contain('blob:');
    expect(problems.join('\n')).to.contain('data:image/png');
    expect(problems.join('\n')).to.contain('formaction');
    expect(problems.join('\n')).to.contain('onclick');
    expect(problems.join('\n')).to.contain('<svg> must not exist');
    expect(problems.join('\n')).to.contain('opens a new tab');
    expect(problems.join('\n')).not.to.contain('mailto');
    expect(problems).to.have.length(8);
  });
});
