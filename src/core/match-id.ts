/**
 * The one rule for an attribute that names an id in the feed (a campus, a category, a domain,
 * a figure), in every widget: ids match case-insensitively, and a value the feed has no id
 * for gives one `console.warn` naming the widget, the attribute, the value and the ids the
 * feed has. What the widget then shows is its own: a filter is ignored as if absent (the
 * calendar's `campus` and `category`, the AI page's `domain`, an id in the counter's `items`);
 * the campus card, whose whole job is the campus asked for, shows its error state.
 */
import { warnOnce } from './warn-once.js';

/**
 * The id among `ids` (the feed's, each once) that `value`, the `attribute` of `host`, names,
 * ignoring case; undefined when `value` is empty or names none of them (then with the warning).
 */
export function matchId(
  host: Element,
  attribute: string,
  value: string | undefined,
  ids: readonly string[],
): string | undefined {
  const wanted = value?.trim() ?? '';
  if (!wanted) return undefined;
  const found = ids.find((id) => id.toLowerCase() === wanted.toLowerCase());
  if (found === undefined)
    warnOnce(
      host,
      `${attribute}: the feed has no id "${wanted}" (it has: ${ids.join(', ') || 'none'}).`,
    );
  return found;
}
