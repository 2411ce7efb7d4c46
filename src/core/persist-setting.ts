import { parentOf } from './language.js';

/**
 * The page-wide way to turn `persist` on: this attribute on any ancestor of the elements (on
 * `<body>` for the whole page), read from the element itself outwards, through shadow roots;
 * the nearest one wins, and `data-uzl-persist="false"` turns it off below it. A `data-`
 * attribute, so the page stays valid HTML, and no script is needed.
 */
export const PERSIST_ATTRIBUTE = 'data-uzl-persist';

/**
 * Whether `host` keeps a last good copy of its feed: its own `persist` attribute, else the
 * nearest `data-uzl-persist`. Never for a feed read with cookies (`credentials="include"`):
 * an intranet feed behind a login is not the widget's to write down. Read when a load starts;
 * nothing watches the ancestors.
 */
export function persistWanted(host: Element & { persist: boolean; credentials: string }): boolean {
  if (host.credentials === 'include') return false;
  if (host.persist) return true;
  for (let node: Element | null = host; node; node = parentOf(node)) {
    const value = node.getAttribute(PERSIST_ATTRIBUTE);
    if (value !== null) return value.trim().toLowerCase() !== 'false';
  }
  return false;
}
