/**
 * Wording a page can change: any text a widget shows, per language, by its message id
 * (`calendar.upcoming` → "Info sessions"), one way for every widget. Two doors to one store:
 * a `<script type="application/json" data-uzl-messages>` block, which a CMS editor can paste
 * with the widget's HTML and which is read once, when a widget first needs a text; and
 * `setMessages()`, for an app's code, which re-renders the widgets already on the page.
 *
 * A replacement is a string and is rendered as text: it goes where the translated text went,
 * through Lit's text bindings or `textContent`, never as HTML. A message with values
 * ("Show 5 more") names each value `{0}`, `{1}` in the source's order.
 *
 * Every page loads this, so it only stores and looks up. Whether a page's ids exist and its
 * replacements use their message's values is checked by core/wording-check.ts, a chunk that
 * only a page with replacements loads, once the messages concerned have loaded; it drops a
 * replacement that does not fit (with a warning) and re-renders, so the message shows its own
 * text again.
 */
import type { MessageId } from '../generated/message-ids.js';
import { renderAll, type Lang } from './language.js';

export type { MessageId } from '../generated/message-ids.js';

/**
 * Replacement texts per language (`nl`, `en`, `fr`), by message id:
 * `{ en: { 'calendar.upcoming': 'Info sessions' }, nl: { 'calendar.upcoming': 'Infosessies' } }`.
 * `{0}`, `{1}` stand for a message's values (`'list.show-more': 'Next {0}'`).
 */
export type MessageOverrides = { readonly [L in Lang]?: { readonly [I in MessageId]?: string } };

/** language → id → replacement, as given (a page's JSON is not typed). */
export type Replacements = Partial<Record<string, Record<string, unknown>>>;

const replacements: Replacements = {};
let pageRead = false;
let replacing = false;

/**
 * Checks the page's replacements against the messages loaded so far, in core/wording-check.ts:
 * again each time an element's module brings its messages (`addMessages`).
 */
export function checkReplacements(): void {
  if (replacing) void import('./wording-check.js').then((check) => check.check(replacements));
}

function store(more: object): void {
  for (const [lang, texts] of Object.entries(more))
    Object.assign((replacements[lang] ??= {}), texts);
  replacing = true;
  checkReplacements();
}

/**
 * Replaces texts the widgets show, per language, by message id, and re-renders the widgets on
 * the page. Later calls add to earlier ones (and to a page's `data-uzl-messages`); a text given
 * again replaces the earlier one. Rendered as text, never as HTML. `{0}`, `{1}` stand for the
 * message's values; an unknown id, or a replacement that does not use each of its message's
 * values, gives one `console.warn` and is ignored.
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
      console.warn('uzl-widgets: a data-uzl-messages block is not JSON');
    }
}

/** The page's text for message `id` in `lang`, its `{n}` filled with `values`; undefined when it replaces none. */
export function replacement(
  lang: Lang,
  id: string,
  values: readonly unknown[],
): string | undefined {
  readPage();
  const text = replacements[lang]?.[id];
  return typeof text == 'string'
    ? text.replace(/\{(\d+)\}/g, (_, n: string) => `${values[+n] as string}`)
    : undefined;
}
