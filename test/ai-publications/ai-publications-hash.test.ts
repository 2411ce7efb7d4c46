// <uzl-ai-publications> with sync-url: the chosen domain in the page URL's #domain= hash, and
// links on the page that lead to one.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { UzlDomainChangeDetail } from '../../src/ai-publications/ai-publications.js';
import { nextEvent, sleep } from '../helpers/feeds.js';
import {
  mountData,
  filter,
  toggles,
  domainHeadings,
  pubTitles,
  pick,
  recordDomainChanges,
  searchFeed,
  C1,
  C2,
  N1,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: the #domain= hash', () => {
  let changes: ReturnType<typeof recordDomainChanges>;
  let savedHash: string;
  const setHash = (hash: string) =>
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);

  beforeEach(() => {
    savedHash = location.hash;
    setHash('');
    changes = recordDomainChanges();
  });
  afterEach(() => {
    changes.stop();
    fixtureCleanup();
    setHash(savedHash);
  });

  it('writes the chosen domain into the hash, keeping other keys, without history entries', async () => {
    setHash('#tab=2');
    const { el } = await mountData(searchFeed(), { attrs: 'sync-url' });
    const entries = history.length;
    await pick(el, 'cardiology');
    expect(location.hash).to.equal('#tab=2&domain=cardiology');
    await pick(el, 'nuclear');
    expect(location.hash).to.equal('#tab=2&domain=nuclear');
    await pick(el, '');
    expect(location.hash).to.equal('#tab=2');
    expect(history.length).to.equal(entries);
    // Alone in the hash, "All domains" leaves no hash at all.
    setHash('');
    await pick(el, 'hepatology');
    expect(location.hash).to.equal('#domain=hepatology');
    await pick(el, '');
    expect(location.hash).to.equal('');
    expect(location.href.endsWith('#')).to.equal(false);
  });

  it('chooses the domain a #domain= link points to, and fires the event', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'sync-url' });
    const chosen = nextEvent<UzlDomainChangeDetail>(el, 'uzl-domain-change');
    location.hash = '#domain=nuclear';
    expect((await chosen).detail).to.deep.equal({ domain: 'nuclear' });
    await el.updateComplete;
    expect(el.getAttribute('domain')).to.equal('nuclear');
    expect(domainHeadings(el)).to.deep.equal(['Nuclear medicine']);
    expect(pubTitles(el)).to.deep.equal([N1]);
    expect(filter(el).value).to.equal('nuclear');
    const next = nextEvent<UzlDomainChangeDetail>(el, 'uzl-domain-change');
    location.hash = '#tab=2&domain=cardiology';
    expect((await next).detail).to.deep.equal({ domain: 'cardiology' });
    await el.updateComplete;
    expect(pubTitles(el)).to.deep.equal([C1, C2]);
    expect(changes.details()).to.deep.equal([{ domain: 'nuclear' }, { domain: 'cardiology' }]);
  });

  it('prefers the hash’s domain to the attribute on connect', async () => {
    setHash('#domain=cardiology');
    const { el } = await mountData(searchFeed(), { attrs: 'sync-url domain="hepatology"' });
    expect(el.getAttribute('domain')).to.equal('cardiology');
    expect(domainHeadings(el)).to.deep.equal(['Cardiology']);
    expect(filter(el).value).to.equal('cardiology');
    // An unknown id in the hash shows all domains.
    setHash('#domain=no-such-domain');
    const unknown = await mountData(searchFeed(), { attrs: 'sync-url' });
    expect(toggles(unknown.el)).to.have.length(4);
    expect(filter(unknown.el).value).to.equal('');
  });

  it('ignores plain anchors and links to domains the feed does not have', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'sync-url domain="nuclear"' });
    location.hash = '#contact';
    await new Promise((done) => addEventListener('hashchange', done, { once: true }));
    await sleep(50);
    location.hash = '#domain=no-such-domain';
    await new Promise((done) => addEventListener('hashchange', done, { once: true }));
    await sleep(50);
    await el.updateComplete;
    expect(el.domain).to.equal('nuclear');
    expect(domainHeadings(el)).to.deep.equal(['Nuclear medicine']);
    expect(changes.details()).to.deep.equal([]);
    // A fragment of pairs without `domain` (the Back button to an earlier state) means all.
    const all = nextEvent<UzlDomainChangeDetail>(el, 'uzl-domain-change');
    location.hash = '#tab=2';
    expect((await all).detail).to.deep.equal({ domain: null });
    await el.updateComplete;
    expect(toggles(el)).to.have.length(4);
  });

  it('leaves the hash alone without sync-url', async () => {
    setHash('#domain=cardiology');
    const { el } = await mountData(searchFeed(), { attrs: 'domain="hepatology"' });
    expect(domainHeadings(el)).to.deep.equal(['Hepatology']);
    await pick(el, 'nuclear');
    expect(location.hash).to.equal('#domain=cardiology');
    location.hash = '#domain=emergency';
    await new Promise((done) => addEventListener('hashchange', done, { once: true }));
    await sleep(50);
    await el.updateComplete;
    expect(el.domain).to.equal('nuclear');
    expect(pubTitles(el)).to.deep.equal([N1]);
    // Only the visitor's own choice was announced.
    expect(changes.details()).to.deep.equal([{ domain: 'nuclear' }]);
  });

  // Regression: options bound as attributes stopped following `domain` once the visitor had used the select.
  it('keeps the filter showing the domain a #domain= link chose after the visitor used it', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'sync-url' });
    await pick(el, 'cardiology');
    await pick(el, '');
    const chosen = nextEvent(el, 'uzl-domain-change');
    location.hash = '#domain=cardiology';
    await chosen;
    await el.updateComplete;
    expect(pubTitles(el)).to.deep.equal([C1, C2]);
    expect(filter(el).value).to.equal('cardiology');
  });
});
