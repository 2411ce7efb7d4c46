// Our messages as a visitor hears them, read from the translations themselves
// (locales/<lang>.xlf: the English source and the nl and fr targets), placeholders filled in:
// a journey's expected words come from here and from Intl, never from one run's transcript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {'nl' | 'en' | 'fr'} Lang */

/** Entities the xlf files use in text. */
const unescape = (/** @type {string} */ text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The messages of one language: id → template, each placeholder `<x id="N" …/>` kept as {N}.
 * @param {string} root @param {Lang} lang
 * @returns {Record<string, string>}
 */
function read(root, lang) {
  const file = lang === 'en' ? 'nl' : lang;
  const xlf = readFileSync(join(root, 'locales', `${file}.xlf`), 'utf8');
  /** @type {Record<string, string>} */
  const out = {};
  for (const [, id, body] of xlf.matchAll(
    /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    const tag = lang === 'en' ? 'source' : 'target';
    const text = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body)?.[1];
    if (text !== undefined) out[id] = unescape(text.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
  }
  return out;
}

/**
 * `message(lang, id, ...values)`: the message in that language with its placeholders filled.
 * @param {string} root
 */
export function messagesOf(root) {
  /** @type {Record<string, Record<string, string>>} */
  const all = { nl: read(root, 'nl'), en: read(root, 'en'), fr: read(root, 'fr') };
  /** @param {Lang} lang @param {string} id @param {...(string | number)} values */
  return (lang, id, ...values) => {
    const template = all[lang]?.[id];
    if (template === undefined) throw new Error(`no message ${id} in ${lang}`);
    return template.replace(/\{(\d+)\}/g, (_, n) => String(values[Number(n)]));
  };
}

/** The locale Intl formats a language's numbers and dates in (as src/core/format.ts does). */
export const INTL_LOCALES = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };
