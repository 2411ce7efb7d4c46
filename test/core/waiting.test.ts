// An element given neither `src` nor `data` waits, it does not fail: React and Vue render the
// tag first and set `data` or `src` afterwards, and may even set them before the element is
// defined. Real elements (the core's test widget, and late-defined copies of it) against the
// real test server; nothing on the data path is mocked.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { UzlLoadDetail } from '../../src/core/events.js';
import { UzlTestFeed, type TestFeed } from '../helpers/test-feed-element.js';
import { feedUrl, nextEvent, serverCount, sleep, uniqueId } from '../helpers/feeds.js';
import { $, text } from '../helpers/widgets.js';

type Widget = UzlTestFeed;

const FEED: TestFeed = { version: 1, items: [{ id: 'a', title: 'From data' }] };
const FALLBACK = '<a href="https://www.uzleuven.be/en">UZ Leuven</a>';
/** How long "nothing happens" is watched for: longer than any retry's first backoff. */
const QUIET_MS = 600;

const items = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());
const busy = (el: Element) => $(el, '[part~="base"]')?.getAttribute('aria-busy');

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/** Records every uzl-load / uzl-error reaching `target` and everything written to the console. */
function watch(target: EventTarget) {
  const events: string[] = [];
  const logs: string[] = [];
  const onEvent = (event: Event) => events.push(event.type);
  target.addEventListener('uzl-load', onEvent);
  target.addEventListener('uzl-error', onEvent);
  const saved = CONSOLE.map((method) => [method, console[method]] as const);
  for (const method of CONSOLE)
    console[method] = (...args: unknown[]) => logs.push(`${method}: ${args.join(' ')}`);
  return {
    events,
    logs,
    stop() {
      target.removeEventListener('uzl-load', onEvent);
      target.removeEventListener('uzl-error', onEvent);
      for (const [method, original] of saved) console[method] = original;
    },
  };
}

/** The placeholder, busy, with no error box: what a waiting element shows. */
function expectWaiting(el: Widget, what: string) {
  expect($(el, '[part~="loading"]'), `${what}: placeholder`).to.exist;
  expect($(el, '[part~="error"]'), `${what}: error box`).to.equal(null);
  expect(busy(el), `${what}: aria-busy`).to.equal('true');
}

let lateTags = 0;
/** A tag that is not defined yet, and the function that defines it (a copy of the test widget). */
function lateTag() {
  const tag = `uzl-late-feed-${++lateTags}`;
  return { tag, define: () => class extends UzlTestFeed {}.define(tag) };
}

describe('feed element: waiting for src or data', () => {
  let watched: ReturnType<typeof watch> | undefined;
  afterEach(() => {
    watched?.stop();
    watched = undefined;
    fixtureCleanup();
  });

  it('waits quietly with neither: the placeholder, no event, nothing in the console', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    watched = watch(container);
    container.innerHTML = `<uzl-test-feed>${FALLBACK}</uzl-test-feed>`;
    const el = container.firstElementChild as Widget;
    await el.updateComplete;
    await sleep(QUIET_MS);
    expectWaiting(el, 'waiting');
    expect(text(el)).to.equal('Loading…');
    expect(watched.events).to.deep.equal([]);
    expect(watched.logs).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('loads data set later, waits again without it, then loads a src set later', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    container.innerHTML = `<uzl-test-feed>${FALLBACK}</uzl-test-feed>`;
    const el = container.firstElementChild as Widget;
    await el.updateComplete;

    const fromData = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    el.data = FEED;
    expect((await fromData).detail).to.deep.equal({ src: '', count: 1, refresh: false });
    expect(items(el)).to.deep.equal(['From data']);

    watched = watch(container);
    el.data = undefined;
    await el.updateComplete;
    await sleep(QUIET_MS);
    expectWaiting(el, 'data taken away');
    expect(watched.events).to.deep.equal([]);
    watched.stop();

    const id = uniqueId('later-src');
    const fromSrc = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    el.src = feedUrl(id, 'ok');
    expect((await fromSrc).detail.count).to.equal(3);
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('goes back to waiting, silently, when src is removed after a failure', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const failed = nextEvent(container, 'uzl-error');
    container.innerHTML = `<uzl-test-feed src="${feedUrl(uniqueId('gone'), '404')}">${FALLBACK}</uzl-test-feed>`;
    const el = container.firstElementChild as Widget;
    await failed;
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.exist;

    watched = watch(container);
    el.removeAttribute('src');
    await el.updateComplete;
    await sleep(QUIET_MS);
    expectWaiting(el, 'src removed');
    expect($(el, '[part~="retry"]')).to.equal(null);
    expect(watched.events).to.deep.equal([]);
    expect(watched.logs).to.deep.equal([]);
  });

  it('takes up data and src set as properties before the element was defined', async () => {
    const { tag, define } = lateTag();
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const withData = document.createElement(tag) as Widget;
    withData.data = FEED;
    const id = uniqueId('early-src');
    const withSrc = document.createElement(tag) as Widget;
    withSrc.src = feedUrl(id, 'ok');
    container.append(withData, withSrc);
    expect(customElements.get(tag)).to.equal(undefined);

    const loads = [withData, withSrc].map((el) => nextEvent<UzlLoadDetail>(el, 'uzl-load'));
    define();
    const [dataLoad] = await Promise.all(loads);
    expect(dataLoad!.detail.count).to.equal(1);
    expect(items(withData)).to.deep.equal(['From data']);
    expect(withData.data).to.equal(FEED);
    expect(items(withSrc)).to.have.length(3);
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('ignores a data attribute ("[object Object]", as React writes it) with one warning, and waits', async () => {
    const { tag, define } = lateTag();
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    // What React renders for <tag data={feed}> while the tag is not defined yet.
    container.innerHTML = `<${tag} data="[object Object]">${FALLBACK}</${tag}>`;
    const el = container.firstElementChild as Widget;
    watched = watch(container);
    define();
    await el.updateComplete;
    // React renders again: the attribute again, no second warning.
    el.setAttribute('data', '[object Object]');
    await sleep(QUIET_MS);
    expectWaiting(el, 'data attribute');
    expect(watched.events).to.deep.equal([]);
    expect(watched.logs).to.have.length(1);
    expect(watched.logs[0]).to.match(/^warn: /);
    expect(watched.logs[0]).to.contain(`<${tag}>`).and.contain('set the data property');

    // Once the property comes, it loads (and the attribute still says nothing more).
    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    el.data = FEED;
    expect((await loaded).detail.count).to.equal(1);
    expect(watched.logs).to.have.length(1);
  });
});
