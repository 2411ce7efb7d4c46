// examples/publish/refresh-feeds.sh, the README's cron recipe, run as cron runs it with a fake
// `uzl-widgets` in its place (UZL_WIDGETS): a convert that exits 0 publishes its file, one that
// exits 1 (an invalid result: convert writes nothing) or dies halfway through writing leaves the
// last good file exactly as it was, and no temp file is ever left beside the feed.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(root, 'examples', 'publish', 'refresh-feeds.sh');
const GOOD = '{"version":1,"items":[{"id":"a","date":"2026-01-01","title":"The last good one"}]}';
const NEW = '{"version":1,"items":[{"id":"b","date":"2026-02-01","title":"A new one"}]}';

/**
 * A stand-in for `uzl-widgets`: it notes its arguments, then as FAKE_MODE says writes the new
 * feed to its -o file and exits 0, writes nothing and exits 1 (what convert does with an
 * invalid result), or writes half a feed and exits 2 (killed while writing).
 */
const FAKE = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_ARGS"
out=
while [ "$#" -gt 0 ]; do
  if [ "$1" = -o ]; then out=$2; fi
  shift
done
case "$FAKE_MODE" in
  ok) printf '%s' '${NEW}' > "$out"; exit 0 ;;
  invalid) echo 'items[0].title: missing' >&2; exit 1 ;;
  halfway) printf '{"version":1,"items":[' > "$out"; exit 2 ;;
esac
`;

let dir = '';
let feeds = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'uzl-refresh-feeds-'));
  feeds = join(dir, 'www');
  mkdirSync(feeds);
  writeFileSync(join(dir, 'uzl-widgets'), FAKE);
  chmodSync(join(dir, 'uzl-widgets'), 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script for news.json as cron would; resolves with its exit code and output. */
function refresh(/** @type {string} */ mode) {
  return new Promise((resolve) => {
    const args = [
      join(feeds, 'news.json'),
      'news',
      'nl:news-nl.rss',
      'fr:https://example.org/fr/feed',
    ];
    const env = {
      PATH: process.env.PATH,
      UZL_WIDGETS: join(dir, 'uzl-widgets'),
      FAKE_MODE: mode,
      FAKE_ARGS: join(dir, 'args'),
    };
    execFile(SCRIPT, args, { env }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const published = () => readFileSync(join(feeds, 'news.json'), 'utf8');
/** What is in the feeds' folder: only news.json, never a temp file. */
const listing = () => readdirSync(feeds);

test('a valid result is published: convert gets the kind, the inputs and -o a temp file beside the feed', async () => {
  writeFileSync(join(feeds, 'news.json'), GOOD);
  const { code, stdout } = await refresh('ok');
  assert.equal(code, 0);
  assert.match(stdout, /published .*news\.json/);
  assert.equal(published(), NEW);
  assert.deepEqual(listing(), ['news.json']);
  // Readable by the web server (mktemp's file is the owner's only).
  assert.equal(statSync(join(feeds, 'news.json')).mode & 0o777, 0o644);
  const args = readFileSync(join(dir, 'args'), 'utf8').trim().split('\n');
  assert.deepEqual(args.slice(0, 5), [
    'convert',
    'news',
    'nl:news-nl.rss',
    'fr:https://example.org/fr/feed',
    '-o',
  ]);
  assert.equal(
    dirname(args[5]),
    feeds,
    'the temp file is in the feed’s folder, so the rename is atomic',
  );
});

test('an invalid result (convert exits 1, writes nothing) keeps the last good file', async () => {
  writeFileSync(join(feeds, 'news.json'), GOOD);
  const { code, stderr } = await refresh('invalid');
  assert.equal(code, 1);
  assert.match(stderr, /items\[0\]\.title: missing/);
  assert.match(stderr, /convert exited 1: .*news\.json keeps its last good version/);
  assert.equal(published(), GOOD);
  assert.deepEqual(listing(), ['news.json']);
});

test('a convert that dies halfway through writing publishes nothing of it', async () => {
  writeFileSync(join(feeds, 'news.json'), GOOD);
  const { code } = await refresh('halfway');
  assert.equal(code, 2);
  assert.equal(published(), GOOD);
  assert.deepEqual(listing(), ['news.json']);
});

test('a first run that fails leaves no feed at all, not an empty one', async () => {
  const { code } = await refresh('invalid');
  assert.equal(code, 1);
  assert.deepEqual(listing(), []);
});
