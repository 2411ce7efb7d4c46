// Language resolution and per-element translation, as a visitor sees them.
import { configureLocalization } from '@lit/localize';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resolveLang, toSupportedLang } from '../../src/core/language.js';
import type { UzlTestFeed } from '../helpers/test-feed-element.js';
import { feedUrl, nextEvent, serverCount, uniqueId, until } from '../helpers/feeds.js';

// A host page that uses @lit/localize itself, configured before our elements load: our
// widgets must neither throw nor lose their translations, and the page keeps its own.
const hostLocalize = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => Promise.resolve({ templates: { 'state.retry': 'Erneut versuchen' } }),
});
before(async () => {
  await hostLocalize.setLocale('de');
  await import('../helpers/test-feed-element.js');
});

const firstItem = (el: Element) => el.shadowRoot?.querySelector('li')?.textContent?.trim();
const retryLabel = (el: Element) =>
  el.shadowRoot?.querySelector('button[part="retry"]')?.textContent?.trim();

describe('language resolution', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    fixtureCleanup();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('maps region subtags and anything unknown', () => {
    expect(toSupportedLang('nl-BE')).to.equal('nl');
    expect(toSupportedLang('FR-fr')).to.equal('fr');
    expect(toSupportedLang('en_GB')).to.equal('en');
    expect(toSupportedLang('de')).to.equal(undefined);
    expect(toSupportedLang('')).to.equal(undefined);
  });

  it('takes the element’s own lang, else the nearest ancestor’s, else <html lang>', async () => {
    document.documentElement.lang = 'fr-BE';
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <section lang="nl-BE">
          <p><span id="inner"></span><span id="own" lang="en-US"></span></p>
        </section>
        <span id="page"></span>
        <span id="german" lang="de"></span>
      </div>`,
    );
    expect(resolveLang(root.querySelector('#inner')!)).to.equal('nl');
    expect(resolveLang(root.querySelector('#own')!)).to.equal('en');
    expect(resolveLang(root.querySelector('#page')!)).to.equal('fr');
    expect(resolveLang(root.querySelector('#german')!)).to.equal('en');
  });

  it('crosses shadow roots to find the language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(resolveLang(inner)).to.equal('nl');
  });

  it('falls back to the browser’s languages without any lang', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<HTMLSpanElement>(html`<span></span>`);
    const browser = navigator.languages.map(toSupportedLang).find(Boolean) ?? 'en';
    expect(resolveLang(el)).to.equal(browser);
  });
});

describe('per-element translation', () => {
  afterEach(() => fixtureCleanup());

  it('shows a nl widget and a fr widget side by side on an en page', async () => {
    const id = uniqueId('side');
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <uzl-test-feed lang="nl" src=${feedUrl(id, 'ok')}></uzl-test-feed>
        <uzl-test-feed lang="fr" src=${feedUrl(id, 'ok')}></uzl-test-feed>
        <uzl-test-feed src=${feedUrl(id, 'ok')}></uzl-test-feed>
      </div>`,
    );
    const [nl, fr, en] = [...page.querySelectorAll('uzl-test-feed')] as UzlTestFeed[];
    await until(() => [nl, fr, en].every((el) => firstItem(el!)), 'three widgets to render');
    expect([firstItem(nl!), firstItem(fr!), firstItem(en!)]).to.deep.equal([
      'Bericht 1',
      'Article 1',
      'Item 1',
    ]);
  });

  it('translates the interface per element, whatever the host page configured', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    let errors = 0;
    page.addEventListener('uzl-error', () => errors++);
    for (const lang of ['nl', 'fr', 'en']) {
      const el = document.createElement('uzl-test-feed');
      el.lang = lang;
      el.src = feedUrl(uniqueId(`ui-${lang}`), '404');
      page.append(el);
    }
    await until(() => errors === 3, 'three errors');
    const labels = [...page.children].map(retryLabel);
    expect(labels).to.deep.equal(['Opnieuw proberen', 'Réessayer', 'Retry']);
    // The host page's own @lit/localize still answers in its own locale.
    expect(hostLocalize.getLocale()).to.equal('de');
  });

  it('switches language live when an ancestor’s lang changes, without fetching again', async () => {
    const id = uniqueId('live');
    const page = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const loaded = nextEvent(page, 'uzl-load');
    page.innerHTML = `<uzl-test-feed src="${feedUrl(id, 'ok')}"></uzl-test-feed>`;
    await loaded;
    const el = page.firstElementChild as UzlTestFeed;
    expect(firstItem(el)).to.equal('Bericht 1');

    page.lang = 'fr-FR';
    await until(() => firstItem(el) === 'Article 1', 'French');
    el.lang = 'en';
    await until(() => firstItem(el) === 'Item 1', 'English from its own lang');
    expect((await serverCount(id)).requests).to.equal(1);
  });

  it('follows <html lang> and never writes to it', async () => {
    const before = document.documentElement.getAttribute('lang');
    const id = uniqueId('html-lang');
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent(page, 'uzl-load');
    page.innerHTML = `<uzl-test-feed src="${feedUrl(id, 'ok')}"></uzl-test-feed>`;
    await loaded;
    document.documentElement.lang = 'fr';
    await until(
      () => firstItem(page.firstElementChild!) === 'Article 1',
      'French from <html lang>',
    );
    document.documentElement.lang = 'nl-BE';
    await until(() => firstItem(page.firstElementChild!) === 'Bericht 1', 'Dutch from <html lang>');
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = before;
    // Only the test itself ever set it.
    expect(document.documentElement.getAttribute('lang')).to.equal(before);
  });
});
