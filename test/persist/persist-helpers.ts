// What the last good copy's tests (test/persist/) share: the note a visitor reads, computed
// from the messages and Intl (never copied from one engine), and what our storage holds.
import { messages as coreMessages } from '../../src/generated/messages/core.js';
import { messages as persistMessages } from '../../src/generated/messages/persist.js';
import { INTL_LOCALES } from '../../src/core/format.js';
import type { Lang } from '../../src/core/language.js';
import { fold } from '../helpers/widgets.js';

export const LANGS: readonly Lang[] = ['nl', 'en', 'fr'];
export const CACHE_NAME = 'uzl-widgets-v1';

/** The message's text in `lang`, its placeholders filled in order (en: the source text). */
function fill(template: unknown, values: string[]): string {
  if (typeof template === 'string') return template;
  const { strings, values: at } = template as { strings: string[]; values: number[] };
  return strings.reduce((out, part, i) => out + values[at[i - 1]!]! + part);
}

/** The note's time: as the visitor's clock says it, on the day itself (the tests' copies are minutes old). */
export function expectedTime(copyFrom: string, lang: Lang): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(copyFrom));
}

/** "Shown as of 14:05; the latest could not be loaded." in `lang`. */
export function expectedNote(copyFrom: string, lang: Lang): string {
  const time = expectedTime(copyFrom, lang);
  if (lang === 'en') return `Shown as of ${time}; the latest could not be loaded.`;
  return fill(persistMessages[lang]['persist.copy-from'], [time]);
}

export function expectedRetry(lang: Lang): string {
  return lang === 'en' ? 'Retry' : fill(coreMessages[lang]['state.retry'], []);
}

/** The note above a copy, or null. */
export const noteOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="stale"]');

/** What the widget shows beside the note: its data, as it reads. */
export function contentText(el: Element): string {
  const note = noteOf(el);
  const all = fold(el.shadowRoot!.textContent);
  return note ? fold(all.replace(fold(note.textContent), '')) : all;
}

/** The feed URL as the widget resolves it, for matching our cache's keys. */
export const absolute = (src: string) => new URL(src, document.baseURI).href;

/** The keys in our cache that are copies of `src` (none when the cache does not exist). */
export async function storedCopies(src: string): Promise<string[]> {
  if (!(await caches.has(CACHE_NAME))) return [];
  const keys = await (await caches.open(CACHE_NAME)).keys();
  const feed = new URL(absolute(src));
  return keys
    .map((request) => request.url)
    .filter((url) => {
      const key = new URL(url);
      return key.origin + key.pathname === feed.origin + feed.pathname;
    });
}

/** When the copy of `src` was fetched, as stored (ISO 8601), or undefined without one. */
export async function storedTime(src: string): Promise<string | undefined> {
  const [key] = await storedCopies(src);
  if (!key) return undefined;
  const response = await (await caches.open(CACHE_NAME)).match(key);
  const at = Number(response?.headers.get('X-Uzl-Fetched-At'));
  return at > 0 ? new Date(at).toISOString() : undefined;
}
