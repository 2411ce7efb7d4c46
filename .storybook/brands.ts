// Three fictional partner hospitals, as a partner would theme the widgets on its own intranet:
// colours, font and corner radius, through the public `--uzl-*` tokens and nothing else. The
// toolbar's Brand menu applies one around every story; the Tokens page measures its contrast.
// Each colour is [light, dark]: the widgets follow the page's colour scheme, so a partner that
// themes them must give both (a single value would be used in both schemes).

export type ColourPair = readonly [light: string, dark: string];

export interface Brand {
  readonly title: string;
  /** One line for the toolbar: who the partner is and what its look asks of the widgets. */
  readonly description: string;
  /** `--uzl-color-<token>` values, by token (`primary`, `surface` …). */
  readonly colours: Readonly<Record<string, ColourPair>>;
  readonly font: string;
  readonly radius: string;
}

export const BRANDS: Readonly<Record<string, Brand>> = {
  aldegonde: {
    title: 'AZ Sint-Aldegonde',
    description: 'A burgundy house style, serif type and nearly square corners',
    colours: {
      primary: ['#8a1538', '#f2a7bb'],
      'on-primary': ['#ffffff', '#3a0516'],
      text: ['#2a1a1f', '#f3e9ec'],
      muted: ['#6b4f58', '#c9b3ba'],
      surface: ['#fffdfb', '#1f1417'],
      subtle: ['#f6eef0', '#2e1f24'],
      border: ['#e0cfd4', '#4d3840'],
      'field-border': ['#8a6f78', '#8f7680'],
      focus: ['#5b2bd6', '#c3a8ff'],
    },
    font: 'Georgia, "Times New Roman", serif',
    radius: '2px',
  },
  meerhoven: {
    title: 'Ziekenhuis Meerhoven',
    description: 'A deep green, a humanist sans-serif and round corners',
    colours: {
      primary: ['#0b6b3a', '#7fd8a6'],
      'on-primary': ['#ffffff', '#05291a'],
      text: ['#14241c', '#e6f2ec'],
      muted: ['#48604f', '#a8c2b3'],
      surface: ['#ffffff', '#111c17'],
      subtle: ['#edf5f0', '#1c2b24'],
      border: ['#c6d9ce', '#34483e'],
      'field-border': ['#6a8475', '#6f8a7b'],
      focus: ['#0050b3', '#8cc4ff'],
    },
    font: '"Trebuchet MS", "DejaVu Sans", Verdana, sans-serif',
    radius: '16px',
  },
  valperdu: {
    title: 'Clinique du Val-Perdu',
    description: 'A violet accent, the system font and no rounding at all',
    colours: {
      primary: ['#4b2a8c', '#c4b1f5'],
      'on-primary': ['#ffffff', '#1d0f3d'],
      text: ['#1c1830', '#ebe8f6'],
      muted: ['#565070', '#b4aed0'],
      surface: ['#ffffff', '#17142a'],
      subtle: ['#f1eff8', '#242038'],
      border: ['#d3cfe4', '#3d3858'],
      'field-border': ['#736c8f', '#7b7499'],
      focus: ['#c2410c', '#ffb27a'],
    },
    font: 'system-ui, -apple-system, "Segoe UI", sans-serif',
    radius: '0',
  },
};

/** The brand's tokens as a `style` attribute's declarations, each colour as `light-dark()`. */
export function brandStyle(brand: Brand | undefined): string {
  if (!brand) return '';
  const colours = Object.entries(brand.colours).map(
    ([token, [light, dark]]) => `--uzl-color-${token}: light-dark(${light}, ${dark});`,
  );
  return [...colours, `--uzl-font-family: ${brand.font};`, `--uzl-radius: ${brand.radius};`].join(
    ' ',
  );
}
