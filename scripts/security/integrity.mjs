// dist/integrity.json: the Subresource Integrity hash (sha384) of every file a page may load
// from the package (README, "Integrity"), by its path in the package: the drop-in loader and
// the chunks it imports (dist/cdn/), the all-in-one file, the stylesheet, the classic starter
// for consent managers, the embed page and its scripts. Source maps are left out: only
// developer tools fetch them. Written by the build after everything it hashes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The drop-in files at the top of dist/ (the chunks are read from dist/cdn/). */
export const PAGE_FILES = [
  'dist/uzl-widgets.js',
  'dist/uzl-widgets-classic.js',
  'dist/uzl-widgets.all.js',
  'dist/uzl-widgets.css',
  'dist/embed.html',
  'dist/uzl-embed.js',
  'dist/uzl-embed-resize.js',
];

/** `sha384-<base64>`, as an `integrity` attribute or import map entry takes it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file a page may load, relative to `root` (the package's folder), in path order. */
export function pageFiles(root = '.') {
  const chunks = readdirSync(posix.join(root, 'dist/cdn'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/cdn/${file}`);
  return [...PAGE_FILES, ...chunks].sort();
}

/** Writes dist/integrity.json and returns its table. */
export function writeIntegrity(root = '.') {
  const table = Object.fromEntries(
    pageFiles(root).map((file) => [file, sri(readFileSync(posix.join(root, file)))]),
  );
  writeFileSync(
    posix.join(root, 'dist/integrity.json'),
    `${JSON.stringify({ algorithm: 'sha384', files: table }, null, 2)}\n`,
  );
  return table;
}
