/**
 * Wording a page can change: any text a widget shows, per language, by its message id
 * (`calendar.upcoming` → "Info sessions"), one way for every widget. Two doors to one store:
 * a `<script type="application/json" data-uzl-messages>` block, which a CMS editor can paste
 * with the widget's HTML and which is read once, when a widget first needs a text; and
 * `setMessages()`, for an app's code, which re-renders the widgets already on the page.
 *
 * A replacement is a string and is rendered as text: it goes where the translated text went,
 * through Lit's text bindings or `textContent`, never as HTML. A message with values
 * ("Show 5 more") names each value `{0}`, `{1}` in the source's order; a replacement that
 * leaves one out or names one the message lacks is refused with a warning, and the message
 * keeps its own text.
 */
import { MESSAGE_GROUPS, type MessageId } from '../generated/message-ids.js';
import { renderAll, type Lang } from './language.js';
import { warnOnce } from './warn-once.js';

export type { MessageId } from '../generated/message-ids.js';

/**
 * Replacement texts per language (`nl`, `en`, `fr`), by message id:
 * `{ en: { 'calendar.upcoming': 'Info sessions' }, nl: { 'calendar.upcoming': 'Infosessies' } }`.
 * `{0}`, `{1}` stand for a message's values (`'list.show-more': 'Next {0}'`).
 */
export type MessageOverrides = { readonly [L in Lang]?: { readonly [I in MessageId]?: string } };

/** language → id → replacement, as given (a page's JSON is not typed). */
const replacements: Partial<Record<Lang, Record<string, unknown>>> = {};
/** The ids of the messages loaded so far (every message has a nl translation): set by localize.ts. */
let loaded: Record<string, unknown> = {};
let pageRead = false;

/** One warning per message, to the page's developer. */
function warn(message: string): void {
  if (typeof document == 'object') warnOnce(document.documentElement, `uzl-widgets: ${message}`);
}

/** Adds a page's texts; what is not `{ lang: { id: text } }` never matches a lookup. */
function store(more: object): void {
  for (const [lang, texts] of Object.entries(more))
    Object.assign((replacements[lang as Lang] ??= {}), texts);
  checkIds();
}

/**
 * Warns about every replaced id no widget has: at once when its first part names no group,
 * else as soon as its group's messages have loaded (`addMessages`).
 */
export function checkIds(known: Record<string, unknown> = loaded): void {
  loaded = known;
  const ids = Object.keys(known);
  for (const texts of Object.values(replacements))
    for (const id of Object.keys(texts)) {
      const group = MESSAGE_GROUPS.exec(id)?.[0];
      if (!group || (!(id in known) && ids.some((k) => k.startsWith(group))))
        warn(`unknown message id "${id}"`);
    }
}

/**
 * Replaces texts the widgets show, per language, by message id, and re-renders the widgets on
 * the page. Later calls add to earlier ones (and to a page's `data-uzl-messages`); a text given
 * again replaces the earlier one. Rendered as text, never as HTML.
 *
 * ```js
 * import { setMessages } from 'uzl-widgets';
 * setMessages({ en: { 'calendar.upcoming': 'Info sessions' }, nl: { 'calendar.upcoming': 'Infosessies' } });
 * ```
 */
export function setMessages(overrides: MessageOverrides): void {
  readPage();
  store(overrides);
  renderAll();
}

/** The page's `data-uzl-messages` blocks, in document order, once. */
function readPage(): void {
  if (pageRead || typeof document != 'object') return;
  pageRead = true;
  for (const block of document.querySelectorAll('script[data-uzl-messages]'))
    try {
      store(JSON.parse(block.textContent) as object);
    } catch {
      warn('data-uzl-messages: not JSON');
    }
}

/**
 * The page's text for message `id` in `lang`, its `{n}` filled with `values`; undefined when the
 * page replaces nothing there (or gave a replacement that does not fit the message).
 */
export function replacement(
  lang: Lang,
  id: string,
  values: readonly unknown[],
): string | undefined {
  readPage();
  const text = replacements[lang]?.[id];
  if (typeof text != 'string') return undefined;
  const parts = text.split(/\{(\d+)\}/);
  const named = parts.filter((_, i) => i % 2);
  if (values.every((_, n) => named.includes(`${n}`)) && named.every((n) => +n < values.length))
    return parts.map((part, i) => (i % 2 ? `${values[+part] as string}` : part)).join('');
  warn(`"${id}" must use ${values.map((_, n) => `{${n}}`).join(' ') || 'no {n}'} (only)`);
  return undefined;
}
