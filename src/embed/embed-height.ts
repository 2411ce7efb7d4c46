/**
 * Tells the parent page the embed page's height whenever it changes, so the frame can take it:
 * - WordPress's embed protocol, when the frame's URL carries `#?secret=…` (wp-embed.js adds it
 *   and resizes the frame itself, clamped to 200–1000 px): `{message: 'height', value, secret}`;
 * - ours, always (README, "Embed page"; dist/uzl-embed-resize.js applies it):
 *   `{type: 'uzl-embed:height', height, widget}`.
 * wp-embed.js says `{message: 'ready', secret}` when it starts: the height is said again then,
 * since our first message may have come before it listened.
 */
export function postHeights(widget: string, secret: string | undefined): void {
  if (parent === self) return;
  let last = 0;
  const say = () => {
    parent.postMessage({ type: 'uzl-embed:height', height: last, widget }, '*');
    if (secret) parent.postMessage({ message: 'height', value: last, secret }, '*');
  };
  // The body holds everything (display: flow-root in embed.html, so its children's margins
  // count); the document's own height is the frame's, whatever the content.
  const measure = () => Math.ceil(document.body.getBoundingClientRect().height);
  const update = () => {
    const height = measure();
    if (height !== last) {
      last = height;
      say();
    }
  };
  new ResizeObserver(update).observe(document.body);
  // Measured once now as well: wp-embed.js keeps the frame clipped to 1 px until it hears from
  // it, and Chromium runs no ResizeObserver (nor animation frame) in a frame clipped so.
  update();
  addEventListener('message', (event: MessageEvent<{ message?: unknown } | null>) => {
    if (event.source !== parent || event.data?.message !== 'ready') return;
    last = measure();
    say();
  });
}
