// <uzl-ai-publications>: choosing a domain in the filter, and searching titles, authors and
// journals as the visitor types.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, fold } from '../helpers/widgets.js';
import { until } from '../helpers/feeds.js';
import {
  demoFeed,
  mountSrc,
  mountData,
  filter,
  searchBox,
  options,
  count,
  toggles,
  toggleLabel,
  toggle,
  expanded,
  domainBlocks,
  domainHeadings,
  pubTitles,
  notes,
  pick,
  searchFor,
  recordDomainChanges,
  publication,
  domain,
  feedOf,
  searchFeed,
  H1,
  H2,
  C1,
  C2,
  N1,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: domain filter', () => {
  let changes: ReturnType<typeof recordDomainChanges>;
  beforeEach(() => {
    changes = recordDomainChanges();
  });
  afterEach(() => {
    changes.stop();
    fixtureCleanup();
  });

  it('lists every domain with its count', async () => {
    const { el } = await mountData(searchFeed());
    expect(fold($(el, '.field-label')!.textContent)).to.equal('Domain');
    expect(options(el)).to.deep.equal([
      'All domains (5)',
      'Hepatology (2)',
      'Cardiology (2)',
      'Nuclear medicine (1)',
      'Emergency medicine (0)',
    ]);
    expect(filter(el).value).to.equal('');
    const demo = await mountSrc(demoFeed('options'));
    expect(options(demo.el)).to.include.members([
      'All domains (15)',
      'Respiratory diseases (3)',
      'Emergency medicine (0)',
      'Nuclear medicine (1)',
    ]);
    expect(options(demo.el)).to.have.length(13);
  });

  it('shows only the chosen domain, open, reflects it and fires uzl-domain-change', async () => {
    const { el } = await mountData(searchFeed());
    await pick(el, 'cardiology');
    expect(changes.details()).to.deep.equal([{ domain: 'cardiology' }]);
    const [event] = changes.events;
    expect(event!.bubbles).to.equal(true);
    expect(event!.composed).to.equal(true);
    expect(event!.target).to.equal(el);
    expect(el.getAttribute('domain')).to.equal('cardiology');
    expect(el.domain).to.equal('cardiology');
    expect(domainHeadings(el)).to.deep.equal(['Cardiology']);
    // The one domain is simply open: a heading, no disclosure button.
    expect(toggles(el)).to.have.length(0);
    expect(pubTitles(el)).to.deep.equal([C1, C2]);
    expect(count(el)).to.equal('2 publications');
    expect(filter(el).value).to.equal('cardiology');

    await pick(el, 'nuclear');
    expect(pubTitles(el)).to.deep.equal([N1]);
    expect(count(el)).to.equal('1 publication');

    await pick(el, '');
    expect(changes.details()).to.deep.equal([
      { domain: 'cardiology' },
      { domain: 'nuclear' },
      { domain: null },
    ]);
    expect(el.hasAttribute('domain')).to.equal(false);
    expect(toggles(el)).to.have.length(4);
    expect(expanded(el)).to.deep.equal([
      'Hepatology: false',
      'Cardiology: false',
      'Nuclear medicine: false',
      'Emergency medicine: false',
    ]);
    expect(count(el)).to.equal('5 publications');
  });

  it('starts on the domain attribute’s domain, without an event', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'domain="hepatology"' });
    expect(domainHeadings(el)).to.deep.equal(['Hepatology']);
    expect(pubTitles(el)).to.deep.equal([H1, H2]);
    expect(filter(el).value).to.equal('hepatology');
    expect(count(el)).to.equal('2 publications');
    // A domain without publications says so.
    const empty = await mountData(searchFeed(), { attrs: 'domain="emergency"' });
    expect(notes(empty.el)).to.deep.equal(['No publications in this domain yet.']);
    expect(count(empty.el)).to.equal('0 publications');
    // Set by the page, not chosen by the visitor: no event.
    el.domain = 'nuclear';
    await el.updateComplete;
    expect(pubTitles(el)).to.deep.equal([N1]);
    expect(el.getAttribute('domain')).to.equal('nuclear');
    el.removeAttribute('domain');
    await el.updateComplete;
    expect(toggles(el)).to.have.length(4);
    expect(changes.details()).to.deep.equal([]);
  });

  it('shows all domains for an unknown domain id', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'domain="no-such-domain"' });
    expect(toggles(el)).to.have.length(4);
    expect(filter(el).value).to.equal('');
    expect(count(el)).to.equal('5 publications');
    expect(options(el)[0]).to.equal('All domains (5)');
  });

  // Regression: the chosen-domain look once keyed on the attribute, not on a domain being shown.
  it('gives the domain list its usual look when the domain id is unknown', async () => {
    const plain = await mountData(searchFeed());
    const unknown = await mountData(searchFeed(), { attrs: 'domain="no-such-domain"' });
    const look = (el: Element) => {
      const style = getComputedStyle($(el, '.domain-title')!);
      return { fontSize: style.fontSize, padding: style.paddingBlock };
    };
    expect(look(unknown.el)).to.deep.equal(look(plain.el));
  });
});

describe('<uzl-ai-publications>: search', () => {
  afterEach(() => fixtureCleanup());

  it('searches titles, authors and journals, folding case and accents both ways', async () => {
    const { el } = await mountData(searchFeed());
    expect(searchBox(el).placeholder).to.equal('Title, author or journal');
    expect(fold($$(el, '.field-label')[1]!.textContent)).to.equal('Search');
    const found = async (query: string) => {
      await searchFor(el, query);
      return pubTitles(el);
    };
    // Unaccented query, accented feed ("Hépatologie") and the other way round ("Hepatologie").
    expect(await found('hepatologie')).to.deep.equal([H1, H2]);
    expect(await found('HÉPATOLOGIE')).to.deep.equal([H1, H2]);
    // "Müller" and "Muller" are one name; "Mueller" is another.
    expect(await found('muller')).to.deep.equal([H1, C2, N1]);
    expect(await found('Müller')).to.deep.equal([H1, C2, N1]);
    // Title, authors and journal each.
    expect(await found('segmentation')).to.deep.equal([H2]);
    expect(await found('dupont')).to.deep.equal([H2]);
    expect(await found('circulation')).to.deep.equal([C2]);
    expect(await found('  ejnmmi  ')).to.deep.equal([N1]);
  });

  it('folds letters Unicode does not decompose: ø, ł, æ, ß', async () => {
    const { el } = await mountData(
      feedOf([
        domain('d', 'D', [
          publication('a', { title: 'Søren and Łukasz', authors: ['Kjærgaard S'], year: 2024 }),
          publication('b', { title: 'Straßen', journal: 'Œuvres', year: 2023 }),
        ]),
      ]),
      { attrs: 'domain="d"' },
    );
    for (const [query, titles] of [
      ['soren lukasz', ['Søren and Łukasz']],
      ['kjaergaard', ['Søren and Łukasz']],
      ['strassen oeuvres', ['Straßen']],
    ] as const) {
      await searchFor(el, query);
      expect(pubTitles(el), query).to.deep.equal(titles);
    }
  });

  it('needs every word to match', async () => {
    const { el } = await mountData(searchFeed());
    await searchFor(el, 'deep learning');
    expect(pubTitles(el)).to.deep.equal([H1, N1]);
    await searchFor(el, 'müller ECG');
    expect(pubTitles(el)).to.deep.equal([C2]);
    // "deep" and "segmentation" each match one publication, never the same one.
    await searchFor(el, 'deep segmentation');
    expect(pubTitles(el)).to.deep.equal([]);
  });

  it('does not search domain labels', async () => {
    const { el } = await mountData(searchFeed());
    for (const query of ['cardiology', 'nuclear', 'emergency medicine']) {
      await searchFor(el, query);
      expect(pubTitles(el), query).to.deep.equal([]);
      expect(notes(el), query).to.deep.equal(['No publications match your search.']);
    }
  });

  it('updates the count, says it in the live region, and the filter’s counts', async () => {
    const { el } = await mountData(searchFeed());
    const announced = () => fold($(el, '.visually-hidden[aria-live="polite"]')?.textContent);
    expect(count(el)).to.equal('5 publications');
    expect(announced()).to.equal('');
    await searchFor(el, 'muller');
    expect(count(el)).to.equal('3 publications');
    // Screen readers hear the new count.
    await until(() => announced() === '3 publications', 'the count announced');
    expect(options(el)).to.deep.equal([
      'All domains (3)',
      'Hepatology (1)',
      'Cardiology (1)',
      'Nuclear medicine (1)',
      'Emergency medicine (0)',
    ]);
    await searchFor(el, 'circulation');
    expect(count(el)).to.equal('1 publication');
    await searchFor(el, 'zzz');
    expect(count(el)).to.equal('0 publications');
    expect(options(el)[0]).to.equal('All domains (0)');
    expect(domainBlocks(el)).to.have.length(0);
    expect(notes(el)).to.deep.equal(['No publications match your search.']);
    await searchFor(el, '');
    expect(count(el)).to.equal('5 publications');
    expect(options(el)[1]).to.equal('Hepatology (2)');
    expect(toggles(el)).to.have.length(4);
  });

  it('shows only the domains with matches, open, and each can still be closed', async () => {
    const { el } = await mountData(searchFeed());
    toggle(el, 'Emergency medicine').click();
    await el.updateComplete;
    await searchFor(el, 'learning');
    expect(expanded(el)).to.deep.equal([
      'Hepatology: true',
      'Cardiology: true',
      'Nuclear medicine: true',
    ]);
    expect(toggles(el).map((b) => fold(b.querySelector('.badge')!.textContent))).to.deep.equal([
      '1',
      '1',
      '1',
    ]);
    toggle(el, 'Cardiology').click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([
      'Hepatology: true',
      'Cardiology: false',
      'Nuclear medicine: true',
    ]);
    expect(pubTitles(el)).to.deep.equal([H1, N1]);
    // A new search opens every matching domain again.
    await searchFor(el, 'learning machine');
    expect(expanded(el)).to.deep.equal(['Cardiology: true']);
    // Clearing the search brings back the domains as the visitor left them.
    await searchFor(el, '');
    expect(expanded(el)).to.deep.equal([
      'Hepatology: false',
      'Cardiology: false',
      'Nuclear medicine: false',
      'Emergency medicine: true',
    ]);
  });

  it('searches within the chosen domain', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'domain="cardiology"' });
    await searchFor(el, 'muller');
    expect(pubTitles(el)).to.deep.equal([C2]);
    expect(count(el)).to.equal('1 publication');
    expect(options(el)[2]).to.equal('Cardiology (1)');
    await searchFor(el, 'hepatologie');
    expect(domainHeadings(el)).to.deep.equal(['Cardiology']);
    expect(notes(el)).to.deep.equal(['No publications match your search.']);
    expect(count(el)).to.equal('0 publications');
  });

  it('waits for a pause in typing; Enter searches at once', async () => {
    const { el } = await mountData(searchFeed());
    const box = searchBox(el);
    const start = performance.now();
    box.value = 'circulation';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(count(el)).to.equal('5 publications');
    await until(() => count(el) === '1 publication', 'the search after the pause', 2000);
    expect(performance.now() - start).to.be.at.least(190);
    // Enter does not wait.
    box.value = 'dupont';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    expect(pubTitles(el)).to.deep.equal([H2]);
  });

  it('follows real typing from the keyboard', async () => {
    const { el } = await mountSrc(demoFeed('typing'));
    searchBox(el).focus();
    await sendKeys({ type: 'guiza' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Güiza F wrote two of the demo's publications, both in intensive care.
    expect(count(el)).to.equal('2 publications');
    expect(toggles(el).map(toggleLabel)).to.deep.equal(['Intensive care medicine']);
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'özsoy' });
    await until(() => count(el) === '1 publication', 'the search for özsoy', 2000);
    expect(pubTitles(el)).to.deep.equal([
      'Understanding Machine Learning Applications in Lung Transplantation: A Narrative Review',
    ]);
  });
});
