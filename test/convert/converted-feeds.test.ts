// Feeds made by `uzl-widgets convert` from real exports (test/fixtures/convert/*/: WordPress and
// Drupal RSS, Atom, JSON Feed, Google Calendar and Outlook iCalendar, spreadsheet CSV,
// bibliographies) rendered by the widget each is for: the built command converts every case of
// test/fixtures/convert/*/cases.json at request time (test/server/converted-feeds.mjs), and the
// widget on that URL must show what the case says a visitor sees, with no error.
// Needs a current dist/ (`npm run build`): the server answers 503 otherwise.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js';
import { until } from '../helpers/feeds.js';
import { fold, WIDGET_TAGS } from '../helpers/widgets.js';

interface ConvertCase {
  area: string;
  index: number;
  name: string;
  kind: string;
  args: string[];
  tag: string;
  attributes?: Record<string, string>;
  shows: string[];
}

const response = await fetch('/__converted/cases');
if (!response.ok)
  throw new Error(`/__converted/cases: ${response.status} ${await response.text()}`);
const CASES = (await response.json()) as ConvertCase[];

/** All text in the element's shadow root, as a visitor reads it. */
const shown = (el: Element) => fold(el.shadowRoot?.textContent);

describe('converted feeds rendered by their widgets', function () {
  this.timeout(20000);
  const mounted: Element[] = [];
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('has cases for every widget', () => {
    expect([...new Set(CASES.map((c) => c.tag))].sort()).to.deep.equal([...WIDGET_TAGS].sort());
  });

  for (const c of CASES) {
    it(`${c.area}: ${c.name} → <${c.tag}> shows ${c.shows.map((s) => `“${s}”`).join(', ')}`, async () => {
      // Fetched first so a conversion that wrote nothing fails with what the command printed.
      const url = `/__converted/${c.area}/${c.index}`;
      const feed = await fetch(url);
      if (!feed.ok) throw new Error(await feed.text());
      const el = document.createElement(c.tag);
      for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
      el.setAttribute('src', url);
      document.body.append(el);
      mounted.push(el);
      const loaded = new Promise((done, fail) => {
        el.addEventListener('uzl-load', done, { once: true });
        el.addEventListener(
          'uzl-error',
          (e) => fail(new Error(JSON.stringify((e as CustomEvent).detail))),
          { once: true },
        );
      });
      await loaded;
      await until(
        () => c.shows.every((s) => shown(el).includes(fold(s))),
        `${c.shows.join(' | ')} in <${c.tag}>: “${shown(el).slice(0, 300)}”`,
      );
    });
  }
});
