// The widget's own check after validation (UzlFeedElement.checkData): valid data that does not fit the
// widget's settings becomes the error state, and `recheck()` re-runs it without fetching.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { type TemplateResult, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import { FeedError } from '../../src/core/feed-error.js';
import { UzlFeedElement } from '../../src/core/uzl-feed-element.js';
import { testFeedSchema, type TestFeed } from '../helpers/test-feed-element.js';
import { feedUrl, nextEvent, serverCount, uniqueId } from '../helpers/feeds.js';
import { text } from '../helpers/widgets.js';

/** Shows one item, chosen by `item`; an id the feed lacks is an error the widget words itself. */
class UzlCheckedFeed extends UzlFeedElement<TestFeed> {
  @property() item = '';
  checks = 0;

  constructor() {
    super({ schema: testFeedSchema });
  }

  protected override itemCount(feed: TestFeed): number {
    return feed.items.length;
  }

  protected override checkData(feed: TestFeed): FeedError | undefined {
    this.checks++;
    return feed.items.some((i) => i.id === this.item)
      ? undefined
      : new FeedError('invalid', `no item "${this.item}"`);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('item') && this.hasUpdated) this.feed.recheck();
  }

  protected override describeError(error: FeedError): string {
    return error.message.startsWith('no item')
      ? 'That item is not here.'
      : super.describeError(error);
  }

  protected override renderData(feed: TestFeed): TemplateResult {
    return litHtml`<p>${feed.items.find((i) => i.id === this.item)?.id}</p>`;
  }
}
customElements.define('uzl-checked-feed', UzlCheckedFeed);

const announced = (el: Element) =>
  (el.shadowRoot!.querySelector('.visually-hidden[aria-live="polite"]')!.textContent ?? '').trim();

describe('feed controller: the widget’s own check', () => {
  afterEach(() => fixtureCleanup());

  it('turns valid data into an error the widget words, and rechecks without fetching', async () => {
    const id = uniqueId('check');
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const failed = nextEvent<UzlErrorDetail>(container, 'uzl-error');
    container.innerHTML = `<uzl-checked-feed item="nope" src="${feedUrl(id, 'ok')}"></uzl-checked-feed>`;
    const el = container.firstElementChild as UzlCheckedFeed;
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'invalid', message: 'no item "nope"' });
    await el.updateComplete;
    expect(text(el)).to.contain('That item is not here.');
    expect(announced(el)).to.equal('That item is not here.');

    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    el.item = 'item-2';
    expect((await loaded).detail.count).to.equal(3);
    expect(text(el)).to.equal('item-2');

    const again = nextEvent<UzlErrorDetail>(el, 'uzl-error');
    el.item = 'gone';
    expect((await again).detail.message).to.equal('no item "gone"');
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('checks data given as a property too, and a new src wins over a recheck', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('uzl-checked-feed') as UzlCheckedFeed;
    el.item = 'a';
    el.data = { version: 1, items: [{ id: 'b', title: 'B' }] };
    const failed = nextEvent<UzlErrorDetail>(el, 'uzl-error');
    container.append(el);
    expect((await failed).detail.kind).to.equal('invalid');

    // A new feed and a new item in one update: the new feed is loaded and checked once.
    const loaded = nextEvent(el, 'uzl-load');
    const checks = el.checks;
    el.item = 'item-1';
    el.data = undefined;
    el.src = feedUrl(uniqueId('check-src'), 'ok');
    await loaded;
    expect(text(el)).to.equal('item-1');
    expect(el.checks - checks).to.equal(1);
  });
});
