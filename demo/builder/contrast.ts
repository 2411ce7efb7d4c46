/**
 * The contrast of a chosen primary colour where the widgets use it: as text (links, the
 * calendar's highlights) on the widget's surface, and as the background of buttons under the
 * on-primary text colour. The surfaces are the widgets' own token values (src/core), light and
 * dark, so the check follows them if they change.
 */
import { contrastRatio } from '../../src/core/contrast-ratio.js';
import { PALETTE } from '../../src/core/tokens.styles.js';
import type { ThemeChoice } from './state.js';

export type Scheme = 'light' | 'dark';
/** WCAG 2.2 AA for normal text (1.4.3). */
export const MIN_CONTRAST = 4.5;

type Rgb = [number, number, number];

function token(name: string, scheme: Scheme): string {
  const entry = PALETTE.find(([token]) => token === name);
  if (!entry) throw new Error(`no colour token ${name}`);
  return scheme === 'light' ? entry[1] : entry[2];
}

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as sRGB channels (0–255), or undefined when it is not a colour, is not
 * opaque or is outside what the check can read. The canvas normalises what the page's own
 * CSS parser accepts (`#7a0049`, `rebeccapurple`, `rgb(…)`) to `#rrggbb` or `rgba(…)`.
 */
export function parseColour(value: string): Rgb | undefined {
  const text = value.trim();
  if (!text || !CSS.supports('color', text)) return undefined;
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return undefined;
  canvas.fillStyle = '#000000';
  canvas.fillStyle = text;
  const normal = String(canvas.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as Rgb;
  const rgba = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(normal);
  if (!rgba || (rgba[4] !== undefined && Number(rgba[4]) < 1)) return undefined;
  return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])];
}

/** The colour schemes a widget with this theme may show on a page. */
export function schemesOf(theme: ThemeChoice): Scheme[] {
  // Following the page: light, unless the page declares `color-scheme: dark`; a page that
  // declares nothing (most partner sites, and this builder) gets the light widget.
  if (theme === 'dark') return ['dark'];
  if (theme === 'auto') return ['light', 'dark'];
  return ['light'];
}

export interface ContrastProblem {
  scheme: Scheme;
  /** `text`: the colour on the surface; `button`: the on-primary text on the colour. */
  use: 'text' | 'button';
  ratio: number;
  /** The other colour of the pair, as the tokens define it. */
  against: string;
}

/** Every place the colour falls below 4.5:1, for the schemes `theme` may show. */
export function contrastProblems(primary: string, theme: ThemeChoice): ContrastProblem[] {
  const colour = parseColour(primary);
  if (!colour) return [];
  const problems: ContrastProblem[] = [];
  for (const scheme of schemesOf(theme)) {
    const pairs = [
      ['text', token('surface', scheme)],
      ['button', token('on-primary', scheme)],
    ] as const;
    for (const [use, against] of pairs) {
      const ratio = contrastRatio(colour, parseColour(against)!);
      if (ratio < MIN_CONTRAST) problems.push({ scheme, use, ratio, against });
    }
  }
  return problems;
}
