/**
 * `msg()` for the embed page's own few sentences, in the language of the page.
 *
 * Not core/localize.ts: importing it would tie this small script to the `core` chunk's exports
 * (and change that chunk). The messages are plain strings, so a look-up by id is all it takes;
 * `lit-localize extract` still finds them by `msg`'s type, and `npm run translations` writes
 * their nl and fr into src/generated/messages/embed.ts (the `embed.` group).
 */
import type { msg as litMsg } from '@lit/localize';
import type { Lang } from '../core/language.js';
import { messages } from '../generated/messages/embed.js';

let table: Readonly<Record<string, unknown>> | undefined;

/** Makes `msg()` answer in `lang` from now on. */
export function speak(lang: Lang): void {
  table = lang === 'en' ? undefined : messages[lang];
}

export const msg = ((template: string, options?: { id?: string }) => {
  const translated = options?.id ? table?.[options.id] : undefined;
  return typeof translated === 'string' ? translated : template;
}) as typeof litMsg;
