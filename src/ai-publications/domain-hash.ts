/**
 * The chosen domain in the page URL's fragment, as `#domain=nuclear-medicine`, so a visitor
 * can bookmark or share it and a link on the page can open it. The fragment is read as
 * `key=value` pairs and other keys are kept; a plain anchor (`#contact`) has no pairs and is
 * replaced, as following any other in-page link would.
 */
const KEY = 'domain';

function fragmentParams(): URLSearchParams {
  const fragment = location.hash.slice(1);
  return new URLSearchParams(fragment.includes('=') ? fragment : '');
}

/**
 * What the page URL says about the domain: its id; `null` for all domains (an empty fragment,
 * or pairs without `domain`); `undefined` when the fragment is a plain anchor, which says
 * nothing about it.
 */
export function readDomainHash(): string | null | undefined {
  const fragment = location.hash.slice(1);
  if (fragment && !fragment.includes('=')) return undefined;
  return fragmentParams().get(KEY) || null;
}

/**
 * Puts `domain` into the page URL (removes it for `undefined`). `replaceState`, not a new
 * history entry: the Back button should leave the page, not step through the filter.
 */
export function writeDomainHash(domain: string | undefined): void {
  const params = fragmentParams();
  if ((params.get(KEY) ?? undefined) === domain) return;
  if (domain) params.set(KEY, domain);
  else params.delete(KEY);
  const fragment = params.toString();
  const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  history.replaceState(history.state, '', url);
}
