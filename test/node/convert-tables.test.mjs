// `uzl-widgets convert stats` and `convert campuses` from a spreadsheet's CSV export, run as a
// communications team's script runs them: the built command (dist/cli.js) in a child process.
// The real fixtures are LibreOffice Calc's exports of one sheet as a Belgian Dutch office and
// an English one write them (test/fixtures/convert/tables/README.md): each must give the
// same feed, the figures read right whichever way the file writes its numbers. The small CSV
// texts written here cover what those exports do not hold. Needs a current dist/
// (`npm run build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, ROOT } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-tables.test.mjs');
const FIXTURES = 'test/fixtures/convert/tables';
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uzl-convert-tables-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `uzl-widgets convert …`; resolves with its exit code and output, whatever the code. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'convert', ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let count = 0;
/** Writes `text` (or bytes) to a new file in the temporary folder and returns its path. */
async function file(text, ext = 'csv') {
  const path = join(dir, `sheet-${++count}.${ext}`);
  await writeFile(path, text);
  return path;
}

/** Converts and returns the written feed, failing with the command's output when it did not. */
async function convert(kind, ...inputs) {
  const out = join(dir, `feed-${++count}.json`);
  const result = await run(kind, ...inputs, '-o', out);
  assert.equal(result.code, 0, `${kind} ${inputs.join(' ')}:\n${result.stdout}${result.stderr}`);
  return { feed: JSON.parse(await readFile(out, 'utf8')), stdout: result.stdout };
}

/** Runs a conversion that must fail with `code`, writing nothing; returns what it printed. */
async function refused(code, kind, ...inputs) {
  const out = join(dir, `feed-${++count}.json`);
  const result = await run(kind, ...inputs, '-o', out);
  assert.equal(result.code, code, `${kind} ${inputs.join(' ')}:\n${result.stdout}${result.stderr}`);
  assert.equal(existsSync(out), false, 'nothing is written');
  return result.stderr;
}

const label = (nl, en, fr) => ({ nl, en, fr });
/** The feed every export of the sheet's key figures gives. */
const STATS = {
  version: 1,
  source: 'UZ Leuven',
  stats: [
    {
      id: 'consultations',
      value: 782208,
      label: label('Raadplegingen', 'Consultations', 'Consultations'),
    },
    { id: 'emergencies', value: 72785, label: label('Spoedgevallen', 'Emergencies', 'Urgences') },
    { id: 'admissions', value: 52550, label: label('Opnames', 'Admissions', 'Hospitalisations') },
    {
      id: 'day-admissions',
      value: 137011,
      label: label('Dagopnames', 'Day admissions', 'Hospitalisations de jour'),
    },
    { id: 'operations', value: 56917, label: label('Operaties', 'Operations', 'Opérations') },
    {
      id: 'staff',
      value: 10001,
      label: label('Medewerkers', 'Staff members', 'Collaborateurs'),
      description: {
        nl: 'Meer dan een ziekenhuis\nOnze 10.000 gepassioneerde medewerkers geven elke dag de beste zorg op maat.',
      },
    },
  ],
};

const campus = (id, names, street, postalCode, locality, lat, lng) => ({
  id,
  name: names,
  address: { street, postalCode, locality, country: 'BE' },
  phone: '+32 16 33 22 11',
  url: 'https://www.uzleuven.be/nl/ligging-en-bereikbaarheid',
  geo: { lat, lng },
});
const same = (name) => label(name, name, name);
/** The feed every export of the sheet's campuses gives. */
const CAMPUSES = {
  version: 1,
  campuses: [
    campus(
      'gasthuisberg',
      same('Campus Gasthuisberg'),
      'Herestraat 49',
      '3000',
      'Leuven',
      50.8803,
      4.6733,
    ),
    campus(
      'pellenberg',
      same('Campus Pellenberg'),
      'Weligerveld 1',
      '3212',
      'Pellenberg',
      50.8906,
      4.7787,
    ),
    campus(
      'stadscampus',
      label(
        'Stadscampus',
        'Stadscampus (city centre campus)',
        'Stadscampus (campus du centre-ville)',
      ),
      'Kapucijnenvoer 7',
      '3000',
      'Leuven',
      50.878,
      4.6955,
    ),
  ],
};

describe('LibreOffice Calc exports of one sheet give one feed', () => {
  const exports = [
    [
      'nl-BE',
      ['--decimal', 'comma'],
      /separated by semicolons, 6 rows, numbers with a decimal comma \(as --decimal says\)/,
    ],
    [
      'en',
      ['--decimal', 'dot'],
      /separated by commas, 6 rows, numbers with a decimal dot \(as --decimal says\)/,
    ],
    ['en-raw', [], /separated by commas, 6 rows$/m],
  ];
  for (const [folder, options, note] of exports) {
    test(`${folder}: key figures, their texts per language and the feed's source`, async () => {
      const { feed, stdout } = await convert(
        'stats',
        `${FIXTURES}/${folder}/uz-leuven-stats.csv`,
        ...options,
      );
      assert.deepEqual(feed, STATS);
      assert.ok(feed.stats.every((stat) => Number.isInteger(stat.value)));
      assert.match(stdout, note);
    });

    test(`${folder}: campuses with their nested address and coordinates`, async () => {
      // Coordinates read with either decimal mark, whatever --decimal says of the values.
      const { feed } = await convert(
        'campuses',
        `${FIXTURES}/${folder}/uz-leuven-campuses.csv`,
        ...options,
      );
      assert.deepEqual(feed, CAMPUSES);
    });
  }

  test('the Belgian export of 782.208 reads two ways: exit 1 naming the cell, --decimal settles it', async () => {
    const said = await refused(1, 'stats', `${FIXTURES}/nl-BE/uz-leuven-stats.csv`);
    assert.match(
      said,
      /uz-leuven-stats\.csv cell B2 \(column value\) "782\.208" reads two ways \(and 5 more like it\)/,
    );
    assert.match(said, /782208 if the file writes a decimal comma/);
    assert.match(said, /782\.208 if it writes a decimal dot/);
    assert.match(said, /--decimal comma or --decimal dot/);
    const english = await refused(1, 'stats', `${FIXTURES}/en/uz-leuven-stats.csv`);
    assert.match(english, /cell B2 \(column value\) "782,208" reads two ways/);
    assert.match(
      english,
      /782\.208 if the file writes a decimal comma \(1\.234,5\), 782208 if it writes a decimal dot/,
    );
  });

  test('a byte-order mark, as Excel writes "CSV UTF-8", changes nothing', async () => {
    const bytes = await readFile(join(ROOT, FIXTURES, 'en-raw/uz-leuven-stats.csv'));
    const withBom = await file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    assert.deepEqual((await convert('stats', withBom)).feed, STATS);
    const nl = await readFile(join(ROOT, FIXTURES, 'nl-BE/uz-leuven-campuses.csv'));
    const nlWithBom = await file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), nl]));
    assert.deepEqual((await convert('campuses', nlWithBom)).feed, CAMPUSES);
  });

  test('Windows line ends, as Excel writes them, change nothing', async () => {
    const text = await readFile(join(ROOT, FIXTURES, 'en-raw/uz-leuven-stats.csv'), 'utf8');
    const crlf = await file(text.replace(/\n/g, '\r\n'));
    assert.deepEqual((await convert('stats', crlf)).feed, STATS);
  });
});

const figures = (...rows) => ['id;value;label', ...rows].join('\n');
const valuesOf = (feed) => feed.stats.map((stat) => stat.value);

describe('numbers: one convention per file, found from it or set with --decimal', () => {
  test('a cell with both marks, or a decimal comma, decides for the whole file', async () => {
    const both = await file(figures('a;1.234,5;A', 'b;782.208;B', 'c;12;C'));
    assert.deepEqual(valuesOf((await convert('stats', both)).feed), [1234.5, 782208, 12]);
    const comma = await file(figures('a;0,75;A', 'b;1.234;B'));
    const { feed, stdout } = await convert('stats', comma);
    assert.deepEqual(valuesOf(feed), [0.75, 1234]);
    assert.match(stdout, /decimal comma \(as .*cell B2 \(column value\) "0,75" shows\)/);
  });

  test('spreadsheet numbers with a decimal dot, and a comma with other than 3 digits after', async () => {
    const dot = await file(['id,value,label', 'a,1234.5,A', 'b,"1,234",B', 'c,-2.25,C'].join('\n'));
    assert.deepEqual(valuesOf((await convert('stats', dot)).feed), [1234.5, 1234, -2.25]);
    const grouped = await file(['id,value,label', 'a,"1,234,567",A', 'b,"1,234",B'].join('\n'));
    assert.deepEqual(valuesOf((await convert('stats', grouped)).feed), [1234567, 1234]);
    const decimalComma = await file(figures('a;12,5;A', 'b;1.234;B'));
    assert.deepEqual(valuesOf((await convert('stats', decimalComma)).feed), [12.5, 1234]);
  });

  test('French spaces group thousands in either convention', async () => {
    const spaced = await file(figures('a;782 208;A', 'b;1\u00a0234,5;B'));
    assert.deepEqual(valuesOf((await convert('stats', spaced)).feed), [782208, 1234.5]);
  });

  test('a file that writes its numbers two ways is refused, naming both cells', async () => {
    const mixed = await file(['id,value,label', 'a,"1.234,5",A', 'b,"1,234.5",B'].join('\n'));
    const said = await refused(1, 'stats', mixed);
    assert.match(said, /cell B2 \(column value\) "1\.234,5" with a decimal comma/);
    assert.match(said, /cell B3 \(column value\) "1,234\.5" with a decimal dot/);
  });

  test('--decimal sets the convention, and a cell written the other way is named', async () => {
    const ambiguous = await file(figures('a;782.208;A', 'b;1.234;B'));
    assert.deepEqual(
      valuesOf((await convert('stats', ambiguous, '--decimal', 'comma')).feed),
      [782208, 1234],
    );
    assert.deepEqual(
      valuesOf((await convert('stats', ambiguous, '--decimal', 'dot')).feed),
      [782.208, 1.234],
    );
    const comma = await file(figures('a;12,5;A'));
    const said = await refused(1, 'stats', comma, '--decimal', 'dot');
    assert.match(said, /cell B2 \(column value\) "12,5" is written with a decimal comma/);
    assert.match(said, /--decimal/);
  });

  test('a unit in a value cell is refused, pointing to the unit column', async () => {
    const percent = await file(figures('a;95 %;A'));
    const said = await refused(1, 'stats', percent);
    assert.match(said, /cell B2 \(column value\) "95 %" is not a number: .*unit column/);
    const inUnit = await file(['id;value;unit;label', 'a;95,5;%;Tevreden patiënten'].join('\n'));
    const { feed } = await convert('stats', inUnit);
    assert.deepEqual(feed.stats, [
      { id: 'a', value: 95.5, label: 'Tevreden patiënten', unit: '%' },
    ]);
  });

  test('coordinates take a comma or a dot, whatever the values do', async () => {
    const sheet = await file(
      [
        'id,name,street,postalCode,locality,country,phone,lat,lng',
        'a,A,Herestraat 49,3000,Leuven,be,016 33 22 11,"50,8803",4.6733',
      ].join('\n'),
    );
    const { feed } = await convert('campuses', sheet);
    assert.deepEqual(feed.campuses[0].geo, { lat: 50.8803, lng: 4.6733 });
    assert.equal(feed.campuses[0].address.country, 'BE');
    const half = await file(
      [
        'id;name;street;postalCode;locality;country;phone;lat;lng',
        'a;A;S 1;3000;L;BE;1;50,88;',
      ].join('\n'),
    );
    assert.match(
      await refused(1, 'campuses', half),
      /cell H2 \(column lat\).* but no longitude \(lng\)/,
    );
  });
});

describe('columns and cells', () => {
  test('a missing required column is named, with exit 1', async () => {
    const noLabel = await file(['id;value;unit', 'a;1;%'].join('\n'));
    assert.match(
      await refused(1, 'stats', noLabel),
      /the header row has no column "label" \(or label_nl, _en, _fr\), which every key figure needs; it has id, value, unit/,
    );
    const noPhone = await file(
      ['id,name,street,postalCode,locality,country', 'a,A,S 1,3000,L,BE'].join('\n'),
    );
    assert.match(await refused(1, 'campuses', noPhone), /no column "phone"/);
  });

  test('an empty required cell, a repeated id and a cell outside the header are named', async () => {
    const empty = await file(figures('a;1;A', 'b;;B'));
    assert.match(
      await refused(1, 'stats', empty),
      /row 3 \("b"\) has no value: its cell in column value is empty/,
    );
    const twice = await file(figures('a;1;A', 'a;2;B'));
    assert.match(await refused(1, 'stats', twice), /rows 2 and 3 both have the id "a"/);
    const outside = await file(figures('a;1;A;stray'));
    assert.match(await refused(1, 'stats', outside), /cell D2 \("stray"\) is outside the columns/);
  });

  test('unknown columns are left out with a note, also in --json', async () => {
    const sheet = await file(['id;value;label;remarks;label_de;;', 'a;1;A;check;X;;'].join('\n'));
    const { stdout } = await convert('stats', sheet);
    assert.match(stdout, /column D "remarks" is not a field of a key figure .*; it is left out/);
    assert.match(stdout, /column E "label_de": the widgets' languages are nl, en, fr, not de/);
    const out = join(dir, 'json.json');
    const json = JSON.parse((await run('stats', sheet, '-o', out, '--json')).stdout);
    assert.equal(json.result, 'written');
    assert.equal(json.exitCode, 0);
    assert.ok(json.notes.some((note) => /"remarks" is not a field/.test(note)));
    assert.ok(json.notes.some((note) => /CSV separated by semicolons, 1 rows/.test(note)));
  });

  test('--json on a refusal: the reason naming the cell, exit 1', async () => {
    const out = join(dir, 'refused.json');
    const result = await run('stats', `${FIXTURES}/nl-BE/uz-leuven-stats.csv`, '-o', out, '--json');
    assert.equal(result.code, 1);
    const json = JSON.parse(result.stdout);
    assert.equal(json.result, 'unconvertible');
    assert.equal(json.exitCode, 1);
    assert.match(json.message, /cell B2 \(column value\) "782\.208" reads two ways/);
  });

  test('texts: one column for all languages, one per language, or one sheet per language', async () => {
    const plain = await file(figures('a;1;Consultaties'));
    assert.equal((await convert('stats', plain)).feed.stats[0].label, 'Consultaties');
    const mixed = await file(
      ['id;value;label;label_fr;Description_EN', 'a;1;Raadplegingen;Consultations;Seen'].join('\n'),
    );
    assert.deepEqual((await convert('stats', mixed)).feed.stats[0], {
      id: 'a',
      value: 1,
      label: { nl: 'Raadplegingen', en: 'Raadplegingen', fr: 'Consultations' },
      description: { en: 'Seen' },
    });
    const nl = await file(figures('a;1.234;Raadplegingen', 'b;2;Opnames'));
    const fr = await file(figures('a;1.234;Consultations', 'b;2;Hospitalisations'));
    const { feed } = await convert('stats', `nl:${nl}`, `fr:${fr}`, '--decimal', 'comma');
    assert.deepEqual(feed.stats[0], {
      id: 'a',
      value: 1234,
      label: { nl: 'Raadplegingen', fr: 'Consultations' },
    });
    const other = await file(figures('a;1.235;Consultations', 'b;2;Hospitalisations'));
    const said = await refused(1, 'stats', `nl:${nl}`, `fr:${other}`, '--decimal', 'comma');
    assert.match(
      said,
      /"a": .*cell B2 \(column value\) says "1234" and .*cell B2 \(column value\) says "1235"/,
    );
  });

  test("the feed's year and source: filled on any rows, the same wherever filled", async () => {
    const sheet = await file(
      [
        'id;value;label;year;source_nl;source_en',
        'a;1;A;2024;UZ Leuven;UZ Leuven',
        'b;2;B;;;',
        'c;3;C;2024;;',
      ].join('\n'),
    );
    const { feed } = await convert('stats', sheet);
    assert.equal(feed.year, 2024);
    assert.deepEqual(feed.source, { nl: 'UZ Leuven', en: 'UZ Leuven' });
    const differ = await file(['id;value;label;year', 'a;1;A;2024', 'b;2;B;2023'].join('\n'));
    assert.match(
      await refused(1, 'stats', differ),
      /cell D2 \(column year\) says "2024" and .*cell D3 \(column year\) says "2023"/,
    );
    const grouped = await file(['id;value;label;year', 'a;1;A;2.024'].join('\n'));
    assert.match(
      await refused(1, 'stats', grouped),
      /cell D2 \(column year\) "2\.024" is not a whole number/,
    );
  });

  test('campuses: the photo as image and imageAlt (or src and alt), the nested fields by their names', async () => {
    const sheet = await file(
      [
        'id,name,street,postalCode,locality,country,phone,email,image,imageAlt_nl,imageAlt_en,visitingHours,notice_nl',
        'gasthuisberg,Campus Gasthuisberg,Herestraat 49,3000,Leuven,BE,+32 16 33 22 11,info@example.org,https://example.org/g.jpg,Hoofdingang,Main entrance,"14:00–20:00\nweekend 11:00–20:00",Wegenwerken',
      ].join('\n'),
    );
    const { feed } = await convert('campuses', sheet);
    assert.deepEqual(feed.campuses[0], {
      id: 'gasthuisberg',
      name: 'Campus Gasthuisberg',
      address: { street: 'Herestraat 49', postalCode: '3000', locality: 'Leuven', country: 'BE' },
      phone: '+32 16 33 22 11',
      email: 'info@example.org',
      image: { src: 'https://example.org/g.jpg', alt: { nl: 'Hoofdingang', en: 'Main entrance' } },
      visitingHours: '14:00–20:00\nweekend 11:00–20:00',
      notice: { nl: 'Wegenwerken' },
    });
    const short = await file(
      [
        'id;name;street;postalCode;locality;country;phone;src;alt',
        'a;A;S 1;3000;L;BE;1;https://example.org/a.jpg;Foto',
      ].join('\n'),
    );
    assert.deepEqual((await convert('campuses', short)).feed.campuses[0].image, {
      src: 'https://example.org/a.jpg',
      alt: 'Foto',
    });
  });

  test('a feed the widgets would not show whole is not written: the validator has the last word', async () => {
    const badCountry = await file(
      ['id;name;street;postalCode;locality;country;phone', 'a;A;S 1;3000;L;Belgium;1'].join('\n'),
    );
    const said = await refused(1, 'campuses', badCountry);
    assert.match(said, /country/);
  });
});

describe('what is not a CSV of the kind exits 2', () => {
  test('a JSON feed, the spreadsheet itself, a zipped sheet, a text not in UTF-8, an empty file', async () => {
    const cases = [
      ['demo/data/stats.json', /is JSON, not CSV/],
      [`${FIXTURES}/uz-leuven.fods`, /is XML or HTML, not CSV/],
      [
        await file('title;date\nNews;2025-12-18\n'),
        /its first row does not name a key figure's fields \(id, value/,
      ],
      [
        await file(Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'), 'xlsx'),
        /is a spreadsheet file \(\.xlsx or \.ods\), not CSV/,
      ],
      [
        await file(Buffer.from('id;value;label\na;1;Opérations\n', 'latin1')),
        /is not UTF-8 \(line 2/,
      ],
      [await file(''), /is empty/],
      [
        await file('id;value;label\n"a;1;A\n'),
        /cannot be read as CSV separated by semicolons: Quote Not Closed/,
      ],
    ];
    for (const [input, message] of cases) {
      const said = await refused(2, 'stats', input);
      assert.match(said, message, input);
    }
  });

  test('a header with no rows under it is refused (exit 1), not written as an empty feed', async () => {
    const headerOnly = await file('id;value;label\n;;\n');
    assert.match(await refused(1, 'stats', headerOnly), /no rows under the header row/);
  });
});
