/**
 * `dist/uzl-embed-resize.js`: the optional script for a page that frames embed pages and may
 * run one script (README, "Embed page"). Each embed page says its height whenever it changes,
 * `{type: 'uzl-embed:height', height, widget}`; this sets that height on the `<iframe>` that
 * said it, if the frame carries `data-uzl-embed`. The attribute is the page's consent: no
 * other frame on the page is resized by what it posts, whichever address it has. A frame's
 * CSS `max-height` still caps it (it then scrolls inside).
 */
addEventListener('message', (event: MessageEvent<{ type?: unknown; height?: unknown } | null>) => {
  const { type, height } = event.data ?? {};
  if (type !== 'uzl-embed:height' || typeof height !== 'number' || !(height >= 0)) return;
  for (const frame of document.querySelectorAll('iframe[data-uzl-embed]'))
    if ((frame as HTMLIFrameElement).contentWindow === event.source)
      (frame as HTMLIFrameElement).style.height = `${Math.ceil(height)}px`;
});
