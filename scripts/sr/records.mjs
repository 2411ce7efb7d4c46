// The lane's committed records: each widget's main journey as Orca spoke it, per language
// (docs/screen-reader/<widget>.<lang>.md, "what a screen reader says", with the Orca and
// browser versions that spoke it), and each widget's AT-SPI tree per state and language
// (test/screen-reader/trees/). A record that no longer matches on the versions it names is a
// failure; on other versions the lane says so and compares nothing (another Orca words things
// its own way, which says nothing about the widget). `--update` rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * @typedef {{ orca: string, browser: string }} Versions
 * @typedef {{ status: 'same' | 'written' | 'differs' | 'other-versions' | 'missing', detail?: string }} Outcome
 */

const header = (/** @type {string} */ title, /** @type {Versions} */ v) =>
  `# ${title}\n\nSpoken by Orca ${v.orca} reading ${v.browser}, recorded by \`npm run test:sr\`.\n`;
const VERSIONS = /^Spoken by Orca (\S+) reading (.+), recorded by/m;

/**
 * Compares a record with what was heard now, or writes it.
 * @param {string} file @param {string} title @param {string} body @param {Versions} versions
 * @param {boolean} update
 * @returns {Outcome}
 */
export function checkRecord(file, title, body, versions, update) {
  const text = `${header(title, versions)}\n${body.trimEnd()}\n`;
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return { status: 'written' };
  }
  if (!existsSync(file)) return { status: 'missing' };
  const old = readFileSync(file, 'utf8');
  const [, orca, browser] = VERSIONS.exec(old) ?? [];
  if (orca !== versions.orca || browser !== versions.browser)
    return { status: 'other-versions', detail: `recorded with Orca ${orca} and ${browser}` };
  if (old === text) return { status: 'same' };
  const oldLines = old.split('\n');
  const newLines = text.split('\n');
  const at = newLines.findIndex((line, i) => line !== oldLines[i]);
  return {
    status: 'differs',
    detail: `line ${at + 1}: recorded "${oldLines[at] ?? ''}", heard "${newLines[at] ?? ''}"`,
  };
}

/** A main journey's transcript as Markdown. @param {string[]} transcript */
export function transcriptBody(transcript) {
  return transcript
    .map((line) => (line.startsWith('> ') ? `\n**${line.slice(2)}**\n` : `- ${line}`))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

export const transcriptFile = (/** @type {string} */ root, widget, lang) =>
  join(root, 'docs', 'screen-reader', `${widget}.${lang}.md`);
export const treeFile = (/** @type {string} */ root, widget, state, lang) =>
  join(root, 'test', 'screen-reader', 'trees', `${widget}.${state}.${lang}.txt`);
