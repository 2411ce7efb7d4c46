// <uzl-ai-publications>: the domains as disclosures, a publication's citation, and paging through
// a domain's publications with Show more.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, focused, fold, spoken } from '../helpers/widgets.js';
import { feedUrl, sleep, uniqueId, until } from '../helpers/feeds.js';
import {
  FIXTURES,
  demoFeed,
  mountSrc,
  mountData,
  toggles,
  toggleLabel,
  toggle,
  panelOf,
  pubs,
  pubTitles,
  notes,
  showMore,
  visible,
  pick,
  searchFor,
  publication,
  domain,
  feedOf,
  bigDomain,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: domain disclosures', () => {
  afterEach(() => fixtureCleanup());

  it('starts closed, each button controlling its hidden panel', async () => {
    const { el } = await mountSrc(demoFeed('closed'));
    const ids = new Set<string>();
    for (const button of toggles(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Domains sit one below the section's heading, at h3 by default.
      expect(button.parentElement!.tagName).to.equal('H4');
      const panel = panelOf(el, button)!;
      expect(panel, toggleLabel(button)).to.exist;
      expect(panel.closest('[part~="domain"]')).to.equal(button.closest('[part~="domain"]'));
      expect(panel.hidden).to.equal(true);
      expect(visible(panel)).to.equal(false);
      ids.add(panel.id);
    }
    expect(ids.size).to.equal(12);
    // The badge shows the domain's count; a screen reader hears what it counts.
    const respiratory = toggle(el, 'Respiratory diseases');
    expect(fold(respiratory.querySelector('.badge')!.textContent)).to.equal('3');
    expect(spoken(respiratory)).to.equal('Respiratory diseases, 3 publications');
  });

  it('opens and closes with Enter and Space', async () => {
    const { el } = await mountSrc(demoFeed('keys'));
    const button = toggle(el, 'Respiratory diseases');
    const panel = panelOf(el, button)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'Enter to open');
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
    expect(visible(panel)).to.equal(true);
    expect(pubs(el)).to.have.length(3);
    expect(focused()).to.equal(button);
    await sendKeys({ press: ' ' });
    await until(() => button.getAttribute('aria-expanded') === 'false', 'Space to close');
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(pubs(el)).to.have.length(0);
    await sendKeys({ press: ' ' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'Space to open');
    // Several domains can be open at once.
    toggle(el, 'Cardiovascular diseases').click();
    await el.updateComplete;
    expect(pubs(el)).to.have.length(5);
    toggle(el, 'Emergency medicine').click();
    await el.updateComplete;
    expect(notes(el)).to.deep.equal(['No publications in this domain yet.']);
  });

  it('puts the links of an open domain in the tab order, and no others', async () => {
    const { el } = await mountSrc(demoFeed('tabs'));
    const button = toggle(el, 'Respiratory diseases');
    button.focus();
    await sendKeys({ press: 'Tab' });
    // Closed domains have nothing to tab to.
    expect(spoken(focused())).to.equal('Thoracic surgery, 2 publications');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the domain to open');
    await el.updateComplete;
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(spoken(focused()));
    }
    // Newest first; the two of 2023 in the feed's order.
    expect(stops).to.deep.equal([
      'Collaboration between explainable artificial intelligence and pulmonologists improves the accuracy of pulmonary function test interpretation',
      'https://doi.org/10.1183/13993003.01720-2022',
      'Predicting total lung capacity from spirometry: a machine learning approach',
      'https://doi.org/10.3389/fmed.2023.1174631',
      'Artificial intelligence outperforms pulmonologists in the interpretation of pulmonary function tests',
      'https://doi.org/10.1183/13993003.01660-2018',
      'Thoracic surgery, 2 publications',
    ]);
  });

  it('shows each publication: linked title, first six authors, journal, year and DOI', async () => {
    const { el } = await mountSrc(demoFeed('citation'), {
      attrs: 'domain="cardiovascular-diseases"',
    });
    const [first, second] = pubs(el);
    // Title linked to the publication's own URL when it has one…
    expect(first!.querySelector<HTMLAnchorElement>('.publication-title a')!.href).to.equal(
      'https://frontiersin.org/articles/10.3389/fcvm.2022.1011071/full',
    );
    expect(first!.querySelector('.authors')).to.equal(null);
    expect(fold(first!.querySelector('cite')!.textContent)).to.equal(
      'Frontiers in Cardiovascular Medicine',
    );
    expect(fold(first!.querySelector('.year')!.textContent)).to.equal('2022');
    const doi = first!.querySelector<HTMLAnchorElement>('a[part~="doi"]')!;
    expect(doi.href).to.equal('https://doi.org/10.3389/fcvm.2022.1011071');
    expect(fold(doi.textContent)).to.equal('https://doi.org/10.3389/fcvm.2022.1011071');
    // …else to its DOI; seven authors show as six and "et al.".
    expect(second!.querySelector<HTMLAnchorElement>('.publication-title a')!.href).to.equal(
      'https://doi.org/10.1093/ehjci/jeaa135',
    );
    expect(fold(second!.querySelector('.authors')!.textContent)).to.equal(
      'Sabovčik F, Cauwenberghs N, Kouznetsov D, Haddad F, Alonso-Betanzos A, Vens C, et al.',
    );
    // Neither URL nor DOI: the title is plain text.
    el.domain = 'nuclear-medicine';
    await el.updateComplete;
    const [plain] = pubs(el);
    expect(plain!.querySelector('a')).to.equal(null);
    expect(fold(plain!.querySelector('.publication-title')!.textContent)).to.contain(
      'Binary classification of (18)F-flutemetamol PET',
    );
    expect(fold(plain!.querySelector('cite')!.textContent)).to.equal('NeuroImage');
    // Exactly six authors: no "et al.".
    const six = await mountData(
      feedOf([
        domain('d', 'D', [
          publication('p', {
            authors: ['A a', 'B b', 'C c', 'D d', 'E e', 'F f'],
            summary: { en: 'Lay summary', nl: 'Samenvatting voor leken' },
          }),
        ]),
      ]),
      { attrs: 'domain="d"', lang: 'nl' },
    );
    expect(fold($(six.el, '.authors')!.textContent)).to.equal('A a, B b, C c, D d, E e, F f');
    expect(fold($(six.el, '.summary')!.textContent)).to.equal('Samenvatting voor leken');
  });

  it('resolves relative links against the feed’s URL', async () => {
    const src = feedUrl(uniqueId('relative'), 'ok', {
      file: `${FIXTURES}/valid-relative-urls.json`,
    });
    const { el } = await mountSrc(src, { attrs: 'domain="d1"' });
    const feedLocation = new URL(src, location.href);
    expect($<HTMLAnchorElement>(el, '.publication-title a')!.href).to.equal(
      new URL('publications/p1', feedLocation).href,
    );
    expect($<HTMLAnchorElement>(el, '.news-title a')!.href).to.equal(
      new URL('news/ai-1', feedLocation).href,
    );
    expect($<HTMLAnchorElement>(el, 'a.read-more')!.href).to.equal(
      new URL('/nl/nieuws/ai-2', feedLocation).href,
    );
  });
});

describe('<uzl-ai-publications>: paging', () => {
  afterEach(() => fixtureCleanup());

  it('shows 20 publications, then 20 more, then the rest, moving the focus to the first new one', async () => {
    const { el } = await mountData(feedOf([bigDomain('big', 45), bigDomain('small', 2)]));
    toggle(el, 'Domain big').click();
    await el.updateComplete;
    expect(pubs(el)).to.have.length(20);
    // Newest first.
    expect(pubTitles(el)[0]).to.equal('Study from 2024');
    expect(pubTitles(el)[19]).to.equal('Study from 2005');
    const [more] = showMore(el);
    expect(fold(more!.textContent)).to.equal('Show 20 more');
    more!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => pubs(el).length === 40, '40 publications');
    await until(() => fold(focused()?.textContent) === 'Study from 2004', 'focus on the 21st');
    expect(focused()!.tagName).to.equal('A');
    expect(fold(showMore(el)[0]!.textContent)).to.equal('Show 5 more');
    // Tab goes on from there, through the new publication.
    await sendKeys({ press: 'Tab' });
    expect(fold(focused()!.textContent)).to.equal('https://doi.org/10.1000/big.24');
    showMore(el)[0]!.click();
    await until(() => pubs(el).length === 45, '45 publications');
    await until(() => fold(focused()?.textContent) === 'Study from 1984', 'focus on the 41st');
    expect(pubTitles(el).at(-1)).to.equal('Study from 1980');
    expect(showMore(el)).to.have.length(0);
    // A search over all domains starts again, with the first five matches of each domain
    // (and "Show 20 more" where there are more); another domain starts at the first page.
    await searchFor(el, 'study');
    expect(pubs(el)).to.have.length(7);
    expect(showMore(el).map((b) => fold(b.textContent))).to.deep.equal(['Show 20 more']);
    showMore(el)[0]!.click();
    await until(() => pubs(el).length === 27, 'the next 20 matches');
    await searchFor(el, '');
    await pick(el, 'big');
    expect(pubs(el)).to.have.length(20);
  });

  it('focuses the publication itself when it has no link', async () => {
    const { el } = await mountData(feedOf([bigDomain('plain', 22, false)]), {
      attrs: 'domain="plain"',
    });
    expect(fold(showMore(el)[0]!.textContent)).to.equal('Show 2 more');
    showMore(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await until(() => focused()?.tagName === 'LI', 'focus on a publication');
    expect(focused()).to.equal(pubs(el)[20]);
    expect(fold(focused()!.textContent)).to.contain('Study from 1981');
  });

  it('lists the newest year first, undated last, equal years in feed order', async () => {
    const { el } = await mountData(
      feedOf([
        domain('d', 'D', [
          publication('a', { year: 2019 }),
          publication('undated'),
          publication('b', { year: 2023 }),
          publication('c', { year: 2019 }),
          publication('d', { year: 2021 }),
        ]),
      ]),
      { attrs: 'domain="d"' },
    );
    expect(pubTitles(el)).to.deep.equal([
      'Publication b',
      'Publication d',
      'Publication a',
      'Publication c',
      'Publication undated',
    ]);
    expect($$(el, '.year').map((y) => fold(y.textContent))).to.deep.equal([
      '2023',
      '2021',
      '2019',
      '2019',
    ]);
  });

  // Regression: the news list's "Show more" once shared its key with a domain called "news".
  it('reveals more publications in a domain whose id is "news"', async () => {
    const news = bigDomain('news', 25);
    const { el } = await mountData(feedOf([news]), { attrs: 'domain="news"' });
    expect(pubs(el)).to.have.length(20);
    expect(fold(showMore(el)[0]!.textContent)).to.equal('Show 5 more');
    showMore(el)[0]!.click();
    await el.updateComplete;
    await sleep(50);
    expect(pubs(el)).to.have.length(25);
  });
});
