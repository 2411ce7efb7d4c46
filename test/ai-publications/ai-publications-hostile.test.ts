// <uzl-ai-publications> against hostile feed content: every text field stays text, and no
// dangerous DOI reaches an href. (Dangerous URLs in every link field: the shared suite's hostile
// test, configured in ai-publications-states.test.ts.)
import { expect, fixtureCleanup } from '@open-wc/testing';
import { $, $$, fold } from '../helpers/widgets.js';
import { HOSTILE_TEXT } from '../helpers/hostile.js';
import { sleep } from '../helpers/feeds.js';
import {
  mountData,
  type El,
  options,
  count,
  toggles,
  toggleLabel,
  domainHeadings,
  pubs,
  pubTitles,
  newsTitles,
  searchFor,
  newsItem,
  publication,
  domain,
  feedOf,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: hostile feeds', () => {
  afterEach(() => {
    fixtureCleanup();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  const pwned = () => (window as { __pwned?: unknown }).__pwned;

  it('shows every text field as text', async () => {
    for (const payload of HOSTILE_TEXT) {
      const feed = feedOf(
        [
          domain('hostile', payload, [
            publication('p', {
              title: payload,
              authors: [payload],
              journal: payload,
              summary: payload,
              year: 2024,
              doi: '10.1000/182',
            }),
          ]),
        ],
        [newsItem(1, { title: payload, summary: payload })],
      );
      const { el } = await mountData(feed);
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(newsTitles(el)).to.deep.equal([payload]);
      expect(fold($(el, '.news-item .summary')!.textContent)).to.equal(payload);
      expect(options(el)[1]).to.equal(`${payload} (1)`);
      expect(toggleLabel(toggles(el)[0]!)).to.equal(payload);
      expect(pubTitles(el)).to.deep.equal([payload]);
      expect(fold($(el, '.authors')!.textContent)).to.equal(payload);
      expect(fold($(el, 'cite')!.textContent)).to.equal(payload);
      expect(fold($(el, '.publication .summary')!.textContent)).to.equal(payload);
      // Chosen, the label is the domain's heading.
      await searchFor(el, payload);
      expect(count(el)).to.equal('1 publication');
      el.domain = 'hostile';
      await el.updateComplete;
      expect(domainHeadings(el)).to.deep.equal([payload]);
      expect($$(el, 'script, img, svg, [onerror], [onload]'), payload).to.have.length(0);
    }
    await sleep(200);
    expect(pwned()).to.equal(undefined);
  });

  it('skips a DOI that is not a DOI, and escapes URL characters in one that is', async () => {
    const notDois = [
      'javascript:window.__pwned=1',
      'https://doi.org/10.1000/182',
      '10.1000/with space',
      '<img src=x onerror="window.__pwned=1">',
    ];
    const feed = feedOf([
      domain('d', 'D', [
        ...notDois.map((doi, i) => publication(`bad-${i}`, { doi })),
        publication('special', { title: 'Special DOI', doi: '10.1000/a?b#c<d>', year: 2024 }),
        publication('markup', {
          title: 'Markup DOI',
          doi: '10.1000/"><svg/onload=window.__pwned=1>',
          year: 2023,
        }),
        publication('dots', { title: 'Dotted DOI', doi: '10.1000/../../x', year: 2022 }),
      ]),
    ]);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: El;
    try {
      ({ el } = await mountData(feed, { attrs: 'domain="d"' }));
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(notDois.length);
    for (const [i, warning] of warnings.entries()) expect(warning).to.contain(`[${i}]`);
    expect(pubTitles(el)).to.deep.equal(['Special DOI', 'Markup DOI', 'Dotted DOI']);

    const special = pubs(el)[0]!;
    const doiHref = special.querySelector('a[part~="doi"]')!.getAttribute('href')!;
    expect(doiHref).to.equal('https://doi.org/10.1000/a%3Fb%23c%3Cd%3E');
    const url = new URL(doiHref);
    expect([url.host, url.search, url.hash]).to.deep.equal(['doi.org', '', '']);
    expect(special.querySelector('.publication-title a')!.getAttribute('href')).to.equal(doiHref);
    expect(fold(special.querySelector('a[part~="doi"]')!.textContent)).to.equal(doiHref);

    const markup = pubs(el)[1]!.querySelector<HTMLAnchorElement>('a[part~="doi"]')!;
    expect(markup.getAttribute('href')!.startsWith('https://doi.org/10.1000/')).to.equal(true);
    expect(new URL(markup.href).search).to.equal('');
    // A DOI with a ".." segment would climb out of the resolver's path: it gets no link.
    const dots = pubs(el)[2]!;
    expect(dots.querySelector('a')).to.equal(null);
    expect(fold(dots.querySelector('.publication-title')!.textContent)).to.equal('Dotted DOI');
    // Every DOI link stays on the resolver.
    for (const a of $$<HTMLAnchorElement>(el, 'a[href]'))
      expect(new URL(a.href).host).to.equal('doi.org');
    expect($$(el, 'script, img, svg, [onerror], [onload]')).to.have.length(0);
    await sleep(200);
    expect(pwned()).to.equal(undefined);
  });
});
