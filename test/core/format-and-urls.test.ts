// Formatting, text picking and URL safety: the small helpers every widget leans on.
import { expect } from '@open-wc/testing';
import {
  countText,
  formatFeedDate,
  formatNumber,
  isValidTimeZone,
  parseFeedDate,
} from '../../src/core/format.js';
import { pickText } from '../../src/core/localized-text.js';
import { safeLink, safeUrl } from '../../src/core/safe-url.js';

describe('numbers', () => {
  it('writes 782208 as each language does', () => {
    expect(formatNumber(782208, 'nl')).to.equal('782.208');
    // French groups with a narrow no-break space.
    expect(formatNumber(782208, 'fr')).to.equal('782\u202f208');
    expect(formatNumber(782208, 'en')).to.equal('782,208');
  });

  it('has compact forms per language', () => {
    // CLDR's own compact patterns: "782K" or "782k" (en-GB), "782K" (nl-BE), "782 k" (fr-BE).
    expect(formatNumber(782208, 'en', { notation: 'compact' })).to.match(/^782[kK]$/);
    expect(formatNumber(782208, 'nl', { notation: 'compact' })).to.match(/^782\s?K$/);
    expect(formatNumber(782208, 'fr', { notation: 'compact' })).to.match(/^782\s?k$/);
    expect(formatNumber(1_234_567, 'fr', { notation: 'compact' })).to.match(/^1,2\s?M$/);
  });

  it('counts in words by each language’s plural rules, the number in its style', () => {
    const events = (count: number, lang: 'nl' | 'fr' | 'en') =>
      countText(
        count,
        lang,
        (n) => `${n} one`,
        (n) => `${n} other`,
      );
    expect(events(1, 'en')).to.equal('1 one');
    expect(events(0, 'en')).to.equal('0 other');
    // French counts 0 (and 1.5) as one; Dutch does not.
    expect(events(0, 'fr')).to.equal('0 one');
    expect(events(0, 'nl')).to.equal('0 other');
    expect(events(1204, 'nl')).to.equal('1.204 other');
  });
});

describe('dates', () => {
  it('writes a day in each language', () => {
    const day = parseFeedDate('2025-12-18')!;
    expect(formatFeedDate(day, 'nl')).to.equal('18 december 2025');
    expect(formatFeedDate(day, 'fr')).to.equal('18 décembre 2025');
    expect(formatFeedDate(day, 'en')).to.equal('18 December 2025');
  });

  it('keeps a calendar day on its day in any time zone', () => {
    const day = parseFeedDate('2026-01-09')!;
    expect(formatFeedDate(day, 'en', undefined, 'Pacific/Honolulu')).to.equal('9 January 2026');
    expect(formatFeedDate(day, 'en', undefined, 'Pacific/Kiritimati')).to.equal('9 January 2026');
  });

  it('shows a date-time in Brussels time by default, across daylight saving', () => {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
    expect(formatFeedDate(parseFeedDate('2026-01-09T13:00:00Z')!, 'nl', options)).to.equal('14:00');
    expect(formatFeedDate(parseFeedDate('2026-07-09T13:00:00Z')!, 'nl', options)).to.equal('15:00');
    expect(formatFeedDate(parseFeedDate('2026-07-09T13:00:00Z')!, 'en', options, 'UTC')).to.equal(
      '13:00',
    );
  });

  it('rejects what is not a date', () => {
    expect(parseFeedDate('not a date')).to.equal(undefined);
    expect(parseFeedDate('2025-13-45')).to.equal(undefined);
    expect(isValidTimeZone('Europe/Brussels')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
  });
});

describe('localized text', () => {
  const text = { nl: 'Nieuws', en: 'News', fr: 'Actualités' };
  it('picks the language, then en, nl, fr, then anything present', () => {
    expect(pickText(text, 'fr')).to.equal('Actualités');
    expect(pickText({ nl: 'Nieuws', en: 'News' }, 'fr')).to.equal('News');
    expect(pickText({ nl: 'Nieuws', fr: 'Actualités' }, 'en')).to.equal('Nieuws');
    expect(pickText({ fr: 'Actualités' }, 'nl')).to.equal('Actualités');
    expect(pickText({ de: 'Nachrichten' } as never, 'nl')).to.equal('Nachrichten');
    expect(pickText('Plain', 'nl')).to.equal('Plain');
    expect(pickText(undefined, 'nl')).to.equal('');
  });
});

describe('safe URLs', () => {
  const base = 'https://feeds.example.org/uz/news.json';

  it('keeps http(s) links and resolves relative ones against the feed', () => {
    expect(safeUrl('https://www.uzleuven.be/nl', 'link', base)).to.equal(
      'https://www.uzleuven.be/nl',
    );
    expect(safeUrl('/nl/nieuws', 'link', base)).to.equal('https://feeds.example.org/nl/nieuws');
    expect(safeUrl('img/a.jpg', 'image', base)).to.equal('https://feeds.example.org/uz/img/a.jpg');
  });

  it('allows mailto: and tel: for links only', () => {
    expect(safeUrl('tel:+3216332211', 'link', base)).to.equal('tel:+3216332211');
    expect(safeUrl('mailto:info@uzleuven.be', 'link', base)).to.equal('mailto:info@uzleuven.be');
    expect(safeUrl('tel:+3216332211', 'image', base)).to.equal(undefined);
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'blob:https://example.org/x',
  ];
  for (const url of hostile) {
    it(`drops ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, 'link', base)).to.equal(undefined);
      expect(safeUrl(url, 'image', base)).to.equal(undefined);
    });
  }

  it('keeps entity-encoded schemes harmless: they stay relative paths', () => {
    const url = safeUrl('javascript&colon;alert(1)', 'link', base)!;
    expect(new URL(url).protocol).to.equal('https:');
  });

  it('drops what is not a string or is empty', () => {
    for (const value of [undefined, null, 42, {}, '', '   '])
      expect(safeUrl(value, 'link', base)).to.equal(undefined);
  });

  it('picks a link per language as texts are picked, then keeps it only if it is safe', () => {
    const url = { nl: '/nl/nieuws/a', fr: 'https://www.uzleuven.be/fr/a' };
    expect(safeLink(url, 'nl', base)).to.equal('https://feeds.example.org/nl/nieuws/a');
    expect(safeLink(url, 'fr', base)).to.equal('https://www.uzleuven.be/fr/a');
    // en, then nl, then fr: as the title shown beside it is picked.
    expect(safeLink(url, 'en', base)).to.equal('https://feeds.example.org/nl/nieuws/a');
    expect(safeLink('/all', 'fr', base)).to.equal('https://feeds.example.org/all');
    expect(safeLink(undefined, 'nl', base)).to.equal(undefined);
    // The language's own address is dropped, not replaced by another language's.
    const hostile = { nl: 'javascript:alert(1)', en: 'https://www.uzleuven.be/en/a' };
    expect(safeLink(hostile, 'nl', base)).to.equal(undefined);
    expect(safeLink(hostile, 'fr', base)).to.equal('https://www.uzleuven.be/en/a');
  });
});
