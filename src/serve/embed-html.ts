/**
 * The embed page as the service renders it: the widget's tag with its checked attributes and
 * the fallback link inside it (all a visitor without JavaScript sees), `<html lang>`, a
 * `<title>` naming the widget, the oEmbed discovery link for the page's own URL (in `<head>`:
 * WordPress reads discovery links only before `</head>`), the inline style and the one module
 * script, `uzl-embed.js`, which finds the tag already there and loads and wires the widget.
 * Every value written into the page is escaped.
 */
import type { EmbedParams } from './embed-params.js';
import { escapeHtml as esc } from './escape-html.js';
import type { InlineStyle } from './embed-style.js';

export interface EmbedPageInput {
  readonly params: EmbedParams;
  /** The page's public URL (the service's base URL, `embed` and the query). */
  readonly pageUrl: URL;
  /** The service's base URL, ending in `/`. */
  readonly base: string;
  readonly style: InlineStyle;
}

/** The page's title, which the oEmbed response repeats: the widget's name in the page's language. */
export const embedTitle = (params: EmbedParams): string => params.widget.name[params.lang];

/** The URL of the oEmbed answer for the page at `pageUrl`. */
export const oembedUrl = (base: string, pageUrl: URL): string =>
  `${base}oembed?url=${encodeURIComponent(pageUrl.href)}&format=json`;

export function embedHtml({ params, pageUrl, base, style }: EmbedPageInput): string {
  const { widget, lang, attributes, fallback } = params;
  const title = embedTitle(params);
  const attrs = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${esc(value)}"`))
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${esc(oembedUrl(base, pageUrl))}" title="${esc(title)}">
<style>${style.css}</style>
<script type="module" src="${esc(base)}uzl-embed.js"></script>
</head>
<body>
<${widget.tag}${attrs}><a href="${esc(fallback.href)}" target="_top">${esc(fallback.text)}</a></${widget.tag}>
</body>
</html>
`;
}
