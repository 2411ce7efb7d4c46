/**
 * The check of a page's replacement texts (core/wording.ts), in a chunk of its own: only a page
 * that replaces texts loads it. It runs again whenever an element's module brings its messages,
 * and checks each replacement once its message's group has loaded (the drop-in loads a
 * widget's chunk when its tag appears). An id no widget has, and a replacement that does not
 * use each of its message's values (`{0}` …) or names one it lacks, give one `console.warn`; a
 * misfit replacement is dropped and the widgets re-render with the message's own text.
 */
import { MESSAGE_GROUPS } from '../generated/message-ids.js';
import { renderAll } from './language.js';
import { loadedMessages } from './localize.js';
import type { Replacements } from './wording.js';

const said = new Set<string>();

function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`uzl-widgets: ${message}`);
}

/** Whether `text` uses each of `count` values, `{0}` to `{count - 1}`, and no other. */
function fits(text: string, count: number): boolean {
  const named = [...text.matchAll(/\{(\d+)\}/g)].map(([, n]) => Number(n));
  return named.every((n) => n < count) && new Set(named).size === count;
}

export function check(replacements: Replacements): void {
  const loaded = loadedMessages();
  const ids = Object.keys(loaded);
  let dropped = false;
  for (const [lang, texts] of Object.entries(replacements)) {
    if (!/^(nl|en|fr)$/.test(lang)) warn(`"${lang}": not nl, en or fr`);
    for (const [id, text] of Object.entries(texts ?? {})) {
      const group = id.split('.')[0]!;
      const message = loaded[id];
      if (
        !MESSAGE_GROUPS.includes(group) ||
        (!message && ids.some((k) => k.startsWith(`${group}.`)))
      )
        warn(`unknown message id "${id}"`);
      if (!message) continue; // unknown, or its group has not loaded yet
      const count = typeof message === 'string' ? 0 : message.values.length;
      if (typeof text !== 'string' || !fits(text, count)) {
        const needs = Array.from({ length: count }, (_, n) => `{${n}}`).join(' ') || 'no {n}';
        warn(`"${id}" must be text with ${needs} (only)`);
        delete texts![id];
        dropped = true;
      }
    }
  }
  if (dropped) renderAll();
}
