// The translators' descriptions (`desc` in each msg(), <note> in locales/*.xlf) are for
// translators only: the build strips them (scripts/strip-msg-desc.mjs), so no script that
// ships to a browser carries one. Needs a current dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripMsgDesc } from '../../scripts/strip-msg-desc.mjs';
import { distProblem } from '../server/host-pages.mjs';

const problem = distProblem();
if (problem) throw new Error(`test/node/translation-notes.test.mjs: ${problem}`);

/** Every description, as locales/nl.xlf holds it (XML entities undone). */
const notes = [
  ...readFileSync('locales/nl.xlf', 'utf8').matchAll(/<note from="lit-localize">([^<]+)<\/note>/g),
].map(([, note]) =>
  note
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&'),
);

/** Every JavaScript file under dist/ (source maps aside: a browser only fetches them for its developer tools). */
const scripts = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? scripts(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );

test('every message has a note in locales/*.xlf', () => {
  assert.ok(notes.length >= 78, `only ${notes.length} notes in locales/nl.xlf`);
});

test('no built script carries a translator’s description', () => {
  const files = scripts('dist');
  assert.ok(files.length > 10);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    // Minified code may escape quotes and apostrophes: compare the words alone.
    const words = (text) => text.replace(/[^\p{L}\p{N}]+/gu, ' ');
    const body = words(code);
    for (const note of notes)
      assert.ok(!body.includes(words(note)), `${file} carries the description "${note}"`);
  }
});

test('the strip keeps the call and its line count', () => {
  const source = `msg('Close', {\n  id: 'calendar.close',\n  desc: "Button: it's short, \\"one word\\".",\n})`;
  const stripped = stripMsgDesc(source);
  assert.equal(stripped, `msg('Close', {\n  id: 'calendar.close'\n,\n})`);
  assert.equal(stripped.split('\n').length, source.split('\n').length);
});
