/**
 * The embed page's query (`/embed?widget=news-list&src=…&lang=fr&limit=3&theme=dark&more=…`)
 * read into what the page shows, or the reason it cannot be shown. Unknown parameters are
 * ignored; every attribute the manifest lists for the widget is taken when its value is one the
 * element would take (attribute-value.ts); `src` must be http(s) on an allowed origin (relative
 * to the page); `more=` too, else the registry's own fallback link is used.
 */
import { toSupportedLang, type Lang } from '../core/language.js';
import { widgetNamed, type Widget } from '../widgets.js';
import { attributeValue } from './attribute-value.js';
import type { ManifestAttributes } from './manifest.js';
import type { Origins } from './origins.js';

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
  readonly widget: Widget;
  /** `lang=`: nl, en or fr (`nl-BE` counts as nl); English when missing or another language. */
  readonly lang: Lang;
  /** The feed, absolute, on an allowed origin. */
  readonly src: URL;
  /** The widget's attributes in the manifest's order, `src` among them; `true` for a boolean one. */
  readonly attributes: readonly (readonly [name: string, value: string | true])[];
  readonly theme: Theme | undefined;
  /** The fallback link for a page without JavaScript. */
  readonly fallback: { readonly href: string; readonly text: string };
}

export type EmbedQuery =
  | { readonly ok: true; readonly params: EmbedParams }
  | { readonly ok: false; readonly problem: string };

/** Reads the query of `pageUrl` (the embed page's public URL; relative URLs resolve against it). */
export function readEmbedQuery(
  pageUrl: URL,
  origins: Origins,
  manifest: ManifestAttributes,
): EmbedQuery {
  const query = pageUrl.searchParams;
  const widget = widgetNamed(query.get('widget'));
  const listed = widget && manifest[widget.tag];
  if (!widget || !listed) {
    const asked = query.get('widget');
    return {
      ok: false,
      problem: asked ? `There is no widget "${asked}".` : 'Say which widget to show: widget=<id>.',
    };
  }
  const rawSrc = query.get('src');
  if (!rawSrc?.trim()) return { ok: false, problem: 'Give the feed to show: src=<URL>.' };
  const src = origins.check(rawSrc.trim(), pageUrl.href);
  if (!src)
    return { ok: false, problem: `The feed ${describe(rawSrc, pageUrl)} is not allowed here.` };

  const attributes: [string, string | true][] = [];
  for (const { name, type } of listed) {
    if (name === 'src') attributes.push(['src', src.href]);
    else if (query.has(name)) {
      const value = attributeValue(type, query.get(name)!);
      if (value !== undefined) attributes.push([name, value]);
    }
  }
  const lang = toSupportedLang(query.get('lang')) ?? 'en';
  const theme = attributes.find(([name]) => name === 'theme')?.[1] as Theme | undefined;
  const more = query.get('more');
  const moreUrl = more ? origins.check(more.trim(), pageUrl.href) : undefined;
  return {
    ok: true,
    params: {
      widget,
      lang,
      src,
      attributes,
      theme,
      fallback: {
        href: moreUrl?.href ?? widget.fallback.href[lang],
        text: widget.fallback.text[lang],
      },
    },
  };
}

/** How a refused URL is named: its origin when it has one, else what was given. */
function describe(raw: string, base: URL): string {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? `on ${url.origin}`
      : `"${raw}" (not http or https)`;
  } catch {
    return `"${raw}" (not a URL)`;
  }
}
