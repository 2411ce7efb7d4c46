// Contrast as WCAG 2.2 computes it, from the colours the engine computed (getComputedStyle):
// relative luminance of sRGB colours, (L1 + 0.05) / (L2 + 0.05), with colours that are not
// opaque laid over what is behind them, up through shadow hosts to the page's canvas.

import { contrastRatio } from '../../src/core/contrast-ratio.js';

/** Red, green, blue in 0–255 and alpha in 0–1. */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const RGB = new RegExp(
  String.raw`^rgba?\(\s*(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})(?:\s*[,/]\s*(${NUMBER}))?\s*\)$`,
  'i',
);
const SRGB = new RegExp(
  String.raw`^color\(\s*srgb\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})(?:\s*/\s*(${NUMBER}))?\s*\)$`,
  'i',
);

const channel = (value: string, scale: number) =>
  value.endsWith('%') ? (parseFloat(value) / 100) * scale : parseFloat(value);
const alphaOf = (value: string | undefined) => (value === undefined ? 1 : channel(value, 1));

/**
 * A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`, `transparent`) as numbers. Any other
 * form the engine may compute is painted on a canvas and read back.
 */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  if (text === 'transparent') return [0, 0, 0, 0];
  let match = RGB.exec(text);
  if (match)
    return [
      channel(match[1]!, 255),
      channel(match[2]!, 255),
      channel(match[3]!, 255),
      alphaOf(match[4]),
    ];
  match = SRGB.exec(text);
  if (match)
    return [
      channel(match[1]!, 1) * 255,
      channel(match[2]!, 1) * 255,
      channel(match[3]!, 1) * 255,
      alphaOf(match[4]),
    ];
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = text;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` laid over `bottom` (source-over), with `opacity` on top of `top`'s own alpha. */
export function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  const out = a + bottom[3] * (1 - a);
  if (out === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * a + bottom[i] * bottom[3] * (1 - a)) / out;
  return [mix(0), mix(1), mix(2), out];
}

/** WCAG 2.2's contrast ratio of two opaque colours, from 1 to 21 (the one in src/core). */
export const contrast = (a: Rgba, b: Rgba): number => contrastRatio(a, b);

/** Two decimals, as contrast ratios are quoted: `4.52:1`. */
export const ratio = (value: number) => `${value.toFixed(2)}:1`;

/** The system colour `name` (`Canvas`, `GrayText` …) as the engine resolves it now. */
export function systemColor(name: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  try {
    return parseColor(getComputedStyle(probe).color);
  } finally {
    probe.remove();
  }
}

/** The element's parent in the flat tree: its parent element, or its shadow root's host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`'s content: its own background and its ancestors' (through
 * shadow hosts), laid over the page's canvas. Background images are not looked at.
 */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
  }
  let colour = systemColor('Canvas');
  colour = [colour[0], colour[1], colour[2], 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** The opaque colour `el`'s text is painted in: its `color` (and `opacity`) over its background. */
export function textColorOf(el: Element): Rgba {
  const style = getComputedStyle(el);
  return over(parseColor(style.color), backgroundOf(el), Number(style.opacity));
}
