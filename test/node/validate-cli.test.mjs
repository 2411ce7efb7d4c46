// `uzl-widgets validate`, the package's command (dist/cli.js, package.json `bin`), run as a feed's
// editor or a CI job runs it: the built file in a child process of plain Node. It must judge
// every feed the project has as the widgets do (demo feeds shown whole, valid-* fixtures shown
// whole, invalid-* fixtures invalid or with an item skipped), word every finding for a person
// (no validator jargon), and tell an unreadable feed (missing file, HTTP error, not JSON, with
// line and column) apart with exit code 2. Needs a current dist/ (`npm run build`; `npm test`
// builds before this).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../../scripts/registry.mjs';
import { builtCli } from './built-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = builtCli('test/node/validate-cli.test.mjs');
/** The feed kinds of the registry's widgets, and the element that reads each. */
const KINDS = WIDGETS.map((w) => w.feed.kind);
const ELEMENTS = Object.fromEntries(WIDGETS.map((w) => [w.feed.kind, w.tag]));

/** Runs the command with `args`; resolves with its exit code and output, whatever the code. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** Runs it with --json and parses the report. */
async function runJson(...args) {
  const result = await run(...args, '--json');
  return { ...result, report: JSON.parse(result.stdout) };
}

/** `fn` over `items`, `limit` at a time (each is a Node process; the machine has few cores). */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Every finding of a report: problems, the skipped items' problems, warnings. */
const findings = (report) => [
  ...(report.problems ?? []),
  ...(report.skipped ?? []).flatMap((item) => item.problems),
  ...(report.warnings ?? []),
];

/** The validator's developer wording, which the command must never show a feed's editor. */
const JARGON = /^(must |is required$|is not allowed$|does not match)|uri-reference/;

function assertPlainWords(report, where) {
  for (const { path, message } of findings(report)) {
    assert.ok(path, `${where}: a finding without a path`);
    assert.doesNotMatch(message, JARGON, `${where}: ${path}: "${message}"`);
  }
}

describe('the command line', () => {
  test('--help prints the usage with the exit codes and exits 0', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['-h']]) {
      const { code, stdout } = await run(...args);
      assert.equal(code, 0, args.join(' '));
      assert.match(
        stdout,
        /^Usage: uzl-widgets validate <file-or-URL> \[--kind <kind>\] \[--json\]/,
      );
      assert.match(
        stdout,
        /--kind <kind> +the kind of feed: news, events, campuses, stats, ai-publications/,
      );
      for (const exit of ['0', '1', '2']) assert.match(stdout, new RegExp(`^  ${exit}  `, 'm'));
    }
  });

  test('a wrong use says what is wrong, shows the usage and exits 2', async () => {
    const cases = [
      [[], /say what to do/],
      [['check', 'demo/data/news.json'], /unknown command "check"/],
      [['validate'], /give the feed to check/],
      [['validate', 'a.json', 'b.json'], /one feed at a time/],
      [
        ['validate', 'demo/data/news.json', '--kind', 'blog'],
        /--kind must be one of news, events, campuses, stats, ai-publications, not "blog"/,
      ],
      [['validate', 'demo/data/news.json', '--colour'], /--colour/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Usage: uzl-widgets validate/);
    }
    const { code, report } = await runJson('validate', 'demo/data/news.json', '--kind', 'blog');
    assert.equal(code, 2);
    assert.deepEqual(
      { result: report.result, exitCode: report.exitCode },
      { result: 'usage', exitCode: 2 },
    );
  });
});

describe('every feed the project has', () => {
  test('the demo feeds: each recognised from its shape and shown whole, with nothing to warn about', async () => {
    await pool(KINDS, 3, async (kind) => {
      const file = `demo/data/${kind}.json`;
      const { code, report } = await runJson('validate', file);
      assert.equal(code, 0, `${file}: ${JSON.stringify(findings(report))}`);
      assert.equal(report.result, 'ok');
      assert.equal(report.kind, kind);
      assert.equal(report.kindFrom, 'shape');
      assert.equal(report.element, ELEMENTS[kind]);
      assert.deepEqual([report.problems, report.skipped, report.warnings], [[], [], []], file);
      assert.ok(report.lists.length > 0);
      for (const list of report.lists) assert.equal(list.shown, list.total, `${file} ${list.path}`);
      assert.ok(report.lists[0].total > 0, `${file} has items`);

      const text = await run('validate', file);
      assert.equal(text.code, 0);
      assert.match(
        text.stdout,
        new RegExp(
          `^Feed kind: ${kind}, read by <${ELEMENTS[kind]}> \\(recognised from its shape\\)\\.$`,
          'm',
        ),
      );
      assert.match(text.stdout, /^Result: OK, a widget shows every item \(exit code 0\)\.$/m);
    });
  });

  for (const kind of KINDS) {
    const dir = join('test', 'fixtures', 'feeds', kind);
    const files = readdirSync(join(root, dir))
      .filter((file) => file.endsWith('.json'))
      .sort();

    test(`test/fixtures/feeds/${kind}/: valid-* exit 0 with everything shown, invalid-* exit 1, each finding with its path in plain words`, async () => {
      assert.ok(files.length >= 12, `${dir} holds ${files.length} fixtures`);
      await pool(files, 4, async (file) => {
        const path = join(dir, file);
        const valid = file.startsWith('valid-');
        // As a CI job runs it, naming the kind …
        const given = await runJson('validate', path, '--kind', kind);
        assert.equal(given.code, valid ? 0 : 1, `${path}: ${given.stdout}`);
        assert.equal(given.report.exitCode, given.code);
        assert.equal(given.report.kind, kind);
        assert.equal(given.report.kindFrom, 'option');
        assert.equal(
          given.report.result,
          valid ? 'ok' : given.report.problems.length ? 'invalid' : 'skipped',
          path,
        );
        assertPlainWords(given.report, path);
        if (valid) {
          assert.deepEqual([given.report.problems, given.report.skipped], [[], []], path);
          for (const list of given.report.lists)
            assert.equal(list.shown, list.total, `${path} ${list.path}`);
        } else {
          assert.ok(findings(given.report).length > 0, `${path}: nothing found`);
          for (const item of given.report.skipped) {
            assert.match(item.item, /\[\d+\]$/, `${path}: a skipped item is named by its place`);
            assert.ok(item.problems.length > 0);
            for (const problem of item.problems)
              assert.ok(
                problem.path.startsWith(item.item),
                `${path}: ${problem.path} is inside ${item.item}`,
              );
          }
        }
        // … and as a person runs it, letting it recognise the kind: the same verdict, unless the
        // fixture lacks the very list that tells the kind (then it says so, and still exits 1).
        const guessed = await runJson('validate', path);
        assert.equal(guessed.code, given.code, `${path} without --kind`);
        if (guessed.report.kind) assert.equal(guessed.report.kind, kind, path);
        else {
          assert.ok(
            /^invalid-(missing-\w+|top-level-array)\.json$/.test(file),
            `${path} not recognised`,
          );
          assert.match(guessed.report.problems[0].message, /Say which with --kind$/);
        }
      });
    });
  }
});

describe('what the command finds, and how it says it', () => {
  test('a news feed with bad items and warnings: each skipped item with every problem, each warning, exit 1', async () => {
    const file = 'test/fixtures/cli/news-skipped-and-warnings.json';
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    const expected = [
      '2 items skipped: a widget leaves them out and shows the rest.',
      '  items[2] "The robot again" (id robot):',
      '    items[2].id: the same id as items[0] ("robot"); ids must be unique, so a widget shows only the first',
      '  items[3] "Een datum die niet bestaat" (id typo):',
      '    items[3].date: not a date (2025-13-45); write a date as 2025-12-18, or a date and time with its offset from UTC as 2025-12-18T09:30:00+01:00',
      '    items[3].summary: should be a text, or texts per language like {"nl": "…", "en": "…", "fr": "…"}, not a number (42)',
      '6 warnings: nothing is skipped for these, but check them.',
      "  items[0].image: no width and height (the image file's size in pixels): the browser learns the image's shape only once it has loaded it",
      '  items[0].title: no French (fr) text; French pages show the English text',
      '  items[0].url: javascript:alert(1) is not linked: a link must be an http:, https:, mailto: or tel: address',
      '  items[1].date: 1925-05-20 is more than 20 years ago: is the year right?',
      '  items[1].image.src: ftp://example.org/old.jpg is not shown: an image must be an http: or https: address',
      '  items[4].date: 2205-01-01 is more than 2 years from now: is the year right?',
      'Shown: items 3 of 5.',
      'Result: 2 items would be skipped (exit code 1).',
    ];
    const lines = stdout.split('\n');
    for (const line of expected)
      assert.ok(lines.includes(line), `missing line: ${line}\n${stdout}`);

    // --json says the same, for CI.
    const { report } = await runJson('validate', file);
    assert.equal(report.result, 'skipped');
    assert.deepEqual(
      report.skipped.map(({ item, id, name }) => ({ item, id, name })),
      [
        { item: 'items[2]', id: 'robot', name: 'The robot again' },
        { item: 'items[3]', id: 'typo', name: 'Een datum die niet bestaat' },
      ],
    );
    assert.deepEqual(report.lists, [{ path: 'items', total: 5, shown: 3 }]);
    for (const { path, message } of findings(report))
      assert.ok(
        stdout.includes(`${path}: ${message}`),
        `${path}: ${message} is not in the text report`,
      );
  });

  test('events: the calendar’s own date reading skips a day that does not exist; ends, zones and categories are warned about', async () => {
    const { code, report } = await runJson(
      'validate',
      'test/fixtures/cli/events-widget-checks.json',
    );
    assert.equal(code, 1);
    assert.deepEqual(
      report.skipped.map((item) => [
        item.item,
        item.problems.map((p) => `${p.path}: ${p.message}`),
      ]),
      [
        [
          'categories[1]',
          [
            'categories[1].id: the same id as categories[0] ("info"); ids must be unique, so a widget shows only the first',
          ],
        ],
        [
          'events[1]',
          [
            'events[1].start: not a real date and time (2026-02-30T10:00): the calendar leaves this event out',
          ],
        ],
      ],
    );
    assert.deepEqual(
      report.warnings.map((w) => w.path),
      ['events[2].category', 'events[2].end', 'events[3].start', 'events[4].end', 'timeZone'],
    );
    assert.match(
      report.warnings[1].message,
      /is before the start \(2026-03-10T14:00\): the event is shown as ending when it starts$/,
    );
    assert.match(report.warnings[3].message, /^not a real date and time \(2026-04-31\)/);
    assert.match(report.warnings[4].message, /^"Europe\/Leuven" is not a time zone name/);
    assert.deepEqual(report.lists, [
      { path: 'categories', total: 2, shown: 1 },
      { path: 'events', total: 5, shown: 4 },
    ]);
  });

  test('a bad publication inside a bad domain is reported with its domain; lists inside items are counted together', async () => {
    const { code, report } = await runJson('validate', 'test/fixtures/cli/ai-nested-skips.json');
    assert.equal(code, 1);
    assert.deepEqual(
      report.skipped.map((item) => [item.item, item.problems.map((p) => p.path)]),
      [
        ['domains[0].publications[1]', ['domains[0].publications[1].title']],
        ['domains[1]', ['domains[1].label', 'domains[1].publications[0].title']],
      ],
    );
    assert.deepEqual(report.lists, [
      { path: 'news', total: 0, shown: 0 },
      { path: 'domains', total: 2, shown: 1 },
      { path: 'domains[].publications', total: 2, shown: 1 },
    ]);
  });

  test('warnings alone do not fail the check: exit 0', async () => {
    const { code, report } = await runJson(
      'validate',
      'test/fixtures/cli/stats-warnings-only.json',
    );
    assert.equal(code, 0);
    assert.equal(report.result, 'ok');
    assert.deepEqual(report.warnings, [
      {
        path: 'stats[0].label',
        message: 'no French (fr) text; French pages show the English text',
      },
    ]);
    const text = await run('validate', 'test/fixtures/cli/stats-warnings-only.json');
    assert.match(
      text.stdout,
      /^Result: OK, a widget shows every item, with 1 warning to check \(exit code 0\)\.$/m,
    );
  });

  test('links per language: each language checked, a missing one named with what those pages open instead', async () => {
    const file = 'test/fixtures/cli/news-links-per-language.json';
    const { code, report } = await runJson('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(
      report.skipped.map((item) => [
        item.item,
        item.problems.map((p) => `${p.path}: ${p.message}`),
      ]),
      [['items[2]', ['items[2].url: "de" is not one of the languages nl, en and fr']]],
    );
    assert.deepEqual(
      report.warnings.map((w) => `${w.path}: ${w.message}`),
      [
        'items[0].url.nl: javascript:alert(1) is not linked: a link must be an http:, https:, mailto: or tel: address',
        'items[1].title: no English (en) text; English pages show the Dutch text',
        'items[1].url: no English (en) address; English pages link to the Dutch address',
        'moreUrl: no French (fr) address; French pages link to the English address',
      ],
    );
    assert.deepEqual(report.lists, [{ path: 'items', total: 3, shown: 2 }]);
  });

  test('an invalid feed: the widget would show its error, every problem is listed, exit 1', async () => {
    const { code, stdout } = await run(
      'validate',
      'test/fixtures/feeds/news/invalid-version-2.json',
    );
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^ {2}version: should be 1, not 2: these widgets read version 1 of the feed format$/m,
    );
    assert.match(
      stdout,
      /^Result: invalid, a widget shows an error message instead of this feed \(exit code 1\)\.$/m,
    );
  });

  test('--kind that does not fit the shape: checked as asked, with a note', async () => {
    const { code, report } = await runJson('validate', 'demo/data/news.json', '--kind', 'stats');
    assert.equal(code, 1);
    assert.equal(report.kind, 'stats');
    assert.match(report.notes[0], /its shape is that of a news feed for <uzl-news-list>/);
    assert.deepEqual(
      report.problems.map((p) => p.path),
      ['stats'],
    );
  });

  test('a byte-order mark at the start of a file is ignored, as the browser ignores it', async () => {
    const { code } = await run('validate', 'test/fixtures/cli/news-with-byte-order-mark.json');
    assert.equal(code, 0);
  });
});

describe('a feed that cannot be read: exit 2', () => {
  test('not JSON: the line and column where it stops being JSON, and why', async () => {
    const cases = [
      [
        'not-json-missing-comma.json',
        6,
        7,
        /expected a comma \(,\) or \} after the value, found a double quote \("\): is a comma missing\?/,
      ],
      [
        'not-json-trailing-comma.json',
        3,
        14,
        /a comma before \} is not allowed in JSON: remove this comma/,
      ],
      ['not-json-empty.json', 1, 1, /the feed is empty/],
    ];
    for (const [file, line, column, message] of cases) {
      const path = `test/fixtures/cli/${file}`;
      const { code, report } = await runJson('validate', path);
      assert.equal(code, 2, path);
      assert.equal(report.result, 'unreadable');
      assert.equal(report.unreadable.reason, 'json');
      assert.deepEqual([report.unreadable.line, report.unreadable.column], [line, column], path);
      assert.match(report.unreadable.message, message);
    }
    const { stdout } = await run('validate', 'test/fixtures/cli/not-json-missing-comma.json');
    assert.ok(
      stdout.includes(
        [
          'Cannot read the feed: it is not JSON.',
          '  line 6, column 7: expected a comma (,) or } after the value, found a double quote ("): is a comma missing?',
          '    6 |       "date": "2025-12-18",',
          '      |       ^',
        ].join('\n'),
      ),
      stdout,
    );
    assert.match(stdout, /^Result: the feed cannot be read \(exit code 2\)\.$/m);
  });

  test('a file that is not there', async () => {
    const { code, report } = await runJson('validate', 'test/fixtures/cli/no-such-feed.json');
    assert.equal(code, 2);
    assert.deepEqual(report.unreadable, {
      reason: 'missing',
      message: 'there is no file test/fixtures/cli/no-such-feed.json',
    });
  });

  describe('over HTTP', () => {
    let server;
    let base;
    const NEWS = JSON.stringify({
      version: 1,
      items: [
        {
          id: 'a',
          date: '2025-12-18',
          title: 'A',
          url: '/nieuws/a',
          image: { src: 'data:image/png;base64,AAAA' },
        },
      ],
    });
    before(async () => {
      server = createServer((request, response) => {
        const send = (status, type, body) => {
          response.writeHead(status, { 'Content-Type': type });
          response.end(body);
        };
        if (request.url === '/feeds/news.json') send(200, 'application/json', NEWS);
        else if (request.url === '/moved') {
          response.writeHead(301, { Location: '/feeds/news.json' });
          response.end();
        } else if (request.url === '/page')
          send(200, 'text/html', '<!doctype html>\n<title>News</title>');
        else if (request.url === '/truncated')
          send(200, 'application/json', '{"version": 1,\n "items": [');
        else if (request.url === '/broken') send(500, 'text/plain', 'oops');
        else send(404, 'text/plain', 'not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    test('200 with a feed: checked like a file, its relative links resolved against its own URL', async () => {
      for (const path of ['/feeds/news.json', '/moved']) {
        const { code, report } = await runJson('validate', `${base}${path}`);
        assert.equal(code, 0, path);
        assert.equal(report.kind, 'news');
        // The relative link is fine; the data: image is not shown (images load over http(s) only).
        assert.deepEqual(
          report.warnings.map((w) => w.path),
          ['items[0].image', 'items[0].image.src'],
        );
      }
    });

    test('404 and 500: the status, in the report and in words', async () => {
      for (const [path, status, words] of [
        ['/no-feed-here.json', 404, 'Not Found: there is no feed at this address'],
        ['/broken', 500, 'Internal Server Error: the server has a problem; try again later'],
      ]) {
        const { code, report } = await runJson('validate', `${base}${path}`);
        assert.equal(code, 2, path);
        assert.deepEqual(report.unreadable, {
          reason: 'http',
          status,
          message: `the server answered HTTP ${status} ${words}`,
        });
        const text = await run('validate', `${base}${path}`);
        assert.match(
          text.stdout,
          new RegExp(`^Cannot read the feed: the server answered HTTP ${status} `, 'm'),
        );
      }
    });

    test('200 that is not JSON: an HTML page, a cut-off feed, with line and column', async () => {
      const page = await runJson('validate', `${base}/page`);
      assert.equal(page.code, 2);
      assert.equal(page.report.unreadable.reason, 'json');
      assert.deepEqual([page.report.unreadable.line, page.report.unreadable.column], [1, 1]);
      assert.match(page.report.unreadable.message, /this is HTML \(a web page\), not JSON/);

      const cut = await runJson('validate', `${base}/truncated`);
      assert.equal(cut.code, 2);
      assert.deepEqual([cut.report.unreadable.line, cut.report.unreadable.column], [2, 12]);
      assert.match(cut.report.unreadable.message, /the text ends too early/);
    });

    test('nobody listening: a network error', async () => {
      const closed = createServer();
      await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${closed.address().port}/feed.json`;
      await new Promise((resolve) => closed.close(resolve));
      const { code, report } = await runJson('validate', url);
      assert.equal(code, 2);
      assert.equal(report.unreadable.reason, 'network');
      assert.match(
        report.unreadable.message,
        /^could not reach http:\/\/127\.0\.0\.1:\d+\/feed\.json: the server refused the connection$/,
      );
    });
  });
});
