// <uzl-ai-publications> as a visitor meets it: the demo feed and fixtures from the test
// server, feeds made in the test, the keyboard through sendKeys, the page URL's #domain=
// hash, axe, and hostile feed content.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ai-publications/uzl-ai-publications.js';
import type {
  UzlAiPublications,
  UzlDomainChangeDetail,
} from '../../src/ai-publications/ai-publications.js';
import type {
  AiDomain,
  AiNewsItem,
  AiPublicationsFeed,
  Publication,
} from '../../src/ai-publications/ai-publications-feed.js';
import type { UzlLoadDetail } from '../../src/core/events.js';
import type { LocalizedText } from '../../src/core/localized-text.js';
import { $, $$, focused, fold, text, widgetMounter } from '../helpers/widgets.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../helpers/hostile.js';
import { feedUrl, nextEvent, serverCount, sleep, uniqueId, until } from '../helpers/feeds.js';

const DEMO = 'demo/data/ai-publications.json';
const FIXTURES = 'test/fixtures/feeds/ai-publications';
const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

const { mountSrc, mountData, mountLoading, page } = widgetMounter<UzlAiPublications>(
  'uzl-ai-publications',
  '<a href="https://www.uzleuven.be/en/artificial-intelligence">AI at UZ Leuven</a>',
);

type El = UzlAiPublications & { updateComplete: Promise<boolean> };

// ---- what the visitor sees -------------------------------------------------------------

const filter = (el: Element) => $<HTMLSelectElement>(el, 'select[part~="filter"]')!;
const searchBox = (el: Element) => $<HTMLInputElement>(el, 'input[part~="search"]')!;
const options = (el: Element) => [...filter(el).options].map((o) => fold(o.textContent));
const count = (el: Element) => fold($(el, '[part~="count"]')?.textContent);
const toggles = (el: Element) => $$<HTMLButtonElement>(el, 'button[part~="domain-toggle"]');
/** The label a toggle shows, without its count badge. */
const toggleLabel = (button: Element) => fold(button.querySelector('.toggle-label')?.textContent);
const toggle = (el: Element, label: string) => {
  const found = toggles(el).find((b) => toggleLabel(b) === label);
  if (!found)
    throw new Error(`No domain toggle "${label}" in ${toggles(el).map(toggleLabel).join(', ')}`);
  return found;
};
const expanded = (el: Element) =>
  toggles(el).map((b) => `${toggleLabel(b)}: ${b.getAttribute('aria-expanded')}`);
const domainBlocks = (el: Element) => $$(el, '[part~="domain"]');
const domainHeadings = (el: Element) =>
  domainBlocks(el).map((d) => fold(d.querySelector('.domain-title')!.textContent));
const panelOf = (el: Element, button: Element) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
const pubs = (el: Element) => $$(el, 'li[part~="publication"]');
const pubTitles = (el: Element) =>
  pubs(el).map((li) => fold(li.querySelector('.publication-title')!.textContent));
const notes = (el: Element) => $$(el, '.note').map((n) => fold(n.textContent));
const showMore = (el: Element) => $$<HTMLButtonElement>(el, 'button[part~="show-more"]');
const newsItems = (el: Element) => $$(el, 'li[part~="news-item"]');
const newsTitles = (el: Element) => $$(el, '.news-title').map((h) => fold(h.textContent));
const sectionTitles = (el: Element) => $$(el, '.section-title').map((h) => fold(h.textContent));
const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0;

/** Text with only ASCII white space folded: keeps the no-break spaces numbers are grouped with. */
const raw = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** The visitor picks `value` ('' for all domains) in the filter. */
async function pick(el: El, value: string) {
  const select = filter(el);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The visitor types `query` in the search box, then presses Enter or pauses. */
async function searchFor(el: El, query: string, then: 'enter' | 'pause' = 'enter') {
  const box = searchBox(el);
  box.value = query;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (then === 'enter')
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  else await sleep(300);
  await el.updateComplete;
}

/** Every uzl-domain-change that reaches the document, for the test's duration. */
function recordDomainChanges() {
  const seen: CustomEvent<UzlDomainChangeDetail>[] = [];
  const listener = (event: Event) => seen.push(event as CustomEvent<UzlDomainChangeDetail>);
  document.addEventListener('uzl-domain-change', listener);
  return {
    details: () => seen.map((e) => e.detail),
    events: seen,
    stop: () => document.removeEventListener('uzl-domain-change', listener),
  };
}

// ---- feeds made in the test ----------------------------------------------------------

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;

function newsItem(n: number, extra: Partial<AiNewsItem> = {}): AiNewsItem {
  return {
    id: `news-${n}`,
    date: day(n),
    title: { en: `AI news ${n}`, nl: `AI-nieuws ${n}`, fr: `Actualité IA ${n}` },
    summary: { en: `Summary ${n}.`, nl: `Samenvatting ${n}.`, fr: `Résumé ${n}.` },
    url: `https://www.uzleuven.be/en/ai/news-${n}`,
    ...extra,
  };
}

/** `item` without the given keys: a feed leaves a field out, it never sets it to undefined. */
function without<T extends object>(item: T, ...keys: (keyof T)[]): T {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

const publication = (id: string, extra: Partial<Publication> = {}): Publication => ({
  id,
  title: `Publication ${id}`,
  ...extra,
});

const domain = (id: string, label: LocalizedText, publications: Publication[]): AiDomain => ({
  id,
  label,
  publications,
});

const feedOf = (domains: AiDomain[], news: AiNewsItem[] = []): AiPublicationsFeed => ({
  version: 1,
  news,
  domains,
});

/**
 * Four domains for the search: accents on either side ("Hépatologie" / "Hepatologie",
 * "Müller" / "Muller"), a look-alike that must not match ("Mueller"), and domain labels
 * ("Cardiology", "Nuclear medicine", "Emergency medicine") that appear in no publication.
 */
function searchFeed(): AiPublicationsFeed {
  return feedOf([
    domain('hepatology', { en: 'Hepatology', nl: 'Leverziekten', fr: 'Hépatologie' }, [
      publication('h2', {
        title: 'Transformers for liver segmentation',
        authors: ['Dupont J'],
        journal: 'Hepatologie Today',
        year: 2022,
        doi: '10.1000/h2',
      }),
      publication('h1', {
        title: 'Deep learning in Hépatologie clinique',
        authors: ['Müller K', 'Peeters A'],
        journal: 'Journal of Liver Research',
        year: 2024,
        doi: '10.1000/h1',
      }),
    ]),
    domain('cardiology', 'Cardiology', [
      publication('c1', {
        title: 'Heart failure prediction with machine learning',
        authors: ['Mueller T', 'Janssens B'],
        journal: 'European Heart Journal',
        year: 2023,
        doi: '10.1000/c1',
      }),
      publication('c2', {
        title: 'ECG screening by artificial intelligence',
        authors: ['Müller K'],
        journal: 'Circulation',
        year: 2021,
        doi: '10.1000/c2',
      }),
    ]),
    domain('nuclear', { en: 'Nuclear medicine', nl: 'Nucleaire geneeskunde' }, [
      publication('n1', {
        title: 'PET reconstruction with deep learning',
        authors: ['Lee S', 'Muller P'],
        journal: 'EJNMMI Physics',
        year: 2020,
        doi: '10.1000/n1',
      }),
    ]),
    domain('emergency', 'Emergency medicine', []),
  ]);
}

const H1 = 'Deep learning in Hépatologie clinique';
const H2 = 'Transformers for liver segmentation';
const C1 = 'Heart failure prediction with machine learning';
const C2 = 'ECG screening by artificial intelligence';
const N1 = 'PET reconstruction with deep learning';

/** A domain of `n` publications, one per year from 1980, in the feed oldest first. */
function bigDomain(id: string, n: number, links = true): AiDomain {
  return domain(
    id,
    `Domain ${id}`,
    Array.from({ length: n }, (_, i) =>
      publication(`${id}-${i}`, {
        title: `Study from ${1980 + i}`,
        year: 1980 + i,
        ...(links ? { doi: `10.1000/${id}.${i}` } : {}),
      }),
    ),
  );
}

// ---- the tests -----------------------------------------------------------------------------

describe('<uzl-ai-publications>: states', () => {
  afterEach(() => fixtureCleanup());

  it('is busy with a placeholder while the feed loads, then shows the feed', async () => {
    const held = await mountLoading();
    expect($(held, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(held, '[part="loading"]')).to.exist;
    expect(text(held)).to.equal('Loading…');
    expect(held.getBoundingClientRect().height).to.be.greaterThan(200);
    fixtureCleanup();

    const container = await page({ lang: 'nl' });
    container.innerHTML = `<uzl-ai-publications src="${demoFeed('slow', 'ok', 500)}"></uzl-ai-publications>`;
    const el = container.firstElementChild as El;
    const loaded = nextEvent(el, 'uzl-load');
    await el.updateComplete;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.equal('Bezig met laden…');
    await loaded;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(toggles(el)).to.have.length(12);
  });

  it('shows the demo feed: five news items and twelve closed domains', async () => {
    const { el, detail } = await mountSrc(demoFeed('ready'), { fallback: true });
    // 5 news items + 15 publications.
    expect(detail.count).to.equal(20);
    expect(sectionTitles(el)).to.deep.equal(['News', 'Scientific publications']);
    expect(newsItems(el)).to.have.length(5);
    expect(showMore(el)).to.have.length(0);
    expect(count(el)).to.equal('15 publications');
    expect(options(el)[0]).to.equal('All domains (15)');
    expect(toggles(el).map(toggleLabel)).to.deep.equal([
      'Cardiovascular diseases',
      'Emergency medicine',
      'Gastroenterology and hepatology',
      'Gynaecology and obstetrics',
      'Intensive care medicine',
      'Laboratory medicine',
      'Nuclear medicine',
      'Oral, maxillofacial and facial surgery',
      'Otorhinolaryngology, head and neck surgery',
      'Physical medicine and rehabilitation',
      'Respiratory diseases',
      'Thoracic surgery',
    ]);
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(pubs(el)).to.have.length(0);
    // The page author's fallback link is hidden while the data shows.
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('counts in uzl-load what the sections show', async () => {
    const news = await mountSrc(demoFeed('count-news'), { attrs: 'sections="news"' });
    expect(news.detail.count).to.equal(5);
    expect(sectionTitles(news.el)).to.deep.equal(['News']);
    expect(filter(news.el)).to.equal(null);
    const publications = await mountSrc(demoFeed('count-pubs'), {
      attrs: 'sections="publications"',
    });
    expect(publications.detail.count).to.equal(15);
    expect(sectionTitles(publications.el)).to.deep.equal(['Scientific publications']);
    expect(newsItems(publications.el)).to.have.length(0);
    const data = await mountData(searchFeed());
    expect(data.detail).to.deep.equal({ src: '', count: 5 });
  });

  it('shows a feed given as the data property, without any request', async () => {
    const { el } = await mountData(searchFeed(), { attrs: 'sections="publications"' });
    expect(count(el)).to.equal('5 publications');
    expect(toggles(el).map(toggleLabel)).to.deep.equal([
      'Hepatology',
      'Cardiology',
      'Nuclear medicine',
      'Emergency medicine',
    ]);
    expect(sectionTitles(el)).to.deep.equal(['Scientific publications']);
  });

  it('says there is nothing, in words that fit the sections shown', async () => {
    const fromServer = await mountSrc(
      feedUrl(uniqueId('empty'), 'ok', { file: `${FIXTURES}/valid-minimal-empty-arrays.json` }),
    );
    expect(fromServer.detail.count).to.equal(0);
    expect(text(fromServer.el)).to.equal('No news or publications at the moment.');
    expect($(fromServer.el, '[part="empty"]')).to.exist;
    expect(filter(fromServer.el)).to.equal(null);

    const empty = feedOf([]);
    for (const [sections, message] of [
      ['both', 'No news or publications at the moment.'],
      ['news', 'No news at the moment.'],
      ['publications', 'No publications at the moment.'],
    ]) {
      const { el } = await mountData(empty, { attrs: `sections="${sections}"` });
      expect(text(el), sections).to.equal(message);
    }
    // The other section's content does not count: news only, without news, is empty…
    const newsOnly = await mountData(feedOf([domain('d', 'D', [publication('p')])]), {
      attrs: 'sections="news"',
    });
    expect(newsOnly.detail.count).to.equal(0);
    expect(text(newsOnly.el)).to.equal('No news at the moment.');
    // …and so are publications only, without domains.
    const pubsOnly = await mountData(feedOf([], [newsItem(1)]), {
      attrs: 'sections="publications"',
    });
    expect(text(pubsOnly.el)).to.equal('No publications at the moment.');
  });

  it('still shows domains that have no publications yet', async () => {
    const { el, detail } = await mountSrc(
      feedUrl(uniqueId('empty-domain'), 'ok', {
        file: `${FIXTURES}/valid-domain-without-publications.json`,
      }),
    );
    expect(detail.count).to.equal(0);
    expect($(el, '[part="empty"]')).to.equal(null);
    expect(count(el)).to.equal('0 publications');
    expect(toggles(el).map(toggleLabel)).to.deep.equal(['Thoracic surgery']);
    toggles(el)[0]!.click();
    await el.updateComplete;
    expect(notes(el)).to.deep.equal(['No publications in this domain yet.']);
  });

  it('shows a 404 with Retry and the fallback link, and recovers on Retry', async () => {
    const id = uniqueId('404-then-ok');
    const { el, detail } = await mountSrc(
      feedUrl(id, '404,ok', { file: DEMO }),
      { fallback: true },
      'uzl-error',
    );
    expect(detail).to.include({ kind: 'http', status: 404 });
    expect(text(el)).to.contain('The information could not be found.');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]')!;
    expect(fold(retry.textContent)).to.equal('Retry');
    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    retry.click();
    expect((await loaded).detail.count).to.equal(20);
    await el.updateComplete;
    expect(toggles(el)).to.have.length(12);
    expect((await serverCount(id)).requests).to.equal(2);
    // The visitor who pressed Retry hears that it worked.
    expect(fold($(el, '[role="status"]:not([part])')!.textContent)).to.equal(
      'The information has been loaded.',
    );
  });

  it('shows a 500 in the page’s language, after the retries, and recovers on Retry', async () => {
    const id = uniqueId('500-fr');
    const { el, detail } = await mountSrc(
      feedUrl(id, '500,500,500,ok', { file: DEMO }),
      { lang: 'fr' },
      'uzl-error',
    );
    expect(detail).to.include({ kind: 'http', status: 500 });
    expect(text(el)).to.contain(
      'Les informations sont temporairement indisponibles. Veuillez réessayer plus tard.',
    );
    const retry = $<HTMLButtonElement>(el, 'button[part~="retry"]')!;
    expect(fold(retry.textContent)).to.equal('Réessayer');
    const loaded = nextEvent(el, 'uzl-load');
    retry.click();
    await loaded;
    await el.updateComplete;
    expect(count(el)).to.equal('15 publications');
    expect((await serverCount(id)).requests).to.equal(4);

    const nl = await mountSrc(feedUrl(uniqueId('404-nl'), '404'), { lang: 'nl' }, 'uzl-error');
    expect(text(nl.el)).to.contain('De informatie werd niet gevonden.');
    expect(fold($(nl.el, 'button[part~="retry"]')!.textContent)).to.equal('Opnieuw proberen');
  });

  it('refuses a feed of another shape', async () => {
    // The server's "empty" step is a news-list feed ({version, items}): not ours.
    const { el, detail } = await mountSrc(feedUrl(uniqueId('shape'), 'empty'), {}, 'uzl-error');
    expect(detail.kind).to.equal('invalid');
    expect(text(el)).to.contain('The information could not be read.');
  });
});

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

  it('updates the count in a status region, and the filter’s counts', async () => {
    const { el } = await mountData(searchFeed());
    const status = $(el, '[part~="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal('5 publications');
    await searchFor(el, 'muller');
    // The same element speaks the new count: screen readers hear it change.
    expect($(el, '[part~="count"]')).to.equal(status);
    expect(count(el)).to.equal('3 publications');
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

describe('<uzl-ai-publications>: domain disclosures', () => {
  afterEach(() => fixtureCleanup());

  it('starts closed, each button controlling its hidden panel', async () => {
    const { el } = await mountSrc(demoFeed('closed'));
    const ids = new Set<string>();
    for (const button of toggles(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.parentElement!.tagName).to.equal('H3');
      const panel = panelOf(el, button)!;
      expect(panel, toggleLabel(button)).to.exist;
      expect(panel.closest('[part~="domain"]')).to.equal(button.closest('[part~="domain"]'));
      expect(panel.hidden).to.equal(true);
      expect(visible(panel)).to.equal(false);
      ids.add(panel.id);
    }
    expect(ids.size).to.equal(12);
    // The badge shows the domain's count.
    expect(fold(toggle(el, 'Respiratory diseases').textContent)).to.equal('Respiratory diseases 3');
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
    expect(fold(focused()?.textContent)).to.equal('Thoracic surgery 2');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the domain to open');
    await el.updateComplete;
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(fold(focused()?.textContent));
    }
    // Newest first; the two of 2023 in the feed's order.
    expect(stops).to.deep.equal([
      'Collaboration between explainable artificial intelligence and pulmonologists improves the accuracy of pulmonary function test interpretation',
      'https://doi.org/10.1183/13993003.01720-2022',
      'Predicting total lung capacity from spirometry: a machine learning approach',
      'https://doi.org/10.3389/fmed.2023.1174631',
      'Artificial intelligence outperforms pulmonologists in the interpretation of pulmonary function tests',
      'https://doi.org/10.1183/13993003.01660-2018',
      'Thoracic surgery 2',
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
      empty: 'Er zijn momenteel geen nieuwsberichten of publicaties.',
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
      empty: 'No news or publications at the moment.',
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
      empty: 'Aucune actualité ni publication pour le moment.',
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

      const empty = await mountData(feedOf([]), { lang });
      expect(text(empty.el)).to.equal(want.empty);
    });
  }

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
      [null, 'H2', 'H3'],
      ['2', 'H2', 'H3'],
      ['4', 'H4', 'H5'],
      ['5', 'H5', 'H6'],
      ['1', 'H2', 'H3'],
      ['6', 'H5', 'H6'],
      ['9', 'H5', 'H6'],
      ['three', 'H2', 'H3'],
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

describe('<uzl-ai-publications>: news', () => {
  afterEach(() => fixtureCleanup());

  it('shows the newest first whatever the feed’s order, with localized dates', async () => {
    const evening = newsItem(5, {
      id: 'evening',
      date: '2025-03-05T18:00:00+01:00',
      title: 'Evening of the 5th',
    });
    const feed = feedOf([], [newsItem(3), newsItem(7), evening, newsItem(1), newsItem(5)]);
    const { el } = await mountData(feed, { attrs: 'limit="10"' });
    expect(newsTitles(el)).to.deep.equal([
      'AI news 7',
      'Evening of the 5th',
      'AI news 5',
      'AI news 3',
      'AI news 1',
    ]);
    const times = $$(el, 'time');
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-03-07',
      '2025-03-05T17:00:00.000Z',
      '2025-03-05',
      '2025-03-03',
      '2025-03-01',
    ]);
    expect(times.map((t) => fold(t.textContent))).to.deep.equal([
      '7 March 2025',
      '5 March 2025',
      '5 March 2025',
      '3 March 2025',
      '1 March 2025',
    ]);
    // The feed object itself is not reordered.
    expect(feed.news.map((n) => n.id)).to.deep.equal([
      'news-3',
      'news-7',
      'evening',
      'news-1',
      'news-5',
    ]);
    // The demo feed's news, newest first.
    const demo = await mountSrc(demoFeed('news-order'));
    expect($$(demo.el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2024-05-21',
      '2023-07-04',
      '2020-01-23',
      '2019-06-17',
      '2019-03-12',
    ]);
  });

  it('shows limit items and reveals limit more, moving the focus to the first new item', async () => {
    const feed = feedOf(
      [],
      Array.from({ length: 7 }, (_, i) => newsItem(i + 1)),
    );
    const { el } = await mountData(feed, { attrs: 'limit="3"' });
    expect(newsTitles(el)).to.deep.equal(['AI news 7', 'AI news 6', 'AI news 5']);
    const [more] = showMore(el);
    expect(fold(more!.textContent)).to.equal('Show 3 more');
    more!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => newsItems(el).length === 6, 'six news items');
    await until(() => fold(focused()?.textContent) === 'AI news 4', 'focus on the fourth');
    expect(focused()!.tagName).to.equal('A');
    expect(fold(showMore(el)[0]!.textContent)).to.equal('Show 1 more');
    showMore(el)[0]!.click();
    await el.updateComplete;
    expect(newsItems(el)).to.have.length(7);
    expect(showMore(el)).to.have.length(0);
    // A new limit starts from the first page again.
    el.limit = 2;
    await el.updateComplete;
    expect(newsItems(el)).to.have.length(2);
    // The default is 5, also for a limit that makes no sense.
    for (const limit of [null, '0', '-2', 'many']) {
      const attrs = limit === null ? '' : `limit="${limit}"`;
      const other = await mountData(feed, { attrs });
      expect(newsItems(other.el), attrs).to.have.length(5);
      expect(fold(showMore(other.el)[0]!.textContent)).to.equal('Show 2 more');
    }
  });

  it('focuses the new news item itself when it has no link', async () => {
    const { el } = await mountSrc(demoFeed('news-focus'), { attrs: 'limit="2"' });
    showMore(el)[0]!.focus();
    await sendKeys({ press: ' ' });
    await until(() => focused()?.tagName === 'LI', 'focus on a news item');
    expect(focused()).to.equal(newsItems(el)[2]);
    expect(fold(focused()!.querySelector('time')!.textContent)).to.equal('23 January 2020');
  });

  it('links titled items by their title and untitled ones by "Read the article"', async () => {
    const feed = feedOf(
      [],
      [
        newsItem(4),
        without(newsItem(3), 'url'),
        without(newsItem(2, { url: 'https://www.uzleuven.be/en/ai/untitled' }), 'title'),
        without(newsItem(1), 'title', 'url'),
      ],
    );
    const { el } = await mountData(feed);
    const [titled, titledNoUrl, untitled, bare] = newsItems(el);
    const link = titled!.querySelector<HTMLAnchorElement>('.news-title a')!;
    expect(fold(link.textContent)).to.equal('AI news 4');
    expect(link.href).to.equal('https://www.uzleuven.be/en/ai/news-4');
    expect(titled!.querySelector('.read-more')).to.equal(null);
    expect(fold(titledNoUrl!.querySelector('.news-title')!.textContent)).to.equal('AI news 3');
    expect(titledNoUrl!.querySelector('a')).to.equal(null);
    expect(untitled!.querySelector('.news-title')).to.equal(null);
    const readMore = untitled!.querySelector<HTMLAnchorElement>('a')!;
    expect(readMore.href).to.equal('https://www.uzleuven.be/en/ai/untitled');
    // Its name says which article: the date, for screen readers.
    expect(fold(readMore.textContent)).to.equal('Read the article (2 March 2025)');
    expect(fold(untitled!.querySelector('.summary')!.textContent)).to.equal('Summary 2.');
    expect(bare!.querySelector('a')).to.equal(null);
    expect(fold(bare!.querySelector('.summary')!.textContent)).to.equal('Summary 1.');

    const nl = await mountData(feed, { lang: 'nl' });
    expect(fold(newsItems(nl.el)[2]!.querySelector('a')!.textContent)).to.equal(
      'Lees het artikel (2 maart 2025)',
    );
    expect(newsTitles(nl.el)).to.deep.equal(['AI-nieuws 4', 'AI-nieuws 3']);
  });
});

describe('<uzl-ai-publications>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  for (const lang of ['en', 'nl', 'fr']) {
    it(`is clean in every state, ${lang}`, async () => {
      const ready = await mountSrc(demoFeed(`axe-${lang}`), { lang, width: 900 });
      await expect(ready.el).to.be.accessible();
      // One domain open.
      toggles(ready.el)[10]!.click();
      await ready.el.updateComplete;
      expect(pubs(ready.el)).to.have.length(3);
      await expect(ready.el).to.be.accessible();
      // An empty domain open.
      toggles(ready.el)[1]!.click();
      await ready.el.updateComplete;
      await expect(ready.el).to.be.accessible();
      // A search with matches, then none.
      await searchFor(ready.el, 'machine');
      await expect(ready.el).to.be.accessible();
      await searchFor(ready.el, 'zzz');
      expect(domainBlocks(ready.el)).to.have.length(0);
      await expect(ready.el).to.be.accessible();
      // A domain chosen, narrow.
      const chosen = await mountSrc(demoFeed(`axe-chosen-${lang}`), {
        lang,
        width: 320,
        attrs: 'domain="respiratory-diseases" limit="2"',
      });
      await expect(chosen.el).to.be.accessible();
      showMore(chosen.el)[0]!.click();
      await chosen.el.updateComplete;
      await expect(chosen.el).to.be.accessible();
      // Titled and untitled news with links, 45 publications paged.
      const made = await mountData(
        feedOf([bigDomain('big', 45)], [newsItem(2), without(newsItem(1), 'title')]),
        { lang, attrs: 'domain="big" heading-level="4"' },
      );
      showMore(made.el)[0]!.click();
      await made.el.updateComplete;
      await expect(made.el).to.be.accessible();

      const empty = await mountData(feedOf([]), { lang });
      await expect(empty.el).to.be.accessible();
      const error = await mountSrc(
        feedUrl(uniqueId(`axe-error-${lang}`), '404'),
        { lang, fallback: true },
        'uzl-error',
      );
      await expect(error.el).to.be.accessible();
      const loading = await mountLoading({ lang });
      await expect(loading).to.be.accessible();
    });
  }
});

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

  it('never lets a dangerous URL into an href', async () => {
    const news = HOSTILE_URLS.flatMap((url, i) => [
      newsItem(i + 1, { id: `titled-${i}`, url }),
      without(newsItem(i + 1, { id: `untitled-${i}`, url }), 'title'),
    ]);
    const publications = HOSTILE_URLS.flatMap((url, i) => [
      publication(`with-doi-${i}`, { url, doi: `10.1000/x${i}`, year: 2020 }),
      publication(`url-only-${i}`, { url, year: 2010 }),
    ]);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: El;
    try {
      ({ el } = await mountData(feedOf([domain('d', 'D', publications)], news), {
        attrs: 'domain="d" limit="50"',
      }));
    } finally {
      console.warn = warn;
    }
    // Nothing was skipped: every dangerous URL really met the widget.
    expect(warnings).to.deep.equal([]);
    expect(newsItems(el)).to.have.length(news.length);
    expect(pubs(el)).to.have.length(publications.length);
    const hrefs = $$(el, '[href]').map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(href).to.match(/^https:\/\//);
    expect(hrefs.join(' ')).to.not.match(/javascript:|data:|vbscript:/i);
    // The publications with a DOI link their title to it instead; the others are plain.
    const titleLinks = $$<HTMLAnchorElement>(el, '.publication-title a').map((a) => a.href);
    expect(titleLinks).to.deep.equal(HOSTILE_URLS.map((_, i) => `https://doi.org/10.1000/x${i}`));
    // No news link at all: titles are plain, untitled items have no "Read the article".
    expect($$(el, '.news-item a')).to.have.length(0);
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
