/**
 * The two outputs for pages that cannot run the widget's script (README, "Embed page"): the
 * embed page's URL, which WordPress and Drupal turn into the widget when it stands alone on a
 * line (oEmbed), and an `<iframe>` of it for a CMS that keeps frames, optionally with the
 * script that keeps the frame as high as the widget. Both carry what the script snippet's tag
 * carries (src, lang, theme, the attributes changed, the fallback address as `more=`); the
 * colour, font and radius tokens have no place in a URL and stay the embed page's own.
 */
import type { Lang } from '../../src/core/language.js';
import { CDN_URL, elementSpec } from './snippet.js';
import type { BuilderState } from './state.js';
import { WIDGETS } from './widgets.js';

/** The resize script, beside the drop-in loader on the CDN. */
const RESIZE_URL = CDN_URL.replace(/uzl-widgets\.js$/, 'uzl-embed-resize.js');

/**
 * Where the embed service answers when nobody says otherwise: this site's own `/embed`, as
 * when the builder and `uzl-widgets serve --base-url <origin>` share an origin.
 */
export const defaultEmbedBase = () => new URL('/embed', location.href).href;

export function embedUrl(state: BuilderState): string {
  const spec = elementSpec(state);
  let url: URL;
  try {
    url = new URL(state.embedBase.trim() || defaultEmbedBase(), location.href);
  } catch {
    url = new URL(defaultEmbedBase());
  }
  url.search = '';
  url.hash = '';
  url.searchParams.set('widget', state.widget);
  for (const [name, value] of spec.attributes) url.searchParams.set(name, value);
  if (state.fallbackHref) url.searchParams.set('more', spec.fallback.href);
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The frame: as wide as its column, as high as the widget's reserved room (its usual height,
 * so nothing is cut off without a script), titled with the widget's name for screen readers.
 */
export function iframeCode(state: BuilderState, name: (lang: Lang) => string): string {
  const widget = WIDGETS[state.widget];
  const lang = state.lang || state.ui;
  const lines = [
    `<iframe src="${escapeAttribute(embedUrl(state))}"`,
    `  title="${escapeAttribute(name(lang))}"`,
    `  height="${widget.room}" style="width: 100%; border: 0"`,
    `  loading="lazy" data-uzl-embed></iframe>`,
  ];
  if (state.resizeScript) lines.push(`<script src="${RESIZE_URL}" async></script>`);
  return `${lines.join('\n')}\n`;
}
