// `uzl-widgets convert`'s frame, run as a publisher runs it (the built dist/cli.js in a child
// process): its help, how it says it was not used right, inputs it cannot read (named as given,
// with their language prefix), and that it never leaves a half-written or invalid feed behind.
// The formats themselves are tested per kind (convert-news, -events, -tables, -ai).
// Needs a current dist/ (`npm run build`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, runCli } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-cli.test.mjs');
const convert = (...args) => runCli(BIN, ['convert', ...args]);

describe('uzl-widgets convert: using it', () => {
  test('--help lists every kind, the prefixes and the exit codes, and exits 0', async () => {
    const { code, stdout } = await convert('--help');
    assert.equal(code, 0);
    for (const word of [
      'news',
      'events',
      'campuses',
      'stats',
      'ai-publications',
      'nl:',
      'domain=',
      '--decimal',
      'Exit codes',
    ])
      assert.ok(stdout.includes(word), `help mentions ${word}`);
  });

  test('the main help points to convert', async () => {
    const { stdout } = await runCli(BIN, ['--help']);
    assert.match(stdout, /uzl-widgets convert --help/);
  });

  for (const [args, said] of [
    [[], /say which kind of feed to make/],
    [
      ['recipes', 'x.csv', '-o', 'out.json'],
      /must be one of news, events, campuses, stats, ai-publications or ai, not "recipes"/,
    ],
    [['news', '-o', 'out.json'], /give at least one input/],
    [['news', 'x.rss'], /say where to write the feed: -o <out.json>/],
    [
      ['news', 'x.rss', '-o', 'o.json', '--lang', 'de'],
      /--lang must be one of nl, en, fr, not "de"/,
    ],
    [['stats', 'x.csv', '-o', 'o.json', '--decimal', 'point'], /--decimal must be comma or dot/],
    [
      ['events', 'x.ics', '-o', 'o.json', '--from', '2026-02-30'],
      /--from must be a day written YYYY-MM-DD, not "2026-02-30"/,
    ],
    [
      ['events', 'x.ics', '-o', 'o.json', '--from', '2026-05-01', '--until', '2026-04-01'],
      /--until must be after --from/,
    ],
    [['news', 'x.rss', '-o', 'o.json', '--colour'], /Unknown option '--colour'/],
    [['ai', 'domain=:x.bib', '-o', 'o.json'], /say the domain's id after domain=/],
  ]) {
    test(`convert ${args.join(' ')}: exit 2 with the help and the reason`, async () => {
      const { code, stderr, stdout } = await convert(...args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, said);
      assert.match(stderr, /Usage: uzl-widgets convert/);
    });
  }

  test('--json says a usage error as JSON on stdout', async () => {
    const { code, stdout } = await convert('news', 'x.rss', '--json');
    assert.equal(code, 2);
    assert.deepEqual(JSON.parse(stdout), {
      result: 'usage',
      exitCode: 2,
      message: 'say where to write the feed: -o <out.json>',
      notes: [],
    });
  });
});

describe('uzl-widgets convert: inputs it cannot read', () => {
  test('a missing file is named as given, prefix and all; nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uzl-convert-'));
    try {
      const out = join(dir, 'news.json');
      const { code, stderr } = await convert('news', 'fr:no-such-feed.rss', '-o', out);
      assert.equal(code, 2);
      assert.match(stderr, /fr:no-such-feed\.rss: there is no file no-such-feed\.rss/);
      assert.match(stderr, /Result: nothing written/);
      assert.equal(existsSync(out), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a URL after a language prefix is read as a URL, and its failure named', async () => {
    const { code, stdout } = await convert(
      'news',
      'nl:http://127.0.0.1:9/feed',
      '-o',
      join(tmpdir(), 'never.json'),
      '--json',
    );
    assert.equal(code, 2);
    const report = JSON.parse(stdout);
    assert.equal(report.result, 'unreadable');
    assert.match(
      report.message,
      /^nl:http:\/\/127\.0\.0\.1:9\/feed: could not reach http:\/\/127\.0\.0\.1:9\/feed/,
    );
  });

  test('an input that is not of the kind’s format leaves the last good feed as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uzl-convert-'));
    try {
      const out = join(dir, 'stats.json');
      const lastGood = '{"version":1,"stats":[]}\n';
      writeFileSync(out, lastGood);
      const notCsv = join(dir, 'figures.png');
      writeFileSync(notCsv, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
      const { code } = await convert('stats', notCsv, '-o', out);
      assert.notEqual(code, 0);
      assert.equal(readFileSync(out, 'utf8'), lastGood);
      assert.deepEqual(readdirSync(dir).sort(), ['figures.png', 'stats.json'], 'no temp file left');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
