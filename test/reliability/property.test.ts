// Property-based tests (fast-check), in the spirit of DOMPurify's: arbitrary values and random
// mutations of the real demo feeds (a few items, every optional field filled in) go through
// validation, the widgets and `safeUrl`.
// 1. `validateFeed` returns or throws a `FeedError`, never anything else, whatever it is given.
// 2. Mutated feeds that validate render without throwing, in a data, empty or error state,
//    and every URL in the shadow DOM has an allowed scheme.
// 3. `safeUrl` returns undefined or a URL with an allowed protocol.
// Fixed seed: a failure prints `{ seed, path }`; replay it by passing them to `fc.assert`.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/uzl-widgets.js'; // defines every widget
import { FeedError } from '../../src/core/feed-error.js';
import { validateFeed, type FeedSpec } from '../../src/core/feed-validation.js';
import { safeUrl, type UrlUse } from '../../src/core/safe-url.js';
import {
  ALL_HOSTILE_TEXT,
  ALL_HOSTILE_URLS,
  LINK_PROTOCOLS,
  LOAD_PROTOCOLS,
  auditDom,
  pwned,
  resetPwned,
} from '../helpers/hostile.js';
import {
  demoFeed,
  WIDGETS,
  type FeedPath as Path,
  type Json,
  type WidgetElement as Widget,
} from '../helpers/widgets.js';

/** The one seed of this file; change it to explore, keep it fixed in CI. */
const SEED = 20260115;
const run = (numRuns: number): fc.Parameters<unknown> => ({
  seed: SEED,
  numRuns,
  endOnFailure: false,
});

/** The first `n` items of every array in `value`, all the way down. */
function reduce(value: Json, n: number): Json {
  if (Array.isArray(value)) return value.slice(0, n).map((item) => reduce(item, n));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reduce(v, n)]));
  return value;
}

/**
 * Each widget with its feed's spec and the feed the mutations start from: a few demo items with
 * every optional field filled in (`full` in test/helpers/widgets.ts).
 */
const CASES = await Promise.all(
  WIDGETS.map(async (widget) => ({
    widget,
    tag: widget.tag,
    spec: await widget.feed.spec(),
    demo: widget.full(await demoFeed(widget)),
  })),
);

// ---- mutations of a real feed ------------------------------------------------------------------

/**
 * Paths of every value below the root (containers and leaves), depth first, down to `maxDepth`
 * levels: deeper than that is a nest made by a mutation, one long chain not worth targeting.
 */
function nodes(root: Json, maxDepth = 12): Path[] {
  const found: Path[] = [];
  const stack: [Json, Path][] = [[root, []]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (path.length >= maxDepth) continue;
    const children: [string | number, Json][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : value && typeof value === 'object'
        ? Object.entries(value)
        : [];
    for (const [key, child] of children.reverse()) {
      found.push([...path, key]);
      stack.push([child, [...path, key]]);
    }
  }
  return found;
}

const get = (root: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  return get(root, path.slice(0, -1)) as Record<string | number, Json>;
}

/** `depth` arrays or objects around `inner`, built without recursion. */
function nest(inner: Json, depth: number, asObject: boolean): Json {
  let value = inner;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'leaf'; at: number; value: string }
  | { kind: 'duplicate'; at: number; times: number }
  | { kind: 'nest'; at: number; depth: number; asObject: boolean }
  | { kind: 'add'; at: number; key: string; value: Json };

const HOSTILE = [...new Set([...ALL_HOSTILE_TEXT, ...ALL_HOSTILE_URLS])];

const mutationArb = (maxDepth: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('retype' as const),
      at: fc.nat(),
      value: fc.oneof(
        fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, '', [], {}, [[]], { en: '' }),
        fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      ),
    }),
    fc.record({
      kind: fc.constant('leaf' as const),
      at: fc.nat(),
      value: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
        { weight: 1, arbitrary: fc.webUrl() },
      ),
    }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      times: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({
      kind: fc.constant('nest' as const),
      at: fc.nat(),
      depth: fc.integer({ min: 1, max: maxDepth }),
      asObject: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'en',
        'nl',
        'x-extra',
        'hasOwnProperty',
        '',
      ),
      value: fc.oneof(
        fc.constantFrom<Json>(...HOSTILE),
        fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      ),
    }),
  );

/** Applies `mutation` to `feed` (in place), each choosing its target among the feed's current nodes. */
function apply(feed: Json, mutation: Mutation): void {
  const all = nodes(feed);
  if (!all.length) return;
  const pick = <T>(list: T[]) => list[mutation.at % list.length];
  switch (mutation.kind) {
    case 'delete': {
      const path = pick(all)!;
      const parent = parentOf(feed, path);
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else delete parent[path.at(-1)!];
      return;
    }
    case 'retype': {
      const path = pick(all)!;
      parentOf(feed, path)[path.at(-1)!] = structuredClone(mutation.value);
      return;
    }
    case 'leaf': {
      const leaves = all.filter((path) => typeof get(feed, path) === 'string');
      const path = pick(leaves);
      if (path) parentOf(feed, path)[path.at(-1)!] = mutation.value;
      return;
    }
    case 'duplicate': {
      const arrays = [[], ...all].filter<Path>((path): path is Path =>
        Array.isArray(get(feed, path)),
      );
      const array = pick(arrays);
      const list = array && (get(feed, array) as Json[]);
      if (!list?.length) return;
      const item = list[mutation.at % list.length]!;
      for (let i = 0; i < mutation.times; i++) list.push(structuredClone(item));
      return;
    }
    case 'nest': {
      const path = pick(all)!;
      const parent = parentOf(feed, path);
      parent[path.at(-1)!] = nest(parent[path.at(-1)!]!, mutation.depth, mutation.asObject);
      return;
    }
    case 'add': {
      const objects = [[], ...all].filter<Path>((path): path is Path => {
        const node = get(feed, path);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const path = pick(objects);
      if (!path) return;
      // As JSON.parse makes it: an own property, even for "__proto__".
      Object.defineProperty(get(feed, path), mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    }
  }
}

/** The demo feed after 1 to 8 random mutations. */
const mutatedFeed = (demo: Json, maxDepth: number) =>
  fc.array(mutationArb(maxDepth), { minLength: 1, maxLength: 8 }).map((mutations) => {
    const feed = structuredClone(demo);
    for (const mutation of mutations) apply(feed, mutation);
    return feed;
  });

/** Runs validateFeed; returns the error when it threw something other than a FeedError. */
function strayError(json: unknown, spec: FeedSpec<unknown>, cache = false): unknown {
  try {
    validateFeed(json, spec, 'uzl-property-test', cache);
    return undefined;
  } catch (error) {
    return error instanceof FeedError ? undefined : error;
  }
}

const quietly = async <T>(work: () => T | Promise<T>): Promise<T> => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
};

// ---- 1. validation -----------------------------------------------------------------------------

describe(`property: validateFeed only ever throws FeedError (seed ${SEED})`, function () {
  this.timeout(30000);
  for (const { tag, spec, demo: full } of CASES) {
    it(`${tag}: fc.anything()`, async () => {
      await quietly(() =>
        fc.assert(
          fc.property(
            fc.anything({
              withBigInt: true,
              withBoxedValues: true,
              withDate: true,
              withMap: true,
              withSet: true,
              withNullPrototype: true,
              withObjectString: true,
              withSparseArray: true,
              withTypedArray: true,
              withUnicodeString: true,
            }),
            (value) => strayError(value, spec) === undefined,
          ),
          run(1000),
        ),
      );
    });

    it(`${tag}: fc.jsonValue() and feeds shaped like it`, async () => {
      const shaped = fc.record({
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        items: fc.jsonValue(),
        events: fc.jsonValue(),
        campuses: fc.jsonValue(),
        stats: fc.jsonValue(),
        news: fc.jsonValue(),
        domains: fc.jsonValue(),
      });
      await quietly(() =>
        fc.assert(
          fc.property(
            fc.oneof(fc.jsonValue(), shaped),
            (value) => strayError(value, spec, true) === undefined,
          ),
          run(1000),
        ),
      );
    });

    it(`${tag}: mutations of the demo feed`, async () => {
      await quietly(() =>
        fc.assert(
          fc.property(mutatedFeed(full, 500), (feed) => strayError(feed, spec) === undefined),
          run(1500),
        ),
      );
    });

    it(`${tag}: 100,000 levels of nesting at every node of the demo feed`, () => {
      const demo = reduce(full, 1);
      const stray: string[] = [];
      quietlySync(() => {
        for (const path of nodes(demo)) {
          for (const asObject of [false, true]) {
            const feed = structuredClone(demo);
            const parent = parentOf(feed, path);
            parent[path.at(-1)!] = nest(parent[path.at(-1)!]!, 100_000, asObject);
            const error = strayError(feed, spec);
            if (error)
              stray.push(
                `${path.join('.')} (${asObject ? 'objects' : 'arrays'}): ${describeError(error)}`,
              );
          }
        }
        const root = nest(demo, 100_000, false);
        const error = strayError(root, spec);
        if (error) stray.push(`(root): ${describeError(error)}`);
      });
      expect(stray).to.deep.equal([]);
    });
  }
});

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);

function quietlySync(work: () => void): void {
  const warn = console.warn;
  console.warn = () => {};
  try {
    work();
  } finally {
    console.warn = warn;
  }
}

// ---- 2. rendering ------------------------------------------------------------------------------

describe(`property: mutated feeds render safely (seed ${SEED})`, function () {
  this.timeout(30000);
  const container = document.createElement('div');
  container.lang = 'en';
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  before(() => {
    document.body.append(container);
    window.addEventListener('error', onError);
  });
  after(async () => {
    window.removeEventListener('error', onError);
    container.remove();
    await new Promise((done) => setTimeout(done, 200));
    expect(pwned(), 'a payload ran').to.equal(false);
    resetPwned();
  });

  for (const { widget, tag, spec, demo } of CASES) {
    it(`${tag}: renders every mutated feed that validates`, async () => {
      let rendered = 0;
      await quietly(async () =>
        fc.assert(
          fc.asyncProperty(mutatedFeed(demo, 50), async (feed) => {
            let valid = true;
            try {
              validateFeed(feed, spec, tag, false);
            } catch {
              valid = false;
            }
            fc.pre(valid);
            rendered++;
            errors.length = 0;
            const el = document.createElement(tag) as Widget;
            for (const [name, value] of Object.entries(widget.showAll))
              el.setAttribute(name, value);
            el.data = feed;
            container.replaceChildren(el);
            await el.updateComplete;
            const root = el.shadowRoot!;
            const base = root.querySelector('[part~="base"]');
            expect(base, 'the widget rendered').to.exist;
            expect(root.querySelector('[part~="loading"]'), 'still loading').to.equal(null);
            expect(root.querySelector('[part~="error"]'), 'a valid feed shows an error').to.equal(
              null,
            );
            expect(base!.childElementCount, 'data or the empty state').to.be.greaterThan(0);
            expect(auditDom(root)).to.deep.equal([]);
            for await (const _ of widget.explore?.(el) ?? [])
              expect(auditDom(root)).to.deep.equal([]);
            expect(errors, 'uncaught errors').to.deep.equal([]);
          }),
          run(200),
        ),
      );
      console.log(`property: <${tag}> rendered ${rendered} mutated feeds that validate`);
      // Most runs must have reached the widget, or the property proves little.
      expect(rendered).to.be.greaterThan(50);
    });
  }
});

// ---- 3. safeUrl --------------------------------------------------------------------------------

/** A hostile URL with white space, controls, entities and escapes slipped in and the case shuffled. */
const mangledUrl = fc
  .tuple(
    fc.constantFrom(...ALL_HOSTILE_URLS),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          ' ',
          '\t',
          '\n',
          '\r',
          '\f',
          '\u0000',
          '\u0001',
          '\u001f',
          '\u007f',
          '\u00a0',
          '\u200b',
          '\ufeff',
          '\u202e',
          '&#x09;',
          '&Tab;',
          '%09',
          '%0A',
          '%00',
          ':',
          '/',
          '\\',
          '#',
          '?',
        ),
      ),
      { maxLength: 4 },
    ),
    fc.array(fc.boolean(), { maxLength: 12 }),
  )
  .map(([url, inserts, upper]) => {
    let out = [...url].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

describe(`property: safeUrl keeps only allowed protocols (seed ${SEED})`, () => {
  const bases = [document.baseURI, 'https://feeds.example.org/data/news.json'];
  const safe = (value: string, use: UrlUse, base: string): boolean => {
    const result = safeUrl(value, use, base);
    if (result === undefined) return true;
    const allowed = use === 'link' ? LINK_PROTOCOLS : LOAD_PROTOCOLS;
    // As the URL parser and as a real link in the page read it.
    const a = document.createElement('a');
    a.href = result;
    return allowed.has(new URL(result).protocol) && allowed.has(a.protocol);
  };
  const inputs: [string, fc.Arbitrary<string>][] = [
    ['fc.string()', fc.string()],
    ['binary strings', fc.string({ unit: 'binary', maxLength: 60 })],
    ['fc.webUrl()', fc.webUrl({ withQueryParameters: true, withFragments: true })],
    ['mangled hostile URLs', mangledUrl],
    [
      'scheme-looking strings',
      fc
        .tuple(
          fc.stringMatching(/^[A-Za-z][A-Za-z0-9+.-]{0,12}$/),
          fc.constantFrom(':', '://', ':/', ':\\'),
          fc.string(),
        )
        .map(([scheme, sep, rest]) => `${scheme}${sep}${rest}`),
    ],
  ];
  for (const [name, arbitrary] of inputs) {
    it(`${name}: undefined or an allowed protocol`, () => {
      fc.assert(
        fc.property(
          arbitrary,
          fc.constantFrom<UrlUse>('link', 'image'),
          fc.constantFrom(...bases),
          safe,
        ),
        run(3000),
      );
    });
  }
});
