// `uzl-widgets convert news`, run as a site's editor runs it: the built dist/cli.js on real
// feeds (WordPress RSS and Atom, a Drupal RSS, a Jekyll Atom, a JSON Feed from the `feed`
// package; test/fixtures/convert/news/README.md says where each comes from) and on hostile
// ones. The merge of one input per language is asserted on what readNewsItems returns, bundled
// from src/ with esbuild: until the schema lets `url` and `moreUrl` be one per language, the
// command rightly refuses to write a feed whose languages link to different pages.
// Needs a current dist/ (`npm run build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';
import { builtCli, ROOT } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-news.test.mjs');
const FIXTURES = 'test/fixtures/convert/news';
const fixture = (name) => `${FIXTURES}/${name}`;
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'uzl-convert-news-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `convert news …` writing to a fresh file; resolves with its exit code, output and feed. */
function convert(...args) {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'convert', 'news', ...args, '-o', out],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        let feed;
        try {
          feed = JSON.parse(readFileSync(out, 'utf8'));
        } catch {
          feed = undefined;
        }
        resolve({ code: error ? error.code : 0, stdout, stderr, feed });
      },
    );
  });
}

const titles = (feed, lang) => feed.items.map((item) => item.title[lang]);
/** Every text a visitor could read in the feed. */
const texts = (feed) =>
  feed.items.flatMap((item) => [
    ...Object.values(item.title ?? {}),
    ...Object.values(item.summary ?? {}),
    ...Object.values(item.image?.alt ?? {}),
  ]);
const MARKUP = /<\/?[a-z][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i;

describe('convert news: real feeds', () => {
  test('WordPress RSS 2.0: titles, days, plain summaries, absolute links, the enclosure', async () => {
    const { code, stdout, feed } = await convert(fixture('wordpress-nl.rss'));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /wordpress-nl\.rss: RSS 2\.0, 4 items in nl/);
    assert.deepEqual(titles(feed, 'nl'), [
      'Ziekenhuis & universiteit openen samen een leercentrum',
      'Onderzoek naar slaap bij kinderen',
      'Q&A: wat verandert er voor bezoekers?',
      'Nieuw gebouw voor de spoedgevallendienst',
    ]);
    assert.deepEqual(
      feed.items.map((item) => item.date),
      ['2025-06-03', '2025-05-20', '2025-04-02', '2025-03-12'],
    );
    for (const text of texts(feed)) assert.doesNotMatch(text, MARKUP);
    // WordPress's automatic excerpt, cut mid-sentence with [&#8230;], becomes whole sentences.
    const qa = feed.items[2].summary.nl;
    assert.ok(qa.endsWith('die aan elke ingang ligt.'), qa);
    assert.ok(qa.length <= 300);
    assert.ok(!qa.includes('document.title'));
    for (const item of feed.items) assert.match(item.url, /^https:\/\/www\.example\.org\/nl\//);
    assert.deepEqual(feed.items[3].image, {
      src: 'https://www.example.org/wp-content/uploads/2025/03/spoed.jpg',
      alt: { nl: 'Nieuw gebouw voor de spoedgevallendienst' },
    });
    assert.equal(feed.moreUrl, 'https://www.example.org/');
  });

  test('WordPress Atom gives the same items as its RSS', async () => {
    const [rss, atom] = await Promise.all([
      convert(fixture('wordpress-nl.rss')),
      convert(fixture('wordpress-nl.atom')),
    ]);
    assert.equal(atom.code, 0, atom.stdout);
    assert.deepEqual(titles(atom.feed, 'nl'), titles(rss.feed, 'nl'));
    assert.deepEqual(
      atom.feed.items.map(({ date, url, image }) => ({ date, url, image })),
      rss.feed.items.map(({ date, url, image }) => ({ date, url, image })),
    );
  });

  test("Jekyll Atom: the day in the feed's own offset, media:thumbnail, no script", async () => {
    const { code, stdout, feed } = await convert(fixture('jekyll-fr.atom'));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Atom 1\.0, 3 items in fr/);
    // Published 2025-03-30T00:30:00+01:00: the 30th in Brussels, still the 29th in UTC.
    assert.equal(feed.items[2].date, '2025-03-30');
    assert.equal(
      feed.items[1].image.src,
      'https://actualites.example.be/fr/assets/images/salle.jpg',
    );
    assert.equal(feed.items[0].title.fr, 'Don de sang : « chaque don compte »');
    for (const text of texts(feed)) assert.ok(!text.includes('alert'), text);
  });

  test('Drupal RSS: xml:base, escaped HTML made text, guids as ids', async () => {
    const { code, stdout, feed } = await convert(fixture('drupal-org-en.rss'));
    assert.equal(code, 0, stdout);
    assert.equal(feed.items[0].id, '3623898 at https://www.drupal.org');
    assert.equal(feed.items[0].url, 'https://www.drupal.org/sa-contrib-2026-184');
    // `&amp;lt;3.0.4` in the XML is the text "<3.0.4", not a tag.
    assert.match(feed.items[0].summary.en, /Affected versions:\n<3\.0\.4\n/);
    assert.match(feed.items[1].summary.en, /CKEditor's security advisory\.$/);
    for (const text of texts(feed)) assert.doesNotMatch(text, /<\/?(?:div|p|a)\b|&quot;|&#039;/);
  });

  test('JSON Feed 1.0 without a language: exit 1 naming it; with en: its items', async () => {
    const missing = await convert(fixture('feed-npm-en.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /feed-npm-en\.json: say its language: put nl:, en: or fr:/);
    assert.equal(missing.feed, undefined);
    const { code, stdout, feed } = await convert(`en:${fixture('feed-npm-en.json')}`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /JSON Feed 1\.0, 3 items in en/);
    // A relative url resolves against the feed's feed_url when the input is a file.
    assert.equal(feed.items[1].url, 'https://news.example.com/en/2025/06/parking');
    assert.equal(
      feed.items[1].summary.en,
      'From 1 July the first half hour is free; after that, €1.50 per hour.',
    );
    assert.equal(feed.items[0].image.src, 'https://news.example.com/media/night-visits.jpg');
    const viaLang = await convert(fixture('feed-npm-en.json'), '--lang', 'en');
    assert.equal(viaLang.code, 0);
  });

  test('JSON Feed 1.1 with its own language and offset', async () => {
    const { code, stdout, feed } = await convert(fixture('json-feed-1.1-nl.json'));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /JSON Feed 1\.1, 2 items in nl/);
    assert.equal(feed.items[0].date, '2025-06-19');
    assert.equal(feed.items[0].summary.nl, 'Ouders mogen voortaan ’s nachts bij hun kind blijven.');
  });
});

describe('convert news: hostile and broken input', () => {
  test('script dropped, javascript: link and data: image left out with a note, xml:base nested', async () => {
    const { code, stdout, feed } = await convert(fixture('hostile.rss'));
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /item 1: its link "javascript:alert\(document\.cookie\)" is not an http\(s\) address: left out/,
    );
    assert.match(
      stdout,
      /item 1: its image "data:image\/png;base64,AAAA" is not an http\(s\) address: left out/,
    );
    const [first, second] = feed.items;
    assert.equal(first.url, undefined);
    assert.equal(first.image, undefined);
    assert.equal(first.summary.en, 'Before after ’s bold');
    // 00:30 at +0200 on 4 June is 3 June in UTC: the feed's own day is kept.
    assert.equal(first.date, '2025-06-04');
    assert.equal(second.date, '2025-06-03');
    assert.equal(second.url, 'https://hostile.example.net/news/items/2025/second.html');
    assert.deepEqual(second.image, {
      src: 'https://hostile.example.net/news/img/wide.jpg',
      alt: { en: 'A wide picture' },
      width: 1200,
      height: 630,
    });
  });

  test('a billion laughs is refused, not expanded', async () => {
    const started = Date.now();
    const { code, stderr, feed } = await convert(fixture('billion-laughs.rss'));
    assert.equal(code, 2);
    assert.match(stderr, /billion-laughs\.rss: declares its own XML entities/);
    assert.equal(feed, undefined);
    assert.ok(Date.now() - started < 5000);
  });

  test('what is not a feed: exit 2 saying what it is', async () => {
    const page = await convert(fixture('not-a-feed.html'));
    assert.equal(page.code, 2);
    assert.match(page.stderr, /not-a-feed\.html: is a web page, not a feed/);
    const json = await convert('en:package.json');
    assert.equal(json.code, 2);
    assert.match(json.stderr, /package\.json: is JSON but not a JSON Feed/);
    const xml = await convert('en:custom-elements.json');
    assert.equal(xml.code, 2);
    const svg = join(dir, 'picture.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const notFeed = await convert(`en:${svg}`);
    assert.equal(notFeed.code, 2);
    assert.match(
      notFeed.stderr,
      /is XML but not RSS 2\.0, Atom 1\.0 or JSON Feed: its root is <svg>/,
    );
  });

  test('a huge feed converts whole, summaries kept short', async () => {
    const item = (n) =>
      `<item><title>Item ${n}</title><link>https://example.org/${n}</link><pubDate>Mon, 02 Jun 2025 10:00:00 +0200</pubDate><description>${'&lt;p&gt;A sentence of some length about the news. &lt;/p&gt;'.repeat(40)}</description></item>`;
    const huge = join(dir, 'huge.rss');
    const items = Array.from({ length: 5000 }, (_, n) => item(n)).join('\n');
    writeFileSync(
      huge,
      `<rss version="2.0"><channel><title>Huge</title><link>https://example.org/</link><language>en</language>${items}</channel></rss>`,
    );
    const { code, feed } = await convert(huge);
    assert.equal(code, 0);
    assert.equal(feed.items.length, 5000);
    assert.ok(feed.items.every((i) => i.summary.en.length <= 300));
  });

  test('--json reports the result, the exit code and the notes', async () => {
    const out = join(dir, 'json.json');
    const stdout = await new Promise((resolve) =>
      execFile(
        process.execPath,
        [BIN, 'convert', 'news', fixture('hostile.rss'), '-o', out, '--json'],
        { cwd: ROOT },
        (_e, s) => resolve(s),
      ),
    );
    const report = JSON.parse(stdout);
    assert.equal(report.result, 'written');
    assert.equal(report.exitCode, 0);
    assert.equal(report.kind, 'news');
    assert.ok(report.notes.some((note) => note.includes('javascript:')));
  });
});

describe('convert news: one input per language', () => {
  let readNewsItems;
  before(async () => {
    const outfile = join(dir, 'news-items.mjs');
    await build({
      entryPoints: [join(ROOT, 'src/cli/convert/news/news-items.ts')],
      outfile,
      ...NODE_BUNDLE,
      logLevel: 'warning',
    });
    ({ readNewsItems } = await import(pathToFileURL(outfile).href));
  });
  const source = (lang, name) => ({
    spec: { given: `${lang}:${name}`, source: fixture(name), lang },
    text: readFileSync(join(ROOT, fixture(name)), 'utf8'),
    url: pathToFileURL(join(ROOT, fixture(name))).href,
  });

  test('WPML-style translations meet by their link without /nl/ or /fr/', async () => {
    const { items, homePage, notes } = await readNewsItems(
      [source('nl', 'wordpress-nl.rss'), source('fr', 'wordpress-fr.rss')],
      {},
    );
    assert.deepEqual(notes.slice(0, 2), [
      'nl:wordpress-nl.rss: RSS 2.0, 4 items in nl',
      'fr:wordpress-fr.rss: RSS 2.0, 3 items in fr',
    ]);
    assert.equal(items.length, 4);
    const building = items[3];
    assert.deepEqual(building.title, {
      nl: 'Nieuw gebouw voor de spoedgevallendienst',
      fr: 'Un nouveau bâtiment pour les urgences',
    });
    assert.equal(
      building.summary.fr,
      'Le nouveau bâtiment ouvre au printemps. Les patients entrent par la Herestraat, les ambulances par l’arrière.',
    );
    assert.deepEqual(building.url, {
      nl: 'https://www.example.org/nl/2025/03/nieuw-gebouw-voor-de-spoedgevallendienst/',
      fr: 'https://www.example.org/fr/2025/03/nieuw-gebouw-voor-de-spoedgevallendienst/',
    });
    assert.deepEqual(building.image.alt, {
      nl: 'Nieuw gebouw voor de spoedgevallendienst',
      fr: 'Un nouveau bâtiment pour les urgences',
    });
    // The id is the first input's: stable from run to run.
    assert.equal(
      building.id,
      'https://www.example.org/nl/2025/03/nieuw-gebouw-voor-de-spoedgevallendienst/',
    );
    // Only in Dutch: it stays, in Dutch only.
    assert.deepEqual(Object.keys(items[0].title), ['nl']);
    assert.equal(typeof items[0].url, 'string');
    assert.deepEqual(homePage, {
      nl: 'https://www.example.org/',
      fr: 'https://www.example.org/fr/',
    });
  });

  test('the same guid or the same link merges; one link for all stays one string', async () => {
    const nl = source('nl', 'drupal-org-en.rss');
    const fr = source('fr', 'drupal-org-en.rss');
    fr.text = fr.text.replace('Drupal core - Moderately', 'Cœur de Drupal - Modérément');
    const { items, homePage } = await readNewsItems([nl, fr], {});
    assert.equal(items.length, 2);
    assert.deepEqual(Object.keys(items[1].title), ['nl', 'fr']);
    assert.equal(items[1].url, 'https://www.drupal.org/sa-core-2026-013');
    assert.equal(typeof homePage, 'string');
  });

  test('different translations of a slug stay separate items', async () => {
    const nl = source('nl', 'wordpress-nl.rss');
    const fr = source('fr', 'wordpress-fr.rss');
    fr.text = fr.text.replaceAll(
      'nieuw-gebouw-voor-de-spoedgevallendienst',
      'nouveau-batiment-urgences',
    );
    const { items } = await readNewsItems([nl, fr], {});
    assert.equal(items.length, 5);
  });

  test('the same item twice in one language is kept once', async () => {
    const { items, notes } = await readNewsItems(
      [source('nl', 'wordpress-nl.rss'), source('nl', 'wordpress-nl.atom')],
      {},
    );
    assert.equal(items.length, 4);
    assert.ok(notes.some((note) => /is there twice: kept once/.test(note)));
  });
});
