// <uzl-ai-publications> in nl, en and fr (also switched live), and at the heading level the page
// asks for.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { $, $$, fold, spoken } from '../helpers/widgets.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import {
  DEMO,
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
  pubs,
  notes,
  sectionTitles,
  raw,
  searchFor,
  newsItem,
  domain,
  feedOf,
  searchFeed,
  bigDomain,
} from './ai-publications-helpers.js';

describe('<uzl-ai-publications>: languages', () => {
  afterEach(() => fixtureCleanup());

  const expected = {
    nl: {
      sections: ['Nieuws', 'Wetenschappelijke publicaties'],
      fields: ['Domein', 'Zoeken'],
      hint: 'Titel, auteur of tijdschrift',
      all: 'Alle domeinen (15)',
      respiratory: 'Longziekten (3)',
      count: '15 publicaties',
      date: '21 mei 2024',
      emptyDomain: 'Nog geen publicaties in dit domein.',
      noMatch: 'Geen publicaties gevonden voor uw zoekopdracht.',
      zero: '0 publicaties',
      one: '1 publicatie',
    },
    en: {
      sections: ['News', 'Scientific publications'],
      fields: ['Domain', 'Search'],
      hint: 'Title, author or journal',
      all: 'All domains (15)',
      respiratory: 'Respiratory diseases (3)',
      count: '15 publications',
      date: '21 May 2024',
      emptyDomain: 'No publications in this domain yet.',
      noMatch: 'No publications match your search.',
      zero: '0 publications',
      one: '1 publication',
    },
    fr: {
      sections: ['Actualités', 'Publications scientifiques'],
      fields: ['Domaine', 'Rechercher'],
      hint: 'Titre, auteur ou revue',
      all: 'Tous les domaines (15)',
      respiratory: 'Maladies respiratoires (3)',
      count: '15 publications',
      date: '21 mai 2024',
      emptyDomain: 'Pas encore de publications dans ce domaine.',
      noMatch: 'Aucune publication ne correspond à votre recherche.',
      // French counts 0 in the singular.
      zero: '0 publication',
      one: '1 publication',
    },
  } as const;

  for (const [lang, want] of Object.entries(expected)) {
    it(`speaks ${lang}: headings, labels, dates, counts and messages`, async () => {
      const { el } = await mountSrc(demoFeed(`lang-${lang}`), { lang });
      expect(sectionTitles(el)).to.deep.equal(want.sections);
      expect($$(el, '.field-label').map((l) => fold(l.textContent))).to.deep.equal(want.fields);
      expect(searchBox(el).placeholder).to.equal(want.hint);
      expect(options(el)[0]).to.equal(want.all);
      expect(options(el)).to.include(want.respiratory);
      expect(count(el)).to.equal(want.count);
      const time = $(el, 'time')!;
      expect(fold(time.textContent)).to.equal(want.date);
      expect(time.getAttribute('datetime')).to.equal('2024-05-21');
      toggles(el)[1]!.click(); // Emergency medicine: no publications yet
      await el.updateComplete;
      expect(notes(el)).to.deep.equal([want.emptyDomain]);
      await searchFor(el, 'zzz');
      expect(notes(el)).to.deep.equal([want.noMatch]);
      expect(count(el)).to.equal(want.zero);
      await searchFor(el, 'ozsoy');
      expect(count(el)).to.equal(want.one);
    });
  }

  it('reads each domain button’s count as publications, in the page’s language and plural', async () => {
    // The words of ai.count-one and ai.count in locales/*.xlf; the plural form and the number
    // from Intl, as the widget picks them.
    const words = {
      nl: ['publicatie', 'publicaties'],
      en: ['publication', 'publications'],
      fr: ['publication', 'publications'],
    } as const;
    const intl = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' } as const;
    const feed = feedOf([
      bigDomain('big', 1200),
      bigDomain('single', 1),
      domain('none', { nl: 'Leeg', en: 'Empty', fr: 'Vide' }, []),
    ]);
    for (const lang of ['nl', 'en', 'fr'] as const) {
      const { el } = await mountData(feed, { lang });
      const said = (n: number) => {
        const [one, other] = words[lang];
        const word = new Intl.PluralRules(intl[lang]).select(n) === 'one' ? one : other;
        return `${new Intl.NumberFormat(intl[lang]).format(n)} ${word}`;
      };
      const [big, single, none] = toggles(el);
      expect(spoken(big), lang).to.equal(`Domain big, ${said(1200)}`);
      expect(spoken(single), lang).to.equal(`Domain single, ${said(1)}`);
      expect(spoken(none), lang).to.equal(`${toggleLabel(none!)}, ${said(0)}`);
      // What the eye sees stays compact: the name and a bare number in the badge.
      expect(raw(big!.querySelector('.badge')), lang).to.equal(
        new Intl.NumberFormat(intl[lang]).format(1200),
      );
    }
  });

  it('formats large numbers in the page’s language', async () => {
    const feed = feedOf([bigDomain('big', 5000), domain('none', 'None', [])]);
    for (const [lang, number, counted, all] of [
      ['nl', '5.000', '5.000 publicaties', 'Alle domeinen (5.000)'],
      ['fr', '5\u202f000', '5\u202f000 publications', 'Tous les domaines (5\u202f000)'],
      ['en', '5,000', '5,000 publications', 'All domains (5,000)'],
    ]) {
      const { el } = await mountData(feed, { lang });
      expect(raw($(el, '[part~="count"]')), lang).to.equal(counted);
      expect(raw(filter(el).options[0]), lang).to.equal(all);
      expect(raw(filter(el).options[1]), lang).to.equal(`Domain big (${number})`);
      expect(raw(toggles(el)[0]!.querySelector('.badge')), lang).to.equal(number);
      // Only one page of publications is ever in the DOM.
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(pubs(el)).to.have.length(20);
    }
  });

  it('changes language live without fetching again, keeping open domains and the search', async () => {
    const id = uniqueId('live');
    const { el } = await mountSrc(feedUrl(id, 'ok', { file: DEMO }), { lang: 'nl' });
    expect(count(el)).to.equal('15 publicaties');
    toggle(el, 'Longziekten').click();
    await el.updateComplete;
    el.parentElement!.lang = 'fr-BE';
    await until(() => sectionTitles(el)[0] === 'Actualités', 'French headings');
    expect(count(el)).to.equal('15 publications');
    expect(options(el)[0]).to.equal('Tous les domaines (15)');
    expect(toggle(el, 'Maladies respiratoires').getAttribute('aria-expanded')).to.equal('true');
    expect(fold($(el, 'time')!.textContent)).to.equal('21 mai 2024');
    await searchFor(el, 'zzz');
    el.parentElement!.lang = 'en';
    await until(() => sectionTitles(el)[0] === 'News', 'English headings');
    expect(notes(el)).to.deep.equal(['No publications match your search.']);
    expect(searchBox(el).value).to.equal('zzz');
    expect((await serverCount(id)).requests).to.equal(1);
  });
});

describe('<uzl-ai-publications>: heading levels', () => {
  afterEach(() => fixtureCleanup());

  it('uses the heading level asked for, within 2 to 5, and one below for domains and news', async () => {
    const feed = feedOf(searchFeed().domains, [newsItem(1)]);
    for (const [value, section, below] of [
      // By default at h3, as every widget's top headings.
      [null, 'H3', 'H4'],
      ['2', 'H2', 'H3'],
      ['4', 'H4', 'H5'],
      ['5', 'H5', 'H6'],
      ['1', 'H2', 'H3'],
      ['6', 'H5', 'H6'],
      ['9', 'H5', 'H6'],
      ['three', 'H3', 'H4'],
    ] as const) {
      const attrs = value === null ? '' : `heading-level="${value}"`;
      const { el } = await mountData(feed, { attrs });
      const what = `heading-level=${value}`;
      expect(
        $$(el, '.section-title').map((h) => h.tagName),
        what,
      ).to.deep.equal([section, section]);
      expect(new Set($$(el, '.domain-title').map((h) => h.tagName)), what).to.deep.equal(
        new Set([below]),
      );
      expect($(el, '.news-title')!.tagName, what).to.equal(below);
      // The sections are named by their headings.
      for (const sectionEl of $$(el, 'section')) {
        const heading = el.shadowRoot!.getElementById(sectionEl.getAttribute('aria-labelledby')!);
        expect(heading?.classList.contains('section-title'), what).to.equal(true);
        expect(sectionEl.contains(heading), what).to.equal(true);
      }
      // The chosen domain's plain heading too.
      el.domain = 'cardiology';
      await el.updateComplete;
      expect($(el, '.domain-title')!.tagName, what).to.equal(below);
    }
  });
});
