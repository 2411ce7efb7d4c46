/**
 * Where a link inside the embed page takes a visitor (a plain left click; a click with a
 * modifier key, a middle click, a `download` link, a link that opens elsewhere by its own
 * `target`, or one a widget handled itself keep the browser's default):
 * - in a frame WordPress sandboxed (`sandbox="allow-scripts"`: a secret in the URL's hash, or
 *   an opaque origin), a link can neither open a tab nor navigate the top window, and
 *   wp-embed.js navigates the top window only to addresses on the frame's own host: the page
 *   asks it to, through the service's `/go?to=<link>` (which redirects only to the origins the
 *   service allows). Only the service has `/go`: it says so with the oEmbed discovery link it
 *   puts in the page, whose address is `<base>/oembed?…`; a static embed.html has none, and
 *   its links are left to the browser;
 * - in any other frame, the link opens in the top window, where a visitor expects a link on
 *   the page to go (not inside a frame a few hundred pixels high).
 */
export function routeLinks(secret: string | undefined): void {
  if (parent === self) return;
  const sandboxed = secret !== undefined || self.origin === 'null';
  const oembed = document.querySelector<HTMLLinkElement>('link[type="application/json+oembed"]');
  addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.hasAttribute('download') || !/^https?:$/.test(link.protocol)) return;
    // A link within this page (`#…`) stays a link within this page.
    if (link.href.split('#')[0] === location.href.split('#')[0] && link.hash) return;
    if (sandboxed) {
      if (!oembed) return;
      event.preventDefault();
      const value = new URL(`go?to=${encodeURIComponent(link.href)}`, oembed.href).href;
      parent.postMessage({ message: 'link', value, secret }, '*');
    } else if (!link.target || link.target === '_self') {
      event.preventDefault();
      open(link.href, '_top');
    }
  });
}
