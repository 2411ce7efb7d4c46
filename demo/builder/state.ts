/**
 * What the person has chosen, and its place in the page URL's query, so a configuration can be
 * bookmarked, shared and restored on load. Only what differs from the defaults goes into the
 * URL (and into the snippet), so a link stays short and says what was chosen.
 *
 * The query, not the fragment: `<uzl-ai-publications sync-url>` in the preview writes
 * `#domain=…` into the page's fragment, and the two must not overwrite each other.
 */
import { toSupportedLang, type Lang } from '../../src/core/language.js';
import type { Theme } from '../../src/core/uzl-element.js';
import { fieldsOf, keptValue } from './manifest-fields.js';
import { WIDGETS, isWidgetId, type WidgetId } from './widgets.js';

/** `''`: the element follows the page (no `lang` attribute). */
export type LangChoice = '' | Lang;
/** `''`: the element follows the page's `color-scheme` (no `theme` attribute). */
export type ThemeChoice = '' | Theme;

export const LANG_CHOICES: readonly LangChoice[] = ['', 'nl', 'en', 'fr'];
export const THEME_CHOICES: readonly ThemeChoice[] = ['', 'light', 'dark', 'auto'];

/** The shared tokens the builder sets; '' leaves the element's own value. */
export interface Tokens {
  /** Any CSS colour. */
  primary: string;
  /** A CSS font-family list. */
  font: string;
  /** Corner radius in px. */
  radius: string;
}

export interface BuilderState {
  /** The builder's own interface language. */
  ui: Lang;
  widget: WidgetId;
  /** The feed URL as typed, relative to this page or absolute. */
  src: string;
  lang: LangChoice;
  theme: ThemeChoice;
  /** The element's attributes that differ from their defaults ('' for a boolean that is on). */
  attributes: Record<string, string>;
  tokens: Tokens;
  /** The fallback link's text and URL; '' for the widget's default in its language. */
  fallbackText: string;
  fallbackHref: string;
  /** The embed service's address for the URL and frame outputs; '' for this site's /embed. */
  embedBase: string;
  /** Whether the frame output comes with the resize script. */
  resizeScript: boolean;
}

/** The interface language a visitor gets without choosing: the browser's, else English. */
export function browserLang(): Lang {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = toSupportedLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function initialState(widget: WidgetId = 'news-list'): BuilderState {
  return {
    ui: browserLang(),
    widget,
    src: WIDGETS[widget].demoFeed,
    lang: '',
    theme: '',
    attributes: {},
    tokens: { primary: '', font: '', radius: '' },
    fallbackText: '',
    fallbackHref: '',
    embedBase: '',
    resizeScript: false,
  };
}

/**
 * Another element: its attributes and fallback link start afresh (they are the other
 * element's), and the demo feed follows when the feed was still a demo feed.
 */
export function withWidget(state: BuilderState, widget: WidgetId): BuilderState {
  if (widget === state.widget) return state;
  const demo = state.src.trim() === '' || state.src === WIDGETS[state.widget].demoFeed;
  return {
    ...state,
    widget,
    src: demo ? WIDGETS[widget].demoFeed : state.src,
    attributes: {},
    fallbackText: '',
    fallbackHref: '',
  };
}

const ATTRIBUTE_PREFIX = 'attr-';
const TOKEN_KEYS = ['primary', 'font', 'radius'] as const;

export function toQuery(state: BuilderState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.ui !== browserLang()) query.set('ui', state.ui);
  query.set('element', state.widget);
  if (state.src !== WIDGETS[state.widget].demoFeed) query.set('src', state.src);
  if (state.lang) query.set('lang', state.lang);
  if (state.theme) query.set('theme', state.theme);
  for (const [name, value] of Object.entries(state.attributes)) {
    query.set(`${ATTRIBUTE_PREFIX}${name}`, value);
  }
  for (const key of TOKEN_KEYS) if (state.tokens[key]) query.set(key, state.tokens[key]);
  if (state.fallbackText) query.set('fallback-text', state.fallbackText);
  if (state.fallbackHref) query.set('fallback-href', state.fallbackHref);
  if (state.embedBase) query.set('embed-base', state.embedBase);
  if (state.resizeScript) query.set('resize', '');
  return query;
}

/** The state a query describes; anything it does not name, or names wrongly, stays default. */
export function fromQuery(query: URLSearchParams): BuilderState {
  const element = query.get('element');
  const state = initialState(isWidgetId(element) ? element : undefined);
  state.ui = toSupportedLang(query.get('ui')) ?? state.ui;
  state.src = query.get('src') ?? state.src;
  const lang = query.get('lang') ?? '';
  if ((LANG_CHOICES as readonly string[]).includes(lang)) state.lang = lang as LangChoice;
  const theme = query.get('theme') ?? '';
  if ((THEME_CHOICES as readonly string[]).includes(theme)) state.theme = theme as ThemeChoice;
  for (const field of fieldsOf(WIDGETS[state.widget].tag)) {
    const raw = query.get(`${ATTRIBUTE_PREFIX}${field.name}`);
    const value = raw === null ? undefined : keptValue(field, raw);
    if (value !== undefined) state.attributes[field.name] = value;
  }
  for (const key of TOKEN_KEYS) state.tokens[key] = query.get(key) ?? '';
  state.fallbackText = query.get('fallback-text') ?? '';
  state.fallbackHref = query.get('fallback-href') ?? '';
  state.embedBase = query.get('embed-base') ?? '';
  state.resizeScript = query.has('resize');
  return state;
}
