// <uzl-campus-card> as a visitor meets it: the demo feed from the test server, real layout in
// Chromium, the keyboard, the clipboard, axe, and hostile feed content.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import type { Campus } from '../../src/campus-card/campuses-feed.js';
import '../../src/campus-card/uzl-campus-card.js';
import type { UzlCampusCard } from '../../src/campus-card/campus-card.js';
import { phoneHref } from '../../src/campus-card/campus-links.js';
import { $, $$, focused, fold, text, widgetMounter } from '../helpers/widgets.js';
import { pressKeys } from '../helpers/engine.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../helpers/hostile.js';
import { feedUrl, nextEvent, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { runFeedElementSuite } from '../suites/feed-element.suite.js';

const DEMO = 'demo/data/campuses.json';
const demoFeed = (id: string, plan = 'ok', delay = 0) =>
  feedUrl(uniqueId(id), plan, { file: DEMO, delay });

const cards = (el: Element) => $$(el, 'article[part~="card"]');
const names = (el: Element) => $$(el, '[part~="name"]').map((h) => fold(h.textContent));
const links = (el: Element, card = 0) =>
  [...cards(el)[card]!.querySelectorAll<HTMLAnchorElement>('a')].map((a) => ({
    text: fold(a.textContent),
    href: a.getAttribute('href'),
  }));
const copyButton = (el: Element, card = 0) =>
  cards(el)[card]!.querySelector<HTMLButtonElement>('button')!;
const copyNote = (el: Element, card = 0) =>
  cards(el)[card]!.querySelector<HTMLElement>('.copy-note')!;
/** The widget's one live region, which says what the note says. */
const announced = (el: Element) => fold($(el, '.visually-hidden[aria-live="polite"]')?.textContent);

function campus(n: number, extra: Partial<Campus> = {}): Campus {
  return {
    id: `campus-${n}`,
    name: { en: `Campus ${n}`, nl: `Campus ${n} (nl)`, fr: `Campus ${n} (fr)` },
    address: { street: `Straat ${n}`, postalCode: '3000', locality: 'Leuven', country: 'BE' },
    phone: '+32 16 33 22 11',
    ...extra,
  };
}

const full: Campus = {
  id: 'full',
  name: 'Campus Gasthuisberg',
  address: { street: 'Herestraat 49', postalCode: '3000', locality: 'Leuven', country: 'BE' },
  phone: '+32 16 33 22 11',
  email: 'info@uzleuven.be',
  url: 'https://www.uzleuven.be/nl/ligging-en-bereikbaarheid',
  geo: { lat: 50.8803, lng: 4.6733 },
  image: { src: '/demo/data/images/news-1.svg', alt: { en: 'Main entrance', nl: 'Hoofdingang' } },
  visitingHours: { en: 'Every day from 2 to 8 pm', nl: 'Elke dag van 14 tot 20 uur' },
  notice: { en: 'Roadworks at the main entrance', nl: 'Wegenwerken aan de hoofdingang' },
};

const FALLBACK = '<a href="https://www.uzleuven.be/en/route">How to reach UZ Leuven</a>';
const { mountSrc, mountData } = widgetMounter<UzlCampusCard>('uzl-campus-card', FALLBACK);

/** Runs `work` with console.warn collected. */
async function collectWarnings<T>(
  work: () => Promise<T>,
): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await work(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('<uzl-campus-card>: states', () => {
  afterEach(() => fixtureCleanup());

  it('shows one campus from the demo feed with campus=…', async () => {
    const { el, detail } = await mountSrc(demoFeed('one'), {
      attrs: 'campus="gasthuisberg"',
      fallback: true,
    });
    expect(detail.count).to.equal(1);
    expect(names(el)).to.deep.equal(['Campus Gasthuisberg']);
    expect(fold($(el, 'address')!.textContent)).to.equal('Herestraat 49 3000 Leuven');
    expect(text(el)).to.contain('Phone +32 16 33 22 11');
    expect(links(el).map((l) => l.text)).to.deep.equal([
      '+32 16 33 22 11',
      'Access and facilities',
      'Open in map',
    ]);
    expect(fold(copyButton(el).textContent)).to.equal('Copy address');
    // No list around a single card; the fallback link is hidden while the card shows.
    expect($(el, 'ul')).to.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('finds the campus whatever the case of the id', async () => {
    const { el } = await mountSrc(demoFeed('case'), { attrs: 'campus=" Pellenberg "' });
    expect(names(el)).to.deep.equal(['Campus Pellenberg']);
  });

  it('shows every campus in a grid without campus', async () => {
    const { el, detail } = await mountSrc(demoFeed('all'));
    expect(detail.count).to.equal(3);
    expect(names(el)).to.deep.equal([
      'Campus Gasthuisberg',
      'Campus Pellenberg',
      'Stadscampus (city centre campus)',
    ]);
    expect($(el, 'ul')!.getAttribute('role')).to.equal('list');
    expect($$(el, 'ul > li > .card, ul > li article')).to.have.length(3);
  });
});

describe('<uzl-campus-card>: an unknown campus id', () => {
  afterEach(() => fixtureCleanup());

  it('shows a friendly error, fires uzl-error (invalid) and warns naming the id', async () => {
    const { result, warnings } = await collectWarnings(() =>
      mountSrc(
        demoFeed('unknown'),
        { attrs: 'campus="gasthuisbreg"', fallback: true },
        'uzl-error',
      ),
    );
    const { el, detail } = result;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.contain('"gasthuisbreg"');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"gasthuisbreg"');
    expect(warnings[0]).to.contain('gasthuisberg, pellenberg, stadscampus');
    expect(fold($(el, '[part~="error"] p')!.textContent)).to.equal(
      'This campus could not be found.',
    );
    expect(cards(el)).to.have.length(0);
    // Announced politely, and the page author's fallback link shows beside it.
    expect(
      fold(
        $(el, ':host > [aria-live="polite"], .visually-hidden[aria-live="polite"]')!.textContent,
      ),
    ).to.equal('This campus could not be found.');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  for (const [lang, message] of [
    ['nl', 'Deze campus werd niet gevonden.'],
    ['fr', 'Ce campus est introuvable.'],
  ] as const) {
    it(`says so in ${lang}`, async () => {
      const { result } = await collectWarnings(() =>
        mountData(
          { version: 1, campuses: [campus(1)] },
          { lang, attrs: 'campus="x"' },
          'uzl-error',
        ),
      );
      expect(fold($(result.el, '[part~="error"] p')!.textContent)).to.equal(message);
    });
  }

  it('shows the campus once the id is corrected, and the error again, without fetching', async () => {
    const id = uniqueId('switch');
    const { result } = await collectWarnings(() =>
      mountSrc(feedUrl(id, 'ok', { file: DEMO }), { attrs: 'campus="nowhere"' }, 'uzl-error'),
    );
    const { el } = result;
    const loaded = nextEvent<UzlLoadDetail>(el, 'uzl-load');
    el.campus = 'stadscampus';
    expect((await loaded).detail.count).to.equal(1);
    expect(names(el)).to.deep.equal(['Stadscampus (city centre campus)']);
    const { result: failed, warnings } = await collectWarnings(async () => {
      const error = nextEvent<UzlErrorDetail>(el, 'uzl-error');
      el.campus = 'elsewhere';
      return (await error).detail;
    });
    expect(failed.kind).to.equal('invalid');
    expect(warnings[0]).to.contain('"elsewhere"');
    await el.updateComplete;
    expect(text(el)).to.contain('This campus could not be found.');
    el.removeAttribute('campus');
    await until(() => cards(el).length === 3, 'all campuses');
    expect((await serverCount(id)).requests).to.equal(1);
  });
});

describe('<uzl-campus-card>: languages', () => {
  afterEach(() => fixtureCleanup());

  const expected = {
    nl: {
      name: 'Stadscampus',
      labels: ['Telefoon:', 'Bezoekuren:'],
      links: ['Bereikbaarheid en voorzieningen', 'Toon op kaart'],
      copy: 'Adres kopiëren',
    },
    en: {
      name: 'Stadscampus (city centre campus)',
      labels: ['Phone:', 'Visiting hours:'],
      links: ['Access and facilities', 'Open in map'],
      copy: 'Copy address',
    },
    fr: {
      name: 'Stadscampus (campus du centre-ville)',
      labels: ['Téléphone\u00a0:', 'Heures de visite\u00a0:'],
      links: ['Accès et équipements', 'Voir sur la carte'],
      copy: 'Copier l’adresse',
    },
  } as const;

  for (const [lang, want] of Object.entries(expected)) {
    it(`speaks ${lang}`, async () => {
      const { el } = await mountSrc(demoFeed(`lang-${lang}`), {
        lang,
        attrs: 'campus="stadscampus"',
      });
      expect(names(el)).to.deep.equal([want.name]);
      expect(
        links(el)
          .slice(1)
          .map((l) => l.text),
      ).to.deep.equal(want.links);
      expect(fold(copyButton(el).textContent)).to.equal(want.copy);

      const { email: _email, ...noEmail } = full;
      const withHours = await mountData({ version: 1, campuses: [noEmail] }, { lang });
      // What a sighted visitor reads: the label and its colon (French puts a space before it),
      // and nothing between them: white space in the label's text renders before the colon
      // ("Phone :"), and screen readers get it too, so the text is taken as it is, not folded.
      const labels = $$(withHours.el, 'dt').map(
        (dt) => dt.textContent + getComputedStyle(dt, '::after').content.replace(/"/g, ''),
      );
      expect(labels).to.deep.equal(want.labels);
    });
  }

  it('changes language live without fetching again', async () => {
    const id = uniqueId('live');
    const { el } = await mountSrc(feedUrl(id, 'ok', { file: DEMO }), {
      lang: 'nl',
      attrs: 'campus="stadscampus"',
    });
    expect(names(el)).to.deep.equal(['Stadscampus']);
    el.parentElement!.lang = 'fr-BE';
    await until(() => names(el)[0] === 'Stadscampus (campus du centre-ville)', 'French');
    expect(fold(copyButton(el).textContent)).to.equal('Copier l’adresse');
    expect((await serverCount(id)).requests).to.equal(1);
  });
});

describe('<uzl-campus-card>: content and links', () => {
  afterEach(() => fixtureCleanup());

  it('links the phone in E.164 and shows it as written', async () => {
    const feed = {
      version: 1,
      campuses: [
        campus(1),
        campus(2, { phone: '016 34 00 00' }),
        campus(3, { phone: '+32 (0)16 33 22 11' }),
        campus(4, { phone: '0032 16 33 22 11' }),
        campus(5, { phone: 'ask at the desk' }),
      ],
    };
    const { el } = await mountData(feed);
    const phones = $$(el, '[part~="phone"]').map((p) => ({
      text: fold(p.textContent),
      href: p.getAttribute('href'),
    }));
    expect(phones).to.deep.equal([
      { text: '+32 16 33 22 11', href: 'tel:+3216332211' },
      { text: '016 34 00 00', href: 'tel:+3216340000' },
      { text: '+32 (0)16 33 22 11', href: 'tel:+3216332211' },
      { text: '0032 16 33 22 11', href: 'tel:+3216332211' },
      { text: 'ask at the desk', href: null },
    ]);
    expect($$(el, '[part~="phone"]')[4]!.tagName).to.equal('SPAN');
    expect(phoneHref('javascript:alert(1)')).to.equal(undefined);
    expect(phoneHref('016 34 00 00', 'XX')).to.equal('tel:016340000');
  });

  it('opens OpenStreetMap at the coordinates, or searches the address without them', async () => {
    const { el } = await mountData({
      version: 1,
      campuses: [
        full,
        campus(2, {
          address: {
            street: 'Kapucijnenvoer 7',
            postalCode: '3000',
            locality: 'Leuven',
            country: 'BE',
          },
        }),
      ],
    });
    const map = (card: number) => links(el, card).find((l) => l.text === 'Open in map')!.href;
    expect(map(0)).to.equal(
      'https://www.openstreetmap.org/?mlat=50.8803&mlon=4.6733#map=17/50.8803/4.6733',
    );
    expect(map(1)).to.equal(
      'https://www.openstreetmap.org/search?query=Kapucijnenvoer%207%2C%203000%20Leuven%2C%20Belgium',
    );
    // No embedded map: nothing is loaded from a third party.
    expect($$(el, 'iframe, script, object, embed')).to.have.length(0);
  });

  it('shows everything the feed has: notice, photo, e-mail, visiting hours, access link', async () => {
    const { el } = await mountData({ version: 1, campuses: [full] }, { lang: 'nl' });
    expect(fold($(el, '[part~="notice"]')!.textContent)).to.equal('Wegenwerken aan de hoofdingang');
    expect(text(el)).to.contain('Bezoekuren');
    expect(text(el)).to.contain('Elke dag van 14 tot 20 uur');
    expect(links(el)).to.deep.equal([
      { text: '+32 16 33 22 11', href: 'tel:+3216332211' },
      { text: 'info@uzleuven.be', href: 'mailto:info@uzleuven.be' },
      {
        text: 'Bereikbaarheid en voorzieningen',
        href: 'https://www.uzleuven.be/nl/ligging-en-bereikbaarheid',
      },
      {
        text: 'Toon op kaart',
        href: 'https://www.openstreetmap.org/?mlat=50.8803&mlon=4.6733#map=17/50.8803/4.6733',
      },
    ]);
    const img = $<HTMLImageElement>(el, 'img[part~="image"]')!;
    expect(img.alt).to.equal('Hoofdingang');
    expect(img.getAttribute('loading')).to.equal('lazy');
  });

  it('leaves out what the feed does not have', async () => {
    const { el } = await mountData({ version: 1, campuses: [campus(1)] });
    expect($(el, '[part~="notice"]')).to.equal(null);
    expect($(el, 'img')).to.equal(null);
    expect($$(el, 'dt').map((dt) => fold(dt.textContent))).to.deep.equal(['Phone']);
    expect(links(el).map((l) => l.text)).to.deep.equal(['+32 16 33 22 11', 'Open in map']);
  });

  it('uses the heading level asked for, within 2 to 6', async () => {
    for (const [value, tag] of [
      [null, 'H3'],
      ['2', 'H2'],
      ['6', 'H6'],
      ['1', 'H2'],
      ['9', 'H6'],
      ['x', 'H3'],
    ] as const) {
      const attrs = value === null ? '' : `heading-level="${value}"`;
      const { el } = await mountData({ version: 1, campuses: [campus(1), campus(2)] }, { attrs });
      expect(
        $$(el, '[part~="name"]').map((h) => h.tagName),
        `heading-level=${value}`,
      ).to.deep.equal([tag, tag]);
    }
  });

  it('puts the photo above the text below 480 px and beside it from 480 px', async () => {
    for (const [width, beside] of [
      [320, false],
      [479, false],
      [480, true],
      [900, true],
    ] as const) {
      const { el } = await mountData(
        { version: 1, campuses: [full] },
        { width, attrs: 'campus="full"' },
      );
      const img = $(el, 'img')!.getBoundingClientRect();
      const name = $(el, '[part~="name"]')!.getBoundingClientRect();
      expect(name.left >= img.right - 1, `${width}px: beside`).to.equal(beside);
      expect(name.top >= img.bottom - 1, `${width}px: above`).to.equal(!beside);
      fixtureCleanup();
    }
  });

  it('lays all campuses out in one column at 320 px and side by side when wide', async () => {
    const left = (el: Element) =>
      new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;
    const narrow = await mountSrc(demoFeed('narrow'), { width: 320 });
    expect(left(narrow.el)).to.equal(1);
    expect(narrow.el.scrollWidth).to.be.at.most(320);
    const wide = await mountSrc(demoFeed('wide'), { width: 1200 });
    expect(left(wide.el)).to.equal(3);
  });

  it('keeps links and buttons at least 24 × 24 px', async () => {
    const { el } = await mountData({ version: 1, campuses: [full] }, { width: 320 });
    for (const target of $$(el, 'a, button')) {
      const box = target.getBoundingClientRect();
      expect(box.width, fold(target.textContent)).to.be.at.least(24);
      expect(box.height, fold(target.textContent)).to.be.at.least(24);
    }
  });
});

describe('<uzl-campus-card>: Copy address', () => {
  afterEach(() => fixtureCleanup());

  /** Replaces `navigator.clipboard.writeText` for one test. */
  function stubClipboard(write: (text: string) => Promise<void>): () => void {
    const clipboard = navigator.clipboard;
    const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    Object.defineProperty(clipboard, 'writeText', { value: write, configurable: true });
    return () => {
      if (own) Object.defineProperty(clipboard, 'writeText', own);
      else delete (clipboard as { writeText?: unknown }).writeText;
    };
  }

  it('copies the address and says so beside the button and in the live region', async () => {
    const copied: string[] = [];
    const restore = stubClipboard((value) => {
      copied.push(value);
      return Promise.resolve();
    });
    try {
      const { el } = await mountData({ version: 1, campuses: [full] }, { lang: 'nl' });
      const note = copyNote(el);
      expect(note.textContent).to.equal('');
      copyButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => fold(note.textContent) !== '', 'the note');
      expect(copyNote(el)).to.equal(note);
      expect(fold(note.textContent)).to.equal('Adres gekopieerd.');
      expect(announced(el)).to.equal('Adres gekopieerd.');
      expect(copied).to.deep.equal(['Herestraat 49, 3000 Leuven, België']);
      expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      restore();
    }
  });

  it('tells the visitor to copy it themselves when the clipboard is refused', async () => {
    const restore = stubClipboard(() =>
      Promise.reject(new DOMException('Denied', 'NotAllowedError')),
    );
    try {
      const { el } = await mountData({ version: 1, campuses: [full] }, { lang: 'fr' });
      copyButton(el).click();
      await until(() => fold(copyNote(el).textContent) !== '', 'the note');
      expect(fold(copyNote(el).textContent)).to.equal(
        'L’adresse n’a pas pu être copiée. Sélectionnez-la et copiez-la vous-même.',
      );
    } finally {
      restore();
    }
  });

  // A real paste (Ctrl+V in a field) reads the clipboard in every lane: Chromium refuses
  // navigator.clipboard.readText() without a permission, WebKit without a paste prompt.
  it('really writes to the clipboard from the keyboard', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    try {
      // Something else on the clipboard first, copied as a visitor does: only the widget's
      // own write can put the address there.
      field.value = 'not the address';
      field.focus();
      field.select();
      await pressKeys('Control', 'c');
      const { el } = await mountSrc(demoFeed('real-copy'), { attrs: 'campus="gasthuisberg"' });
      copyButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => fold(copyNote(el).textContent) !== '', 'the note');
      expect(fold(copyNote(el).textContent)).to.equal('Address copied.');
      field.value = '';
      field.focus();
      await pressKeys('Control', 'v');
      await until(() => field.value !== '', 'the paste');
      expect(field.value).to.equal('Herestraat 49, 3000 Leuven, Belgium');
    } finally {
      field.remove();
    }
  });

  it('announces a second copy again and clears the note after a while', async () => {
    const restore = stubClipboard(async () => {});
    try {
      const { el } = await mountData({ version: 1, campuses: [campus(1), campus(2)] });
      copyButton(el, 1).click();
      await until(() => fold(copyNote(el, 1).textContent) === 'Address copied.', 'the note');
      expect(fold(copyNote(el, 0).textContent)).to.equal('');
      expect(announced(el)).to.equal('Address copied.');
      // The live region is emptied before it says the same words again, or it would say nothing.
      const region = $(el, '.visually-hidden[aria-live="polite"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(fold(region.textContent)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      copyButton(el, 1).click();
      await until(() => said.at(-1) === 'Address copied.', 'the announcement again');
      observer.disconnect();
      expect(said).to.deep.equal(['', 'Address copied.']);
      expect(fold(copyNote(el, 1).textContent)).to.equal('Address copied.');
      await until(() => fold(copyNote(el, 1).textContent) === '', 'the note to go', 9000);
    } finally {
      restore();
    }
  });
});

describe('<uzl-campus-card>: keyboard', () => {
  afterEach(() => fixtureCleanup());

  it('reaches every link and button in reading order', async () => {
    const { el } = await mountData({ version: 1, campuses: [full, campus(2)] });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 9; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(fold(focused()?.textContent));
    }
    expect(stops).to.deep.equal([
      '+32 16 33 22 11',
      'info@uzleuven.be',
      'Access and facilities',
      'Open in map',
      'Copy address',
      '+32 16 33 22 11',
      'Open in map',
      'Copy address',
      'after',
    ]);
  });

  it('shows a focus ring on the actions', async () => {
    const { el } = await mountData({ version: 1, campuses: [campus(1)] });
    copyButton(el).focus();
    await pressKeys('Shift', 'Tab');
    const style = getComputedStyle(focused()!);
    expect(fold(focused()!.textContent)).to.equal('Open in map');
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<uzl-campus-card>: accessibility (axe)', () => {
  afterEach(() => fixtureCleanup());

  // Loading, empty, error and the demo feed are checked in every language by the shared suite.
  for (const lang of ['nl', 'en', 'fr']) {
    it(`is clean with every field, the copy note and an unknown campus, in ${lang}`, async () => {
      const one = await mountData(
        { version: 1, campuses: [full, campus(2)] },
        { lang, attrs: 'campus="full"', width: 700 },
      );
      await expect(one.el).to.be.accessible();

      const grid = await mountData(
        { version: 1, campuses: [full, campus(2), campus(3)] },
        { lang, width: 1100 },
      );
      copyButton(grid.el).click();
      await until(() => fold(copyNote(grid.el).textContent) !== '', 'the note');
      await expect(grid.el).to.be.accessible();

      const { result: unknown } = await collectWarnings(() =>
        mountData(
          { version: 1, campuses: [campus(1)] },
          { lang, attrs: 'campus="nope"' },
          'uzl-error',
        ),
      );
      await expect(unknown.el).to.be.accessible();
    });
  }
});

// ---- the contract every feed widget keeps ----------------------------------------------------

runFeedElementSuite({
  tag: 'uzl-campus-card',
  demo: DEMO,
  fallbackHtml: FALLBACK,
  emptyFeed: () => ({ version: 1, campuses: [] }),
  emptyText: {
    nl: 'Er is momenteel geen campusinformatie.',
    en: 'No campus information at the moment.',
    fr: 'Aucune information sur les campus pour le moment.',
  },
  variants: [
    { name: 'one campus', attrs: 'campus="gasthuisberg"', widths: [320, 800], count: 1 },
    { name: 'all campuses', widths: [320, 700, 1200], count: 3 },
  ],
  reserve: [0.8, 1.25],
  hostile: {
    feed() {
      const campuses: Campus[] = HOSTILE_TEXT.map((payload, i) =>
        campus(i + 1, {
          name: payload,
          address: { street: payload, postalCode: payload, locality: payload, country: 'BE' },
          phone: `${payload} javascript:window.__pwned=1`,
          url: HOSTILE_URLS[i],
          image: { src: HOSTILE_URLS[i]!, alt: payload },
          visitingHours: payload,
          notice: { en: payload },
          email: `a@b.be?body=${encodeURIComponent(payload)}`,
        }),
      );
      campuses.push(campus(9, { url: HOSTILE_URLS[3], phone: 'javascript:window.__pwned=1' }));
      return { version: 1, campuses };
    },
    // The map link and the e-mail are the only URLs the card makes.
    urls: /^(https:\/\/www\.openstreetmap\.org\/|mailto:)/,
    check(el) {
      expect(cards(el)).to.have.length(4);
      expect($$(el, 'img')).to.have.length(0);
      expect($$(el, '[part~="phone"][href]')).to.have.length(0);
      // The map search takes the hostile address as a query string, encoded.
      const search = links(el, 0).find((l) => l.text === 'Open in map')!.href!;
      expect(new URL(search).searchParams.get('query')).to.contain(HOSTILE_TEXT[0]);
      copyButton(el).click();
    },
  },
});
