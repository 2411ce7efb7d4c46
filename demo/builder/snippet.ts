/**
 * The code a partner pastes into a page: the stylesheet that keeps the widget's room (no layout
 * shift) and the drop-in loader from the package's CDN URL, a
 * `<style>` block with the tokens they changed, and the element with the attributes they
 * changed and its fallback link. Also the single source of what the preview shows, so the
 * preview and the snippet cannot disagree.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { safeUrl } from '../../src/core/safe-url.js';
import { fieldsOf } from './manifest-fields.js';
import type { BuilderState } from './state.js';
import { STRINGS } from './strings.js';
import { WIDGETS } from './widgets.js';

/**
 * The drop-in loader on jsDelivr (README, "With one script tag"): `@major.minor` takes every
 * fix of that line, as the README's own example does.
 */
const CDN_DIST = `https://cdn.jsdelivr.net/npm/uzl-widgets@${packageJson.version
  .split('.')
  .slice(0, 2)
  .join('.')}/dist`;
export const CDN_URL = `${CDN_DIST}/uzl-widgets.js`;
/** The room each widget keeps until it is defined (README, "No layout shift"). */
export const CDN_CSS_URL = `${CDN_DIST}/uzl-widgets.css`;

/** Any colour the browser's CSS accepts. */
export const isColour = (value: string) => CSS.supports('color', value.trim());

/** A font list that cannot end its declaration or the style block. */
export const isSafeFont = (font: string) => !/[;{}<>]/.test(font);

/** The radius as a CSS length, or undefined when it is not a number of px ≥ 0. */
function radiusLength(radius: string): string | undefined {
  const value = radius.trim();
  if (value === '' || !Number.isFinite(Number(value)) || Number(value) < 0) return undefined;
  return `${Number(value)}px`;
}

/** What the element gets, in the order the snippet writes it. */
export interface ElementSpec {
  tag: string;
  attributes: [name: string, value: string][];
  /** `--uzl-…` custom properties and their values. */
  tokens: [name: string, value: string][];
  fallback: { text: string; href: string };
}

/** The feed URL as the snippet needs it: absolute, since the snippet lands on another page. */
export function absoluteSrc(src: string): string {
  const value = src.trim();
  if (!value) return '';
  try {
    return new URL(value, location.href).href;
  } catch {
    return value;
  }
}

export function elementSpec(state: BuilderState): ElementSpec {
  const widget = WIDGETS[state.widget];
  const attributes: [string, string][] = [];
  const src = absoluteSrc(state.src);
  if (src) attributes.push(['src', src]);
  if (state.lang) attributes.push(['lang', state.lang]);
  if (state.theme) attributes.push(['theme', state.theme]);
  for (const field of fieldsOf(widget.tag)) {
    const value = state.attributes[field.name];
    if (value !== undefined) attributes.push([field.name, value]);
  }

  const tokens: [string, string][] = [];
  const primary = state.tokens.primary.trim();
  if (primary && isColour(primary)) tokens.push(['--uzl-color-primary', primary]);
  const font = state.tokens.font.trim();
  if (font && isSafeFont(font)) tokens.push(['--uzl-font-family', font]);
  const radius = radiusLength(state.tokens.radius);
  if (radius) tokens.push(['--uzl-radius', radius]);

  const textLang = state.lang || state.ui;
  return {
    tag: widget.tag,
    attributes,
    tokens,
    fallback: {
      text: state.fallbackText.trim() || STRINGS[textLang].fallbackDefaults[state.widget],
      href: safeUrl(state.fallbackHref) ?? widget.fallbackHref[textLang],
    },
  };
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The opening tag on one line while it is short, else one attribute per line. */
function openingTag(spec: ElementSpec): string {
  const parts = spec.attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const line = `<${spec.tag}${parts.map((part) => ` ${part}`).join('')}>`;
  if (line.length <= 100) return line;
  return `<${spec.tag}\n${parts.map((part) => `  ${part}\n`).join('')}>`;
}

export function snippet(state: BuilderState): string {
  const spec = elementSpec(state);
  const lines = [
    `<link rel="stylesheet" href="${CDN_CSS_URL}" />`,
    `<script type="module" src="${CDN_URL}"></script>`,
    '',
  ];
  if (spec.tokens.length > 0) {
    lines.push(
      '<style>',
      `  ${spec.tag} {`,
      ...spec.tokens.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
      '',
    );
  }
  lines.push(
    openingTag(spec),
    `  <a href="${escapeAttribute(spec.fallback.href)}">${escapeText(spec.fallback.text)}</a>`,
    `</${spec.tag}>`,
  );
  return `${lines.join('\n')}\n`;
}
