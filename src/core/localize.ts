/**
 * Per-element translation on top of @lit/localize.
 *
 * @lit/localize's own runtime keeps one locale for the whole page and throws when it is
 * configured twice: it could not give a nl widget and a fr widget on one page, and it would
 * clash with a host page that uses @lit/localize itself. So we never configure it. We keep
 * its authoring side (`msg()`, `str`, `lit-localize extract/build`, XLIFF in `locales/`) and
 * look messages up ourselves, in the generated templates of the language the rendering
 * element speaks. The element sets that language around its own synchronous render
 * (`UzlElement.update`), so nested renders of different languages never mix.
 *
 * `lit-localize extract` recognises our `msg` by its type brand (`_LIT_LOCALIZE_MSG_`), which
 * our `MsgFn` carries.
 */
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import type { MsgOptions, TemplateMap } from '@lit/localize/internal/types.js';
import { messages as coreMessages } from '../generated/messages/core.js';
import type { Lang } from './language.js';
import { checkReplacements, replacement } from './wording.js';

// The str tag from its own module: @lit/localize's index would also pull in its page-wide runtime.
export { str } from '@lit/localize/internal/str-tag.js';

/** One group of translated messages (generated in src/generated/messages/), per target language. */
export type Messages = Record<Exclude<Lang, 'en'>, TemplateMap>;

// The translations are small, so they ship inside the bundle and are available synchronously.
// Each element's module adds its own group (`addMessages`), so a page that loads one element
// does not download the others' messages.
const TEMPLATES: Record<Lang, TemplateMap | undefined> = {
  en: undefined, // source language: the text in msg() itself
  nl: { ...coreMessages.nl },
  fr: { ...coreMessages.fr },
};

/** Makes a group of messages available to `msg()`; an element's module calls it once. */
export function addMessages(messages: Messages): void {
  Object.assign(TEMPLATES.nl!, messages.nl);
  Object.assign(TEMPLATES.fr!, messages.fr);
  checkReplacements();
}

/** Every message loaded so far, by id, as translated into Dutch (every message has a translation). */
export const loadedMessages = (): TemplateMap => TEMPLATES.nl!;

let active: Lang = 'en';

/** msg()'s type: a text or a `str` message and its `id`, with @lit/localize's brand. */
type MsgFn = ((template: string | StrResult, options: MsgOptions & { id: string }) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
};

/**
 * Translates into the language set by the innermost `inLanguage()` call (English outside one),
 * by the message's `id`, which every call names (the translations are grouped by it), unless
 * the page replaces that text (core/wording.ts). The
 * lookup is ours: @lit/localize's would also hash an id from the text and map `html`
 * messages, code we never run. `lit-localize extract` finds the calls by its type brand.
 */
export const msg: MsgFn = (template, { id }) => {
  const values = typeof template === 'string' ? [] : template.values;
  const replaced = replacement(active, id, values);
  if (replaced !== undefined) return replaced;
  const localized = TEMPLATES[active]?.[id] as string | StrResult | undefined;
  if (typeof localized === 'string') return localized;
  // A translated `str` message holds, in each placeholder, the index of the source's value.
  if (localized)
    return joinStringsAndValues(localized.strings, values, localized.values as number[]);
  return typeof template === 'string' ? template : joinStringsAndValues(template.strings, values);
};

/** Runs `work` with `msg()` answering in `lang`; restores the previous language afterwards. */
export function inLanguage<T>(lang: Lang, work: () => T): T {
  const previous = active;
  active = lang;
  try {
    return work();
  } finally {
    active = previous;
  }
}
