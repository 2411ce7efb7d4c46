// The Tokens page: every `--uzl-*` custom property the widgets read, from custom-elements.json
// (what `cem analyze` found in the classes' @cssprop comments), with its default in light and
// dark, a live sample, and the contrast of the colour pairs WCAG asks for. The samples use the
// tokens as set around the story, so choosing a brand in the toolbar shows the brand; the
// contrast table is recomputed for it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import { PALETTE } from '../src/core/tokens.styles.js';
import { BRANDS, type Brand } from '../.storybook/brands.js';
import { CONTRAST_PAIRS, pairContrast } from './support/contrast-pairs.js';

interface CssProperty {
  name: string;
  description?: string;
}

interface Token {
  name: string;
  description: string;
  /** The tag that declares it, or "all" for the shared tokens of UzlElement. */
  owner: string;
}

interface Declaration {
  name: string;
  tagName?: string;
  cssProperties?: CssProperty[];
}

/** Every `--uzl-*` in the manifest, once, the shared ones first (the manifest's order). */
function tokensOfManifest(): Token[] {
  const seen = new Map<string, Token>();
  for (const module of customElements.modules as { declarations?: Declaration[] }[])
    for (const declaration of module.declarations ?? [])
      for (const property of declaration.cssProperties ?? [])
        if (property.name.startsWith('--uzl-') && !seen.has(property.name))
          seen.set(property.name, {
            name: property.name,
            description: property.description ?? '',
            owner: declaration.tagName ?? 'all',
          });
  return [...seen.values()];
}

const TOKENS = tokensOfManifest();
const PALETTE_BY_TOKEN = new Map(PALETTE.map(([token, light, dark]) => [token, { light, dark }]));

interface Default {
  light: string;
  dark: string;
  /** The CSS fallback the widget uses, for the live sample. */
  css: string;
}

/** The shared colour `token`'s value for the page: the widget's own fallback, light and dark. */
const colourFallback = (token: string) => {
  const value = PALETTE_BY_TOKEN.get(token)!;
  return `var(--uzl-color-${token}, light-dark(${value.light}, ${value.dark}))`;
};

/** The default of a token: the palette for colours, else what its description says. */
function defaultOf(token: Token): Default {
  const colour = /^--uzl-color-(.+)$/.exec(token.name)?.[1];
  if (colour && PALETTE_BY_TOKEN.has(colour)) {
    const { light, dark } = PALETTE_BY_TOKEN.get(colour)!;
    return { light, dark, css: colourFallback(colour) };
  }
  const referenced = /`--uzl-color-([a-z-]+)`/.exec(token.description)?.[1];
  const named = /the (accent|error) colour/.exec(token.description)?.[1];
  const shared = referenced ?? (named === 'accent' ? 'primary' : named);
  if (shared && PALETTE_BY_TOKEN.has(shared)) {
    const text = `--uzl-color-${shared}`;
    return { light: text, dark: text, css: colourFallback(shared) };
  }
  if (/the `--uzl-space` unit/.test(token.description))
    return { light: '--uzl-space', dark: '--uzl-space', css: 'var(--uzl-space, 1rem)' };
  const stated = /\(default:? ([^),]+?)(?:,|\))/.exec(token.description)?.[1]?.trim();
  if (stated) return { light: stated, dark: stated, css: stated };
  return { light: 'the page’s', dark: 'the page’s', css: 'inherit' };
}

/** A live sample of the token as the widgets would use it here. */
function sample(token: Token, css: string, scheme: 'light' | 'dark'): TemplateResult {
  const value = `var(${token.name}, ${css})`;
  const style = (declarations: string) => `color-scheme: ${scheme}; ${declarations}`;
  const name = token.name;
  if (/color|background|today|notice/.test(name))
    return html`<span class="swatch" style=${style(`background: ${value}`)}></span>`;
  if (/radius/.test(name))
    return html`<span class="box" style=${style(`border-radius: ${value}`)}></span>`;
  if (/ratio/.test(name))
    return html`<span class="box" style=${style(`aspect-ratio: ${value}; height: auto`)}></span>`;
  if (/font-family/.test(name))
    return html`<span class="text" style=${style(`font-family: ${value}`)}>Aa Gasthuisberg</span>`;
  if (/size/.test(name))
    return html`<span class="text" style=${style(`font-size: ${value}`)}>Aa 1 234</span>`;
  if (/lines/.test(name)) return html`<span class="text">${css} lines</span>`;
  return html`<span class="bar" style=${style(`width: ${value}`)}></span>`;
}

/** A token's value in a scheme, for the contrast table: the brand's if it sets it. */
const schemeColour = (brand: Brand | undefined, index: 0 | 1) => (token: string) =>
  brand?.colours[token]?.[index] ??
  (index === 0 ? PALETTE_BY_TOKEN.get(token)!.light : PALETTE_BY_TOKEN.get(token)!.dark);

function contrastCell(value: number, minimum: number): TemplateResult {
  const passes = value >= minimum;
  return html`<td class=${passes ? 'pass' : 'fail'}>
    ${value.toFixed(2)}:1 ${passes ? '✓ passes' : `✗ below ${minimum}:1`}
  </td>`;
}

const STYLE = html`<style>
  .tokens {
    font:
      14px/1.5 system-ui,
      sans-serif;
    max-width: 72rem;
  }
  .tokens table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: 2rem;
  }
  .tokens th,
  .tokens td {
    border-block-end: 1px solid GrayText;
    padding: 0.35rem 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  .tokens code {
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .tokens .swatch,
  .tokens .box {
    display: inline-block;
    width: 3rem;
    height: 1.75rem;
    border: 1px solid GrayText;
    vertical-align: middle;
  }
  .tokens .swatch {
    border-radius: 4px;
  }
  .tokens .box {
    background: light-dark(#dde4ea, #3a4a58);
  }
  .tokens .bar {
    display: inline-block;
    height: 0.75rem;
    max-width: 100%;
    background: CanvasText;
    vertical-align: middle;
  }
  .tokens .text {
    color: CanvasText;
  }
  .tokens .sample-light,
  .tokens .sample-dark {
    padding: 0.35rem 0.5rem;
  }
  .tokens .sample-light {
    color-scheme: light;
    background: Canvas;
    color: CanvasText;
  }
  .tokens .sample-dark {
    color-scheme: dark;
    background: Canvas;
    color: CanvasText;
  }
</style>`;

function TokensPage(brandId: string): TemplateResult {
  const brand = BRANDS[brandId];
  const who = brand ? brand.title : 'UZ Leuven’s defaults';
  return html`${STYLE}
    <div class="tokens">
      <h1>Design tokens</h1>
      <p>
        Every <code>--uzl-*</code> custom property the widgets read, from
        <code>custom-elements.json</code>. Set them on the tags, or on any ancestor, to theme all
        five widgets at once. The samples show the values set around this page now:
        <strong>${who}</strong> (choose a brand in the toolbar).
      </p>
      <h2>Contrast of the colour pairs (${who})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Text or edge</th>
            <th scope="col">On</th>
            <th scope="col">Where</th>
            <th scope="col">Needs</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          ${CONTRAST_PAIRS.map(
            (pair) =>
              html`<tr>
                <td><code>--uzl-color-${pair.foreground}</code></td>
                <td><code>--uzl-color-${pair.background}</code></td>
                <td>${pair.where}</td>
                <td>${pair.minimum}:1</td>
                ${contrastCell(pairContrast(pair, schemeColour(brand, 0)), pair.minimum)}
                ${contrastCell(pairContrast(pair, schemeColour(brand, 1)), pair.minimum)}
              </tr>`,
          )}
        </tbody>
      </table>
      <h2>All tokens</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Used by</th>
            <th scope="col">What it sets</th>
            <th scope="col">Default, light</th>
            <th scope="col">Default, dark</th>
            <th scope="col">Now, light</th>
            <th scope="col">Now, dark</th>
          </tr>
        </thead>
        <tbody>
          ${TOKENS.map((token) => {
            const value = defaultOf(token);
            return html`<tr>
              <th scope="row"><code>${token.name}</code></th>
              <td>${token.owner === 'all' ? 'all widgets' : html`<code>${token.owner}</code>`}</td>
              <td>${token.description}</td>
              <td><code>${value.light}</code></td>
              <td><code>${value.dark}</code></td>
              <td class="sample-light">${sample(token, value.css, 'light')}</td>
              <td class="sample-dark">${sample(token, value.css, 'dark')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

const meta: Meta = {
  title: 'Design/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const Tokens: StoryObj = {
  render: (_args, context) => TokensPage((context.globals['brand'] as string | undefined) ?? ''),
  parameters: {
    docs: {
      description: {
        story:
          'For a designer choosing a partner’s colours: every token, its defaults, and whether the pairs still reach WCAG’s contrast.',
      },
    },
  },
};
