/**
 * One input per language merged into multilingual items. Two items are one when they share
 * - the feed's id (a Drupal site's translations share the node's guid, `123 at https://…`), else
 * - the link (a site that serves every language at one address), else
 * - the link with its language taken out: a `/nl/` or `/fr/` path segment, a `lang=` query or
 *   a `nl.` / `fr.` host (WPML and Polylang give each translation its own post and guid, and
 *   link `/nl/…/slug/` and `/fr/…/slug/` when the slugs are shared).
 * Translations whose slugs differ too have nothing in common a feed says, and stay separate
 * items, each in its own language. An item is matched at most once per language.
 */
import { createHash } from 'node:crypto';
import { LANGS, type Lang } from '../convert-types.js';
import { localized, type PerLang } from '../languages.js';
import type { FeedEntry } from './feed-entry.js';
import type { NewsItemOut } from './news-items.js';

/** An entry that can be shown: it has a title and a day. */
export type ShownEntry = FeedEntry & { title: string; date: string };

interface Merged {
  ids: Set<string>;
  links: Set<string>;
  loose: Set<string>;
  byLang: PerLang<ShownEntry>;
  first: ShownEntry;
}

const LANG_PART = /^(?:nl|en|fr)(?:[-_][a-z]{2})?$/i;

/** A link compared without its fragment, a trailing slash or the host's case. */
function sameLink(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return parsed.href;
}

/** The link with its language taken out of the path, the query and the host. */
function withoutLanguage(url: string): string {
  const parsed = new URL(sameLink(url));
  parsed.pathname = parsed.pathname
    .split('/')
    .filter((part) => !LANG_PART.test(part))
    .join('/');
  for (const key of ['lang', 'language', 'hl']) parsed.searchParams.delete(key);
  parsed.hostname = parsed.hostname.replace(/^(?:nl|en|fr)\./i, '');
  return parsed.href;
}

/** An id for an item whose feed gives none and no link: its title and day, hashed. */
const madeId = (entry: ShownEntry) =>
  `urn:sha1:${createHash('sha1').update(`${entry.date}\n${entry.title}`).digest('hex').slice(0, 20)}`;

const idOf = (entry: ShownEntry) => entry.id ?? entry.url ?? madeId(entry);

function find(merged: Merged[], lang: Lang, entry: ShownEntry): Merged | 'same' | undefined {
  const id = idOf(entry);
  const link = entry.url && sameLink(entry.url);
  const exact =
    merged.find((item) => item.ids.has(id)) ??
    (link ? merged.find((item) => item.links.has(link)) : undefined);
  if (exact) {
    const there = exact.byLang[lang];
    if (!there) return exact;
    // The same item twice in one language (two overlapping feeds): kept once.
    if (there.title === entry.title && there.url === entry.url) return 'same';
    return undefined;
  }
  if (!entry.url) return undefined;
  const loose = withoutLanguage(entry.url);
  return merged.find((item) => !item.byLang[lang] && item.loose.has(loose));
}

/** The item's link: one for all its languages, or one per language when they differ. */
function urlOf(byLang: PerLang<ShownEntry>): string | PerLang<string> | undefined {
  const urls: PerLang<string> = {};
  for (const lang of LANGS) if (byLang[lang]?.url) urls[lang] = byLang[lang]?.url;
  const distinct = new Set(Object.values(urls));
  if (distinct.size <= 1) return [...distinct][0];
  return urls;
}

function imageOf(byLang: PerLang<ShownEntry>, first: ShownEntry): NewsItemOut['image'] {
  const shown = first.image ?? LANGS.map((lang) => byLang[lang]?.image).find(Boolean);
  if (!shown) return undefined;
  const alts: PerLang<string> = {};
  for (const lang of LANGS) {
    const entry = byLang[lang];
    // A language that shows another picture does not describe this one.
    if (!entry || (entry.image && entry.image.src !== shown.src)) continue;
    alts[lang] = entry.image?.alt ?? entry.title;
  }
  const image: NonNullable<NewsItemOut['image']> = { src: shown.src };
  const alt = localized(alts);
  if (alt) image.alt = alt;
  if (shown.width && shown.height)
    Object.assign(image, { width: shown.width, height: shown.height });
  return image;
}

/** `inputs` in command-line order; `notes` gets a line per item seen twice. */
export function mergeLanguages(
  inputs: { lang: Lang; given: string; entries: ShownEntry[] }[],
  notes: string[],
): NewsItemOut[] {
  const merged: Merged[] = [];
  for (const { lang, given, entries } of inputs) {
    for (const entry of entries) {
      const found = find(merged, lang, entry);
      if (found === 'same') {
        notes.push(`${given}: "${entry.title}" is there twice: kept once`);
        continue;
      }
      const item = found ?? {
        ids: new Set<string>(),
        links: new Set<string>(),
        loose: new Set<string>(),
        byLang: {},
        first: entry,
      };
      if (!found) merged.push(item);
      item.byLang[lang] = entry;
      item.ids.add(idOf(entry));
      if (entry.url) {
        item.links.add(sameLink(entry.url));
        item.loose.add(withoutLanguage(entry.url));
      }
    }
  }
  const used = new Set<string>();
  return merged.map(({ byLang, first }) => {
    // Ids stay those of the first input that has the item, made unique if a feed repeats one.
    let id = idOf(first);
    for (let n = 2; used.has(id); n += 1) id = `${idOf(first)}#${n}`;
    used.add(id);
    const out: NewsItemOut = { id, date: first.date };
    const title = localized(Object.fromEntries(LANGS.map((l) => [l, byLang[l]?.title])));
    const summary = localized(Object.fromEntries(LANGS.map((l) => [l, byLang[l]?.summary])));
    const url = urlOf(byLang);
    const image = imageOf(byLang, first);
    if (title) out.title = title;
    if (summary) out.summary = summary;
    if (url) out.url = url;
    if (image) out.image = image;
    return out;
  });
}
