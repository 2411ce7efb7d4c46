// The colour pairs whose contrast WCAG 2.2 asks of the widgets, and their contrast for a set
// of token values: text against the surfaces it sits on (1.4.3, 4.5:1) and the edges and
// rings a visitor must see to use a control (1.4.11, 3:1). The Tokens page shows them for the
// default palette and for the brand chosen in the toolbar.
import { contrastRatio } from '../../src/core/contrast-ratio.js';

export interface ContrastPair {
  readonly foreground: string;
  readonly background: string;
  readonly minimum: 4.5 | 3;
  /** Where a visitor meets the pair. */
  readonly where: string;
}

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'text', background: 'surface', minimum: 4.5, where: 'Titles and body text' },
  { foreground: 'text', background: 'subtle', minimum: 4.5, where: 'Text in quiet areas' },
  { foreground: 'muted', background: 'surface', minimum: 4.5, where: 'Dates and captions' },
  { foreground: 'muted', background: 'subtle', minimum: 4.5, where: 'Captions in quiet areas' },
  { foreground: 'primary', background: 'surface', minimum: 4.5, where: 'Links' },
  { foreground: 'on-primary', background: 'primary', minimum: 4.5, where: 'Button labels' },
  { foreground: 'error', background: 'surface', minimum: 4.5, where: 'Error messages' },
  { foreground: 'field-border', background: 'surface', minimum: 3, where: 'Form field edges' },
  { foreground: 'focus', background: 'surface', minimum: 3, where: 'Focus ring' },
  { foreground: 'primary', background: 'subtle', minimum: 3, where: 'Today in the calendar' },
];

/** `#rgb` or `#rrggbb` as channels 0–255. */
export function hexChannels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The contrast of a pair, given each token's hex value in one scheme. */
export function pairContrast(pair: ContrastPair, colourOf: (token: string) => string): number {
  return contrastRatio(
    hexChannels(colourOf(pair.foreground)),
    hexChannels(colourOf(pair.background)),
  );
}
