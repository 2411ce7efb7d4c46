// A last good copy (`persist`, #26): when it is written, read and shown, and when it is not.
// Storage that throws, is full, or is not there at all (a sandboxed frame): the widget behaves
// as without `persist`, with at most one warning on the page and no error. Never a copy of a
// feed read with cookies (`credentials="include"`: the test reads every storage and finds
// nothing) nor of one sent `no-store` or `private`; never one older than `persist-max-age`. A
// fresh copy shows before the network answers; an answer with the same body changes nothing
// on screen, a changed one replaces it.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import {
  feedUrl,
  nextEvent,
  serverBack,
  serverCount,
  serverDown,
  sleep,
  uniqueId,
  until,
} from '../helpers/feeds.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { $, fold, WIDGETS, type TestWidget, type WidgetElement } from '../helpers/widgets.js';
import { CACHE_NAME, contentText, noteOf, storedCopies } from './persist-helpers.js';

failOnUncaught();

/** Puts the tag on a page and waits for its first `uzl-load` or `uzl-error`. */
async function mount(tag: string, attrs: string, lang = 'en') {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  const load = nextEvent<UzlLoadDetail>(container, 'uzl-load', 12000).then((e) => e.detail);
  const error = nextEvent<UzlErrorDetail>(container, 'uzl-error', 12000).then((e) => e.detail);
  load.catch(() => {});
  error.catch(() => {});
  container.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = container.firstElementChild as WidgetElement;
  const first = await Promise.race([
    load.then((detail) => ({ type: 'uzl-load' as const, detail })),
    error.then((detail) => ({ type: 'uzl-error' as const, detail })),
  ]);
  await el.updateComplete;
  return { el, container, first, load, error };
}

/** A feed of `widget`'s shape that a copy may be kept of. */
const storable = (widget: TestWidget, id: string, plan = 'ok', cacheControl = 'no-cache') =>
  feedUrl(id, plan, { file: widget.file, cacheControl });

/** Console warnings and errors while `work` runs. */
async function consoleDuring(work: () => Promise<void>) {
  const said = { warn: [] as string[], error: [] as string[] };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => said.warn.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => said.error.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return said;
}

/** Replaces `object[name]` while `work` runs. */
async function stubbed<O extends object, K extends keyof O>(
  object: O,
  name: K,
  stand: O[K],
  work: () => Promise<void>,
) {
  const original = Object.getOwnPropertyDescriptor(object, name);
  Object.defineProperty(object, name, { value: stand, configurable: true, writable: true });
  try {
    await work();
  } finally {
    if (original) Object.defineProperty(object, name, original);
    else delete object[name];
  }
}

afterEach(() => {
  for (const container of document.querySelectorAll('body > div[lang], body > iframe'))
    container.remove();
});

describe('persist: storage that cannot be used', () => {
  // One page for all of them: the page's console gets at most one warning in all.
  const warnings: string[] = [];
  const errors: string[] = [];
  after(() => {
    expect(errors, 'console errors').to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('persist')).length).to.be.at.most(1);
  });

  const cases: { name: string; fail: (work: () => Promise<void>) => Promise<void> }[] = [
    {
      name: 'Cache Storage that throws (a blocked or private window)',
      fail: (work) =>
        stubbed(
          CacheStorage.prototype,
          'has',
          () => Promise.reject(new DOMException('blocked', 'SecurityError')),
          () =>
            stubbed(
              CacheStorage.prototype,
              'open',
              () => Promise.reject(new DOMException('blocked', 'SecurityError')),
              work,
            ),
        ),
    },
    {
      name: 'a full quota',
      fail: (work) =>
        stubbed(
          Cache.prototype,
          'put',
          () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
          work,
        ),
    },
  ];

  for (const { name, fail } of cases)
    for (const widget of WIDGETS)
      it(`${name}: <${widget.tag}> loads as without persist, and fails as without it`, async () => {
        const id = uniqueId(`persist-broken-${widget.id}`);
        const src = storable(widget, id);
        const said = await consoleDuring(() =>
          fail(async () => {
            const plain = await mount(widget.tag, `src="${src}" ${widget.steady}`);
            const kept = await mount(widget.tag, `src="${src}" persist ${widget.steady}`);
            expect(kept.first.type).to.equal('uzl-load');
            expect(contentText(kept.el)).to.equal(contentText(plain.el));
            await sleep(200); // what it would store, it has tried to by now
            plain.container.remove();
            kept.container.remove();
            await serverDown(id, '500');
            const again = await mount(
              widget.tag,
              `src="${src}" persist timeout="0.3" ${widget.steady}`,
            );
            expect(again.first.type, 'no copy: the error state, as today').to.equal('uzl-error');
            expect(again.first.detail).to.not.have.property('copyFrom');
            expect($(again.el, '[part="error"]')).to.exist;
            expect(noteOf(again.el)).to.equal(null);
            await serverBack(id);
          }),
        );
        warnings.push(...said.warn);
        errors.push(...said.error);
        expect(await storedCopies(src)).to.deep.equal([]);
      });

  it('a sandboxed frame (no allow-same-origin): the drop-in loads its feed, one warning at most, no error', async () => {
    const widget = WIDGETS.find((w) => w.id === 'news-list')!;
    const src = new URL(
      feedUrl(uniqueId('persist-sandbox'), 'ok', {
        file: widget.file,
        cors: true,
        cacheControl: 'no-cache',
      }),
      location.href,
    ).href;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'Sandboxed partner page';
    const report = `
      const said = { warn: [], error: [] };
      for (const level of ['warn', 'error']) {
        const original = console[level];
        console[level] = (...args) => { said[level].push(args.map(String).join(' ')); original.apply(console, args); };
      }
      addEventListener('error', (e) => said.error.push('error: ' + e.message));
      addEventListener('unhandledrejection', (e) => said.error.push('rejection: ' + e.reason));
      document.addEventListener('uzl-load', (e) => setTimeout(() => parent.postMessage({
        type: e.type, text: [...e.target.shadowRoot.querySelectorAll('h3')].map((h) => h.textContent.replace(/\\s+/g, ' ').trim()).join(' | '), said,
      }, '*'), 300));
      document.addEventListener('uzl-error', (e) => parent.postMessage({ type: e.type, said }, '*'));`;
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title>
      <script>${report}</script>
      <script type="module" src="${location.origin}/dist/uzl-widgets.js"></script></head>
      <body><uzl-news-list persist src="${src}"></uzl-news-list></body></html>`;
    const answer = new Promise<{
      type: string;
      text?: string;
      said: { warn: string[]; error: string[] };
    }>((resolve) =>
      addEventListener('message', function once(event: MessageEvent) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', once);
        resolve(event.data as never);
      }),
    );
    document.body.append(frame);
    const { type, text: shown, said } = await answer;
    expect(type).to.equal('uzl-load');
    const plain = await mount(widget.tag, `src="${src}"`);
    // Its headings, as the same element shows them on this page (the rest depends on widths).
    const headings = [...plain.el.shadowRoot!.querySelectorAll('h3')].map((h) =>
      fold(h.textContent),
    );
    expect(shown).to.equal(headings.join(' | '));
    expect(headings.length).to.be.above(0);
    expect(said.error).to.deep.equal([]);
    expect(said.warn.filter((w) => w.includes('persist')).length).to.be.at.most(1);
  });
});

describe('persist: what is never kept', () => {
  it('a feed read with credentials="include": nothing in any storage', async () => {
    await caches.delete(CACHE_NAME);
    const local = JSON.stringify({ ...localStorage });
    const session = JSON.stringify({ ...sessionStorage });
    const databases = async () =>
      typeof indexedDB.databases === 'function'
        ? (await indexedDB.databases()).map((d) => d.name)
        : [];
    const dbs = await databases();
    for (const widget of WIDGETS) {
      const src = feedUrl(uniqueId(`persist-cookies-${widget.id}`), 'ok', {
        file: widget.file,
        cors: 'credentials',
        cacheControl: 'no-cache',
      });
      // The element's own attribute and the page-wide one: neither writes a feed read with cookies.
      const own = await mount(
        widget.tag,
        `src="${src}" persist credentials="include" ${widget.steady}`,
      );
      expect(own.first.type).to.equal('uzl-load');
      document.body.setAttribute('data-uzl-persist', '');
      try {
        const page = await mount(widget.tag, `src="${src}" credentials="include" ${widget.steady}`);
        expect(page.first.type).to.equal('uzl-load');
      } finally {
        document.body.removeAttribute('data-uzl-persist');
      }
    }
    await sleep(300);
    expect(await caches.keys(), 'Cache Storage').to.not.include(CACHE_NAME);
    expect(JSON.stringify({ ...localStorage }), 'localStorage').to.equal(local);
    expect(JSON.stringify({ ...sessionStorage }), 'sessionStorage').to.equal(session);
    expect(await databases(), 'IndexedDB').to.deep.equal(dbs);
  });

  for (const cacheControl of ['no-store', 'private, max-age=60'])
    it(`a response sent Cache-Control: ${cacheControl}: not kept`, async () => {
      const widget = WIDGETS[0]!;
      const src = storable(widget, uniqueId('persist-no-store'), 'ok', cacheControl);
      const { first } = await mount(widget.tag, `src="${src}" persist`);
      expect(first.type).to.equal('uzl-load');
      await sleep(300);
      expect(await storedCopies(src)).to.deep.equal([]);
    });

  it('a copy older than persist-max-age is never shown, and is dropped', async () => {
    const widget = WIDGETS[0]!;
    const id = uniqueId('persist-max-age');
    const src = storable(widget, id);
    const first = await mount(widget.tag, `src="${src}" persist`);
    await until(async () => (await storedCopies(src)).length === 1, 'the copy to be stored');
    first.container.remove();
    await sleep(1100);
    await serverDown(id, '500');
    const again = await mount(widget.tag, `src="${src}" persist persist-max-age="1" timeout="0.3"`);
    expect(again.first.type).to.equal('uzl-error');
    expect(again.first.detail).to.not.have.property('copyFrom');
    expect($(again.el, '[part="error"]')).to.exist;
    expect(await storedCopies(src)).to.deep.equal([]);
  });
});

describe('persist: a return visit', () => {
  for (const widget of WIDGETS)
    it(`<${widget.tag}>: the copy shows before the network answers; the same answer changes nothing on screen`, async () => {
      const id = uniqueId(`persist-return-${widget.id}`);
      const src = storable(widget, id);
      const attrs = `src="${src}" persist ${widget.steady}`;
      const first = await mount(widget.tag, attrs);
      const before = contentText(first.el);
      await until(async () => (await storedCopies(src)).length === 1, 'the copy to be stored');
      first.container.remove();

      // The network slow (it answers only when told): the copy is on screen meanwhile.
      await serverDown(id, 'hang');
      // A short timeout: the hanging attempt gives up, and the retry finds the host back.
      const again = await mount(widget.tag, `${attrs} timeout="1"`);
      expect(again.first.type).to.equal('uzl-load');
      expect(contentText(again.el)).to.equal(before);
      expect(noteOf(again.el)).to.equal(null);
      expect((await serverCount(id)).requests, 'the request is still out').to.equal(2);

      // The same answer: the same nodes, the same height.
      const node = again.el.shadowRoot!.querySelector('.uzl-root')!.firstElementChild!;
      const height = again.el.getBoundingClientRect().height;
      await serverBack(id);
      const refreshed = nextEvent<UzlLoadDetail>(again.el, 'uzl-load', 12000);
      await refreshed;
      await again.el.updateComplete;
      expect(node.isConnected, 'nothing rendered again').to.equal(true);
      expect(again.el.getBoundingClientRect().height).to.equal(height);
      expect(contentText(again.el)).to.equal(before);
    });

  it('a changed answer replaces the copy', async () => {
    const widget = WIDGETS[0]!;
    const id = uniqueId('persist-changed');
    const src = storable(widget, id, 'ok,fresh');
    const first = await mount(widget.tag, `src="${src}" persist`);
    await until(async () => (await storedCopies(src)).length === 1, 'the copy to be stored');
    first.container.remove();
    const again = await mount(widget.tag, `src="${src}" persist`);
    expect(again.first.type).to.equal('uzl-load');
    await until(() => contentText(again.el).includes('Fresh '), 'the fresh content');
    expect(noteOf(again.el)).to.equal(null);
  });
});
