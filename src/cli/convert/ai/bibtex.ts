/**
 * BibTeX and BibLaTeX, as Zotero (and Better BibTeX), JabRef, Google Scholar and repositories
 * export them, read by Citation.js's BibTeX plugin into CSL-JSON: it decodes LaTeX (`{\"u}`,
 * `\'e`, `--`, `\textendash`), drops the braces that protect capitals, splits names into
 * family and given parts (`{World Health Organization}` kept whole), and maps `journal`,
 * `booktitle`, `langid`, `doi` and the dates to CSL's fields.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { ConvertError } from '../convert-types.js';
import { cslItems } from './csl-json.js';

/** An entry start, `@article{` or `@inproceedings(`, anywhere in the file. */
const ENTRY = /(^|\n)\s*@\s*[A-Za-z]+\s*[{(]/;

export const looksLikeBibtex = (text: string): boolean => ENTRY.test(text);

/** The file's entries as CSL-JSON items; a syntax error is said with its line and column. */
export function bibtexItems(text: string, given: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ConvertError(`${given}: BibTeX that cannot be read: ${reason}`, 'unreadable');
  }
  const items = cslItems(parsed);
  if (!items) throw new ConvertError(`${given}: BibTeX without entries`, 'unreadable');
  return items;
}
