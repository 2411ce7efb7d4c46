/**
 * The embed page's script (`dist/uzl-embed.js`): one widget alone in a page made to be framed,
 * configured by the page's query (README, "Embed page"):
 * `embed.html?widget=news-list&src=…&lang=fr&theme=dark&more=…&limit=3`.
 *
 * - Served by `uzl-widgets serve`, the page already holds the tag, its attributes and its
 *   fallback link: the script loads that widget and wires the frame up (height, links).
 * - From a static host (`dist/embed.html`), the page holds only a link for visitors without
 *   JavaScript: the script builds the tag from the query. Only the attributes the element
 *   observes are set (the element checks their values, as on any page); unknown parameters
 *   are ignored; `src` is taken only as an http(s) address, relative ones resolved against
 *   the page. `more=` (http(s)) becomes the tag's fallback link, else the widget's own.
 * - Only the chosen widget's module is loaded (the loader's chunks in cdn/), with the `core`
 *   chunk asked for beside it, as the loader does.
 * - `credentials="include"` in a frame with an opaque origin (sandboxed, as WordPress frames
 *   are) is refused with a sentence saying why: such a frame has no cookies to send, and the
 *   feed would only fail. The page says it, not the widget: the widgets' chunks stay the same
 *   for every page, and nothing else in them needs to know about frames.
 */
import widgets from 'virtual:uzl-embed-widgets';
import type { Lang } from '../core/language.js';
import { postHeights } from './embed-height.js';
import { routeLinks } from './embed-links.js';

const query = new URLSearchParams(location.search);
const root = document.documentElement;

/** `nl-BE` → `nl`; undefined for a language the widgets do not speak. */
const supported = (tag: string | null | undefined) =>
  /^(nl|en|fr)(?![a-z])/i.exec(tag ?? '')?.[1]?.toLowerCase() as Lang | undefined;

/** `value` as an absolute http(s) address (relative to this page), or undefined. */
const web = (value: string | null | undefined): string | undefined => {
  try {
    const url = new URL(value ?? '', location.href);
    return value && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** WordPress's secret, `#?secret=…` (letters and digits only; anything else is not its). */
const secret = /[#?&]secret=([A-Za-z\d]+)(?:&|$)/.exec(location.hash)?.[1];

const served = document.querySelector<HTMLElement>(
  Object.keys(widgets)
    .map((id) => `uzl-${id}`)
    .join(','),
);
const id = served ? served.localName.slice(4) : (query.get('widget') ?? '');
const entry = Object.hasOwn(widgets, id) ? widgets[id] : undefined;

const lang = served
  ? (supported(root.lang) ?? 'en')
  : (supported(query.get('lang')) ?? navigator.languages.map(supported).find(Boolean) ?? 'en');
root.lang = lang;
const theme = served ? served.getAttribute('theme') : query.get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') root.dataset['theme'] = theme;

routeLinks(secret);

async function start(): Promise<void> {
  if (!entry) {
    console.error(`uzl-embed: no widget "${id}"`);
    return;
  }
  const [define, name, fallbackHref] = entry;
  const tag = `uzl-${id}`;
  document.title = name[lang];

  // The link a visitor gets when the widget cannot come: the served tag's own, else the
  // static page's, pointed to `more=` or else the widget's fallback page.
  let fallback = served?.querySelector('a');
  if (!fallback) {
    fallback = document.querySelector<HTMLAnchorElement>('body > a') ?? document.createElement('a');
    fallback.href = web(query.get('more')) ?? fallbackHref[lang];
  }

  const credentials = served ? served.getAttribute('credentials') : query.get('credentials');
  if (credentials === 'include' && self.origin === 'null') {
    (await import('./embed-refusal.js')).refuse(lang, fallback);
    return;
  }

  import('../core/uzl-feed-element.js').catch(() => undefined);
  try {
    await define();
  } catch (error) {
    // The page keeps its fallback link; the developer learns which file failed.
    console.error(`uzl-embed: <${tag}> could not be loaded.`, error);
    return;
  }
  if (served) return;
  const element = document.createElement(tag);
  const observed =
    (customElements.get(tag) as { observedAttributes?: string[] } | undefined)
      ?.observedAttributes ?? [];
  for (const attribute of observed) {
    const value = attribute === 'src' ? web(query.get('src')) : query.get(attribute);
    // The page's language is the widget's (set on <html> above).
    if (value != null && attribute !== 'lang') element.setAttribute(attribute, value);
  }
  element.append(fallback);
  document.body.replaceChildren(element);
}

void start().finally(() => postHeights(id, secret));
