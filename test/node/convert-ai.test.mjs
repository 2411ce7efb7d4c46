// `uzl-widgets convert ai`, the built command run as a publisher runs it, on real exports
// (test/fixtures/convert/ai/README.md says where each comes from): CSL-JSON from Zotero,
// BibTeX from Zotero's Better BibTeX, RIS from PubMed through Zotero and EndNote and from
// ProQuest. Each publication must come out as the widget shows it: the title decoded, authors
// as "Family Initials", journal, year, the DOI without its resolver. Needs a current dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, ROOT } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-ai.test.mjs');
const DIR = 'test/fixtures/convert/ai';
const OUT = mkdtempSync(join(tmpdir(), 'uzl-convert-ai-'));
const DOMAINS = ['--domains', `${DIR}/domains.csv`];
let outputs = 0;

/** Runs `convert ai … --json` into a new file; resolves with the report and the feed written. */
function convert(...args) {
  const output = join(OUT, `feed-${++outputs}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'convert', 'ai', ...args, '-o', output, '--json'],
      { cwd: ROOT },
      (error, stdout) => {
        const feed = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
        resolve({ code: error ? error.code : 0, report: JSON.parse(stdout), feed });
      },
    );
  });
}

const publication = (feed, domain, doi) =>
  feed.domains.find((d) => d.id === domain).publications.find((p) => p.doi === doi);

test('BibTeX from Better BibTeX: LaTeX decoded, capitals unprotected, names as the widget shows them', async () => {
  const { code, feed } = await convert(`domain=physical-medicine:${DIR}/better-bibtex-excerpt.bib`);
  assert.equal(code, 0);
  assert.deepEqual(publication(feed, 'physical-medicine', '10.1111/j.1445-2197.2007.04330.x'), {
    id: '10.1111/j.1445-2197.2007.04330.x',
    title: 'Paré and Prosthetics: The Early History of Artificial Limbs',
    authors: ['Thurston AJ'],
    journal: 'ANZ Journal of Surgery',
    year: 2007,
    doi: '10.1111/j.1445-2197.2007.04330.x',
    language: 'en',
  });
  const iris = publication(feed, 'physical-medicine', '10.1007/s00417-012-2006-8');
  assert.deepEqual(iris.authors.slice(4), [
    'van Rijn LJ',
    'Coppens JE',
    'van den Berg TJTP',
    'Emesz M',
    'Grabner G',
  ]);
  const titles = feed.domains[0].publications.map((p) => p.title);
  assert.ok(
    titles.includes(
      'A 60 Kb/s–10 Mb/s Adaptive Frequency Hopping Transceiver for Interference-Resilient Body Channel Communication',
    ),
  );
  assert.ok(titles.some((t) => t.includes('Empty Open—Close—Clench Cycle')));
  assert.equal(
    publication(feed, 'physical-medicine', '10.1109/TBME.2009.2015873').authors[2],
    'Tröster G',
  );
});

test('CSL-JSON from Zotero: fields, rich-text-free titles, ISO 639-2 languages as BCP 47', async () => {
  const { code, feed } = await convert(
    `domain=laboratory-medicine:${DIR}/zotero-deep-review.csl.json`,
  );
  assert.equal(code, 0);
  const review = publication(feed, 'laboratory-medicine', '10.1093/bib/bbw110');
  assert.equal(
    review.title,
    'A review of validation strategies for computational drug repositioning',
  );
  assert.deepEqual(review.authors, ['Brown AS', 'Patel CJ']);
  assert.equal(review.journal, 'Briefings in Bioinformatics');
  assert.equal(review.year, 2016);
  assert.match(review.url, /^https:\/\/academic\.oup\.com\//);
  const slovenian = feed.domains[0].publications.find((p) => p.title.startsWith('Globoko ucenje'));
  assert.equal(slovenian.language, 'sl', 'CSL "slv" is the BCP 47 tag "sl"');
  assert.equal(feed.domains[0].publications.length, 36);
});

test('RIS from PubMed through Zotero and through EndNote: the year from PY, not EndNote\'s "Mar 1"', async () => {
  const { code, feed, report } = await convert(
    `domain=gastroenterology-hepatology:${DIR}/pubmed-via-zotero.ris`,
    `domain=gastroenterology-hepatology:${DIR}/pubmed-via-endnote.txt`,
  );
  assert.equal(code, 0);
  assert.equal(feed.domains.length, 1, 'one domain given by two inputs is one domain');
  assert.equal(feed.domains[0].publications.length, 12);
  const d = 'gastroenterology-hepatology';
  assert.deepEqual(publication(feed, d, '10.1007/s10151-019-02080-0'), {
    id: '10.1007/s10151-019-02080-0',
    title:
      'Outcomes of inflammatory bowel disease surgery in obese versus non-obese patients: a meta-analysis.',
    authors: ['Hicks G', 'Abdulaal A', 'Slesser AAP', 'Mohsen Y'],
    journal: 'Techniques in coloproctology',
    year: 2019,
    doi: '10.1007/s10151-019-02080-0',
    language: 'en',
  });
  assert.equal(publication(feed, d, '10.2165/11586800-000000000-00000').year, 2011);
  assert.equal(publication(feed, d, '10.5650/jos.ess17184').year, 2018);
  assert.ok(report.notes.some((n) => n.endsWith('pubmed-via-endnote.txt: RIS, 6 publications')));
});

test('RIS from ProQuest: DOIs given as dx.doi.org links keep only the DOI', async () => {
  const { code, feed } = await convert(`domain=psychiatry:${DIR}/proquest.ris`);
  assert.equal(code, 0);
  const first = feed.domains[0].publications[0];
  assert.equal(first.doi, '10.1002/jts.22387');
  assert.equal(first.id, '10.1002/jts.22387');
  assert.match(first.url, /^https:\/\/search\.proquest\.com\/docview\//);
  assert.ok(feed.domains[0].publications.every((p) => /^10\.\d{4,9}\//.test(p.doi)));
});

test('domains in command-line order, labelled per language from domains.csv; a missing label says so', async () => {
  const { code, feed, report } = await convert(
    `domain=psychiatry:${DIR}/proquest.ris`,
    `domain=oncology:${DIR}/pubmed-via-zotero.ris`,
    `domain=physical-medicine:${DIR}/better-bibtex-excerpt.bib`,
    ...DOMAINS,
  );
  assert.equal(code, 0);
  assert.deepEqual(
    feed.domains.map((d) => [d.id, d.label]),
    [
      ['psychiatry', { nl: 'Psychiatrie', en: 'Psychiatry', fr: 'Psychiatrie' }],
      ['oncology', 'oncology'],
      [
        'physical-medicine',
        {
          nl: 'Fysische geneeskunde en revalidatie',
          en: 'Physical medicine and rehabilitation',
          fr: 'Médecine physique et réadaptation',
        },
      ],
    ],
  );
  assert.ok(
    report.notes.includes(`domain oncology: no label in ${DIR}/domains.csv, labelled by its id`),
  );
  assert.deepEqual(feed.news, [], 'no news inputs: no news');
});

test('without --domains every domain is labelled by its id, and the note says so', async () => {
  const { feed, report } = await convert(`domain=psychiatry:${DIR}/proquest.ris`);
  assert.equal(feed.domains[0].label, 'psychiatry');
  assert.ok(report.notes.includes('no --domains: each domain is labelled by its id'));
});

test('the same publications twice in a domain are one each (by DOI), and the note counts the copies', async () => {
  const { code, feed, report } = await convert(
    `domain=gastroenterology-hepatology:${DIR}/pubmed-via-zotero.ris`,
    `domain=gastroenterology-hepatology:${DIR}/pubmed-via-zotero.ris`,
    `domain=laboratory-medicine:${DIR}/zotero-deep-review.csl.json`,
    `domain=laboratory-medicine:${DIR}/zotero-deep-review.csl.json`,
  );
  assert.equal(code, 0);
  assert.deepEqual(
    feed.domains.map((d) => d.publications.length),
    [6, 36],
  );
  assert.ok(
    report.notes.some((n) =>
      n.endsWith('RIS, 0 publications; 6 copies of one already in the domain left out'),
    ),
  );
});

test('an input that is not a bibliography exits 2 and writes nothing', async () => {
  for (const input of [
    `${DIR}/domains.csv`,
    'test/fixtures/feeds/ai-publications/valid-full.json',
  ]) {
    const { code, feed, report } = await convert(`domain=psychiatry:${input}`);
    assert.equal(code, 2, input);
    assert.equal(feed, undefined);
    assert.equal(report.result, 'unreadable');
    assert.match(report.message, /not (a bibliography convert reads|CSL-JSON)/);
  }
});

test('--json reports what was written and how each input was read', async () => {
  const { code, report } = await convert(`domain=psychiatry:${DIR}/proquest.ris`, ...DOMAINS);
  assert.equal(code, 0);
  assert.equal(report.result, 'written');
  assert.equal(report.kind, 'ai-publications');
  assert.deepEqual(report.notes, [`domain=psychiatry:${DIR}/proquest.ris: RIS, 6 publications`]);
});
