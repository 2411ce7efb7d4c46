// The feed controller against a real HTTP server that misbehaves on purpose
// (test/server/feed-faults.mjs). Nothing on the data path is mocked.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import '../helpers/test-feed-element.js';
import type { UzlTestFeed } from '../helpers/test-feed-element.js';
import { skipIn } from '../helpers/engine.js';
import {
  feedUrl,
  nextEvent,
  otherOrigin,
  serverCount,
  sleep,
  uniqueId,
  until,
} from '../helpers/feeds.js';
import { text } from '../helpers/widgets.js';

const items = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());
const retryButton = (el: Element) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]') ?? null;

async function mount(src: string, attrs = ''): Promise<UzlTestFeed> {
  const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  container.innerHTML = `<uzl-test-feed src="${src}" ${attrs}><a href="https://www.uzleuven.be/en">UZ Leuven</a></uzl-test-feed>`;
  return container.firstElementChild as UzlTestFeed;
}

async function mountAndWait<E extends 'uzl-load' | 'uzl-error'>(src: string, event: E, attrs = '') {
  const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const waiting = nextEvent<GlobalEventHandlersEventMap[E]['detail']>(container, event, 12000);
  container.innerHTML = `<uzl-test-feed src="${src}" ${attrs}><a href="https://www.uzleuven.be/en">UZ Leuven</a></uzl-test-feed>`;
  const el = container.firstElementChild as UzlTestFeed;
  const detail = (await waiting).detail;
  return { el, detail };
}

describe('feed controller: loading and rendering', () => {
  afterEach(() => fixtureCleanup());

  it('renders the feed and fires uzl-load with the resolved src and the count', async () => {
    const id = uniqueId('ok');
    const { el, detail } = await mountAndWait(feedUrl(id, 'ok'), 'uzl-load');
    expect(items(el)).to.deep.equal(['Item 1', 'Item 2', 'Item 3']);
    expect(detail.count).to.equal(3);
    expect(detail.src).to.equal(new URL(feedUrl(id, 'ok'), location.href).href);
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('shows a busy placeholder that reserves height while loading', async () => {
    const el = await mount(feedUrl(uniqueId('slow'), 'ok', { delay: 600 }));
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(80); // 6rem reserved by the test widget
    expect(text(el)).to.contain('Loading…');
    await nextEvent(el, 'uzl-load');
    expect(root.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows the empty message for a feed without items', async () => {
    const { el, detail } = await mountAndWait(feedUrl(uniqueId('empty'), 'empty'), 'uzl-load');
    expect(detail.count).to.equal(0);
    expect(text(el)).to.contain('Nothing to show at the moment.');
  });

  it('hides the fallback content while data is shown and shows it beside an error', async () => {
    const { el } = await mountAndWait(feedUrl(uniqueId('fb'), 'ok'), 'uzl-load');
    const link = el.querySelector('a')!;
    expect(link.assignedSlot).to.equal(null);
    expect(link.getBoundingClientRect().height).to.equal(0);

    const failed = await mountAndWait(feedUrl(uniqueId('fb404'), '404'), 'uzl-error');
    const fallback = failed.el.querySelector('a')!;
    expect(fallback.assignedSlot).to.not.equal(null);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('lets the data property win over src, without any request', async () => {
    const id = uniqueId('data');
    const el = document.createElement('uzl-test-feed');
    el.src = feedUrl(id, 'ok');
    el.data = { version: 1, items: [{ id: 'x', title: 'From data' }] };
    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await loaded).detail.count).to.equal(1);
    expect(items(el)).to.deep.equal(['From data']);
    await sleep(100);
    expect((await serverCount(id)).requests).to.equal(0);
  });
});

describe('feed controller: faults', () => {
  afterEach(() => fixtureCleanup());

  it('retries a 500 twice and renders the third answer', async () => {
    const id = uniqueId('500-500-ok');
    const { el } = await mountAndWait(feedUrl(id, '500,500,ok'), 'uzl-load');
    expect(items(el)).to.have.length(3);
    expect((await serverCount(id)).requests).to.equal(3);
  });

  it('gives up after exactly three attempts, with a Retry button that starts over', async () => {
    const id = uniqueId('500');
    const { el, detail } = await mountAndWait(feedUrl(id, '500,500,500,ok'), 'uzl-error');
    expect(detail).to.include({ kind: 'http', status: 500 });
    expect((await serverCount(id)).requests).to.equal(3);
    expect(text(el)).to.contain('temporarily unavailable');
    const button = retryButton(el)!;
    expect(button.textContent?.trim()).to.equal('Retry');

    const loaded = nextEvent(el, 'uzl-load');
    button.click();
    await loaded;
    expect(items(el)).to.have.length(3);
    expect((await serverCount(id)).requests).to.equal(4);
    // The visitor who pressed Retry hears that it worked.
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('loaded');
  });

  it('does not retry a 404', async () => {
    const id = uniqueId('404');
    const { el, detail } = await mountAndWait(feedUrl(id, '404'), 'uzl-error');
    expect(detail).to.include({ kind: 'http', status: 404 });
    await sleep(700);
    expect((await serverCount(id)).requests).to.equal(1);
    expect(text(el)).to.contain('could not be found');
  });

  it('times out a request that hangs, three times, then shows the error', async () => {
    const id = uniqueId('hang');
    const { detail } = await mountAndWait(feedUrl(id, 'hang'), 'uzl-error', 'timeout="0.3"');
    expect(detail.kind).to.equal('timeout');
    await until(
      async () => (await serverCount(id)).closedEarly === 3,
      'the server to see three abandoned requests',
    );
    expect((await serverCount(id)).requests).to.equal(3);
  });

  it('times out a body that never finishes', async () => {
    const { detail } = await mountAndWait(
      feedUrl(uniqueId('slow-body'), 'slow-body'),
      'uzl-error',
      'timeout="0.3"',
    );
    expect(detail.kind).to.equal('timeout');
  });

  for (const [plan, kind] of [
    ['malformed', 'parse'],
    ['html', 'parse'],
    ['shape', 'invalid'],
    ['version-2', 'invalid'],
  ] as const) {
    it(`reports ${plan} as ${kind}, without retrying`, async () => {
      const id = uniqueId(plan);
      const { el, detail } = await mountAndWait(feedUrl(id, plan), 'uzl-error');
      expect(detail.kind).to.equal(kind);
      expect(detail.message).to.be.a('string').and.not.empty;
      expect(text(el)).to.contain('could not be read');
      expect((await serverCount(id)).requests).to.equal(1);
    });
  }

  it('skips a bad item with one warning naming its index and field', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el, detail } = await mountAndWait(
        feedUrl(uniqueId('bad-item'), 'bad-item'),
        'uzl-load',
      );
      expect(detail.count).to.equal(3);
      expect(items(el)).to.deep.equal(['Item 1', 'Item 2', 'Item 3']);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('items[1]').and.contain('title');
  });
});

describe('feed controller: feeds on another origin, with cookies', () => {
  afterEach(() => fixtureCleanup());

  it('with credentials="include", needs the echoed origin and says so when the feed allows any', async function () {
    this.timeout(20000); // three attempts, with the backoff between them
    // `Access-Control-Allow-Origin: *` serves a public feed, but the browser refuses it to a
    // request with credentials: this one is sent with them, and the developer is told why.
    const star = `${otherOrigin()}${feedUrl(uniqueId('cred-star'), 'ok', { cors: true })}`;
    const failed = await mountAndWait(star, 'uzl-error', 'credentials="include"');
    expect(failed.detail.kind).to.equal('network');
    expect(failed.detail.message)
      .to.contain('CORS with credentials')
      .and.contain('Access-Control-Allow-Credentials');
    expect(text(failed.el)).to.not.contain('CORS');
    fixtureCleanup();
    // The same feed without credentials loads, with the short hint no longer needed.
    const plain = await mountAndWait(
      `${otherOrigin()}${feedUrl(uniqueId('cred-none'), 'ok', { cors: true })}`,
      'uzl-load',
    );
    expect(items(plain.el)).to.deep.equal(['Item 1', 'Item 2', 'Item 3']);
    fixtureCleanup();
    // Echoing the page's origin with Access-Control-Allow-Credentials: true, it loads.
    const echoed = `${otherOrigin()}${feedUrl(uniqueId('cred-echo'), 'ok', { cors: 'credentials' })}`;
    const loaded = await mountAndWait(echoed, 'uzl-load', 'credentials="include"');
    expect(items(loaded.el)).to.deep.equal(['Item 1', 'Item 2', 'Item 3']);
  });
});

describe('feed controller: sharing, races and aborts', () => {
  afterEach(() => fixtureCleanup());

  it('makes one request for ten elements on one URL', async () => {
    const id = uniqueId('shared');
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    let loads = 0;
    container.addEventListener('uzl-load', () => loads++);
    container.innerHTML = Array.from(
      { length: 10 },
      () => `<uzl-test-feed src="${feedUrl(id, 'ok', { delay: 100 })}"></uzl-test-feed>`,
    ).join('');
    await until(() => loads === 10, 'ten uzl-load events');
    expect((await serverCount(id)).requests).to.equal(1);
    for (const el of container.children) expect(items(el)).to.have.length(3);
  });

  it('only ever renders the current src: a slow A replaced by a fast B', async () => {
    const idA = uniqueId('race-a');
    const idB = uniqueId('race-b');
    const el = await mount(feedUrl(idA, 'ok', { delay: 800, label: 'A' }));
    await el.updateComplete;
    await sleep(50);
    el.src = feedUrl(idB, 'ok', { label: 'B' });
    await nextEvent(el, 'uzl-load');
    expect(items(el)).to.deep.equal(['BItem 1', 'BItem 2', 'BItem 3']);
    await sleep(1000);
    expect(items(el)).to.deep.equal(['BItem 1', 'BItem 2', 'BItem 3']);
    expect((await serverCount(idA)).closedEarly).to.equal(1); // A was aborted, not merely ignored
  });

  it('aborts the request when the element leaves the page', async () => {
    const id = uniqueId('leave');
    const el = await mount(feedUrl(id, 'hang'));
    await until(async () => (await serverCount(id)).requests === 1, 'the request to start');
    el.remove();
    await until(async () => (await serverCount(id)).closedEarly === 1, 'the request to be aborted');
  });

  it('keeps one shared request alive while another element still wants it', async () => {
    const id = uniqueId('half-leave');
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const src = feedUrl(id, 'ok', { delay: 400 });
    container.innerHTML = `<uzl-test-feed src="${src}"></uzl-test-feed><uzl-test-feed src="${src}"></uzl-test-feed>`;
    const [first, second] = [...container.children] as UzlTestFeed[];
    await first!.updateComplete;
    first!.remove();
    await nextEvent(second!, 'uzl-load');
    expect(items(second!)).to.have.length(3);
    expect(await serverCount(id)).to.include({ requests: 1, closedEarly: 0 });
  });
});

describe('feed controller: refresh', () => {
  afterEach(() => fixtureCleanup());

  // WebKitGTK's automation session keeps no HTTP cache: three plain GETs of a feed cached for
  // an hour, with an ETag, reach the server three times, none of them conditional.
  skipIn(['webkit'], 'the WebDriver session has no HTTP cache')(
    'uses the HTTP cache for a first load and revalidates (304) on refresh',
    async () => {
      const id = uniqueId('cacheable');
      const src = feedUrl(id, 'cacheable');
      await mountAndWait(src, 'uzl-load');
      // A second widget later on: the browser cache answers, the server sees nothing.
      await mountAndWait(src, 'uzl-load');
      expect((await serverCount(id)).requests).to.equal(1);
      // A refreshing widget asks the server, which answers 304: the data stays.
      const { el } = await mountAndWait(src, 'uzl-load', 'refresh="0.3"');
      await until(async () => (await serverCount(id)).revalidated >= 2, 'two revalidations');
      expect(items(el)).to.have.length(3);
      expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    },
  );

  it('keeps the last good data with a quiet note when a refresh fails', async () => {
    const id = uniqueId('refresh-fail');
    const { el } = await mountAndWait(feedUrl(id, 'ok,404'), 'uzl-load', 'refresh="0.3"');
    const failed = await nextEvent<UzlErrorDetail>(el, 'uzl-error');
    expect(failed.detail.status).to.equal(404);
    expect(items(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain(
      'could not be updated',
    );
  });

  it('does not refresh while the page is hidden, and catches up once shown', async () => {
    const id = uniqueId('hidden');
    const { el } = await mountAndWait(feedUrl(id, 'ok'), 'uzl-load', 'refresh="0.2"');
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      const before = (await serverCount(id)).requests;
      await sleep(800);
      expect((await serverCount(id)).requests).to.be.at.most(before + 1); // at most one already in flight
      const hiddenCount = (await serverCount(id)).requests;
      await sleep(500);
      expect((await serverCount(id)).requests).to.equal(hiddenCount);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    const shownAt = (await serverCount(id)).requests;
    await until(async () => (await serverCount(id)).requests > shownAt, 'a refresh once visible');
    el.remove();
  });
});

describe('feed controller: accessibility', () => {
  afterEach(() => fixtureCleanup());

  it('is accessible while loading, ready, empty and in error', async () => {
    const loading = await mount(feedUrl(uniqueId('a11y-loading'), 'ok', { delay: 2000 }));
    await loading.updateComplete;
    await expect(loading).to.be.accessible();
    for (const [plan, event] of [
      ['ok', 'uzl-load'],
      ['empty', 'uzl-load'],
      ['404', 'uzl-error'],
    ] as const) {
      const { el } = await mountAndWait(feedUrl(uniqueId(`a11y-${plan}`), plan), event);
      await expect(el).to.be.accessible();
    }
  });

  it('announces an error politely and its Retry works from the keyboard', async () => {
    const id = uniqueId('kbd');
    const { el } = await mountAndWait(feedUrl(id, '404,ok'), 'uzl-error');
    const status = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(status.textContent).to.contain('could not be found');
    const button = retryButton(el)!;
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const loaded = nextEvent(el, 'uzl-load');
    // A real key press through the browser, not a synthetic click.
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(items(el)).to.have.length(3);
  });
});
