// Hostile feed content, systematically: for each widget, every string leaf of its full feed (a
// few demo items, every optional field filled in: `full` in test/helpers/widgets.ts) in turn
// gets every hostile text and URL payload, and the widget renders it through `data`. No payload
// may run, no element may carry an `on*` attribute or a URL outside the allow-list, and text
// payloads must read as literal text where the field shows.
// README.md, "What `npm test` runs", lists this among the reliability suite's proofs.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import { validate } from '../../src/core/schema-validator.js';
import {
  ALL_HOSTILE_TEXT,
  ALL_HOSTILE_URLS,
  auditDom,
  deepText,
  pwned,
  resetPwned,
} from '../helpers/hostile.js';
import {
  demoFeed,
  fold,
  WIDGETS,
  type FeedPath as Path,
  type Json,
  type WidgetElement,
} from '../helpers/widgets.js';

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
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = leaf;
  return copy;
}

const pathName = (path: Path) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

// ---- the widgets -------------------------------------------------------------------------------

/**
 * Each widget with the feed it starts from (a few demo items, every optional field filled in)
 * and its schema.
 */
const CASES = await Promise.all(
  WIDGETS.map(async (widget) => ({
    widget,
    feed: widget.full(await demoFeed(widget)),
    schema: (await widget.feed.spec()).schema,
  })),
);
type Case = (typeof CASES)[number];

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

async function renderOnce(
  { widget, feed: full, schema }: Case,
  path: Path,
  payload: string,
): Promise<Outcome> {
  combinations++;
  const feed = setAt(full, path, payload);
  const result = validate(schema, feed, { skipInvalidItems: true });
  const valid = result.errors.length === 0 && result.skipped.length === 0;
  // A localized leaf is read in its own language.
  const last = path.at(-1);
  container.lang = last === 'nl' || last === 'fr' ? last : 'en';

  const el = document.createElement(widget.tag) as WidgetElement;
  for (const [name, value] of Object.entries(widget.showAll)) el.setAttribute(name, value);
  el.data = feed;
  container.replaceChildren(el);
  const problems: string[] = [];
  const seen: string[] = [];
  const name = pathName(path);
  const readText = valid && TEXT_PAYLOADS.has(payload) && !widget.unshown.test(name);
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

  for (const widgetCase of CASES) {
    const { widget } = widgetCase;
    describe(`<${widget.tag}>`, () => {
      let start = 0;
      before(() => (start = performance.now()));
      after(() => console.log(`<${widget.tag}>: ${Math.round(performance.now() - start)} ms`));
      for (const path of stringLeaves(widgetCase.feed)) {
        it(pathName(path), async () => {
          const failures: string[] = [];
          let valid = 0;
          for (const payload of PAYLOADS) {
            const outcome = await renderOnce(widgetCase, path, payload);
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
              await renderOnce(widgetCase, path, payload);
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
