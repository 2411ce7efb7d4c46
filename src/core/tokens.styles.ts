import { css, unsafeCSS } from 'lit';

/**
 * Each colour token: its public name, then its light and dark values. Exported for the demo's
 * embed builder, which checks a chosen primary colour against these surfaces.
 */
export const PALETTE: [token: string, light: string, dark: string][] = [
  ['primary', '#00648c', '#7cc8ee'],
  ['on-primary', '#ffffff', '#06212e'],
  ['text', '#1b2631', '#e8eef3'],
  ['muted', '#4f5d6b', '#a9b7c4'],
  ['surface', '#ffffff', '#16202a'],
  ['subtle', '#eef3f6', '#22303c'],
  ['border', '#c9d3dc', '#3a4a58'],
  // A form field's edge is all that shows where to type: 3.9:1 on the light surface, 4.2:1 on
  // the dark one (WCAG 1.4.11 asks 3:1), where the quieter `border` only separates.
  ['field-border', '#758391', '#6f8294'],
  ['focus', '#0b57d0', '#8ab4f8'],
  ['error', '#b3261e', '#ffb4ab'],
];

/** `--_uzl-<token>:var(--uzl-color-<token>,<value>);` for every colour, the value picked by `pick`. */
const colours = (pick: (light: string, dark: string) => string) =>
  PALETTE.map(
    ([token, light, dark]) => `--_uzl-${token}:var(--uzl-color-${token},${pick(light, dark)});`,
  ).join('');

const dark = colours((_, d) => d);

/**
 * The colour layers, written minified (the build minifies `css` literals, not this string):
 * light first; dark for `theme="dark"` and for `theme="auto"` in a dark system; then, where
 * the engine has `light-dark()`, both at once, following the page's `color-scheme` too.
 */
const palette = unsafeCSS(
  `:host{${colours((light) => light)}}` +
    `:host([theme='dark']){${dark}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}` +
    `@supports (color:light-dark(#000,#fff)){:host{${colours((l, d) => `light-dark(${l},${d})`)}}}`,
);

/**
 * The shared design tokens. Every widget reads its colours, font, radius and spacing from
 * these `--uzl-*` custom properties, so a partner page themes all five at once:
 *
 *   uzl-news-list, uzl-event-calendar { --uzl-color-primary: #7a0049; --uzl-radius: 0; }
 *
 * Light or dark follows the page's own `color-scheme` (a page that declares
 * `color-scheme: light dark` gets dark widgets in dark mode; a light-only page keeps light
 * widgets, so we never paint a dark box on a white page). `theme="auto"` follows the
 * visitor's `prefers-color-scheme` regardless; `theme="light"` and `theme="dark"` force one.
 *
 * Engines without `light-dark()` (Safari before 17.5, Firefox before 120) get the light
 * colours, the dark ones for `theme="dark"` and for `theme="auto"` in a dark system; only a
 * page's own `color-scheme` cannot reach them. Engines with it get the `@supports` layer.
 *
 * A page rule that matches the tag itself (`* { color: red !important }`,
 * `* { display: inline }`, `* { all: revert }`) outranks any `:host` rule, and inherited text
 * properties flow in; so the widget's own box, `.uzl-root`, sets them again and is the
 * container its layout queries. A forced `theme` may differ from the page around it: the host
 * then paints its own surface, with room inside it, to stay readable.
 *
 * Two things come from the page on purpose. The font (`--uzl-font-family`, `--uzl-font-size`
 * default to the page's). And text spacing (WCAG 1.4.12): a visitor who needs more room
 * between letters, words and lines sets it with a user style sheet or a bookmarklet, on every
 * element (`* { letter-spacing: .12em !important; … }`, the host among them) or on `body`;
 * no rule of the page reaches inside a shadow root, so the spacing must be inherited through
 * the host. `letter-spacing` and `word-spacing` are therefore never set (they inherit from the
 * host, and a `.12em` arrives as computed there, from the page's font size), and nothing inside
 * sets a `line-height` of its own: every text takes the host's, 1.5 unless a rule on the host
 * says otherwise. The host's 1.5 keeps a page's inherited `line-height` (`body { line-height:
 * 1.2 }`) out of the widgets' layout; a rule matching the host itself outranks it. Form fields
 * and buttons, which browsers give spacing of their own, inherit it too. The price: a page's
 * own letter or word spacing on `body` or on every element, which no style sheet can tell
 * from a visitor's, reaches the widgets as well.
 *
 */
export const tokens = [
  palette,
  css`
    :host {
      --_uzl-radius: var(--uzl-radius, 8px);
      --_uzl-space: var(--uzl-space, 1rem);

      display: block;
      container-type: inline-size;
      min-width: 0;
      font-family: var(--uzl-font-family, inherit);
      font-size: var(--uzl-font-size, inherit);
      line-height: 1.5;
    }
    .uzl-root {
      display: block;
      container-type: inline-size;
      color: var(--_uzl-text);
      text-align: start;
      text-indent: 0;
      text-transform: none;
      white-space: normal;
      pointer-events: auto;
    }
    :host([hidden]) {
      display: none;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
    :host([theme]) {
      padding: var(--_uzl-space);
      border-radius: var(--_uzl-radius);
      background: var(--_uzl-surface);
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    :focus-visible {
      outline: 2px solid var(--_uzl-focus);
      outline-offset: 2px;
    }

    button,
    a {
      font: inherit;
      letter-spacing: inherit;
      word-spacing: inherit;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }

    .uzl-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.4em;
      min-width: 24px;
      min-height: 2.25rem;
      padding: 0.4em 1em;
      border: 1px solid var(--_uzl-primary);
      border-radius: var(--_uzl-radius);
      background: var(--_uzl-primary);
      color: var(--_uzl-on-primary);
      cursor: pointer;
    }
    .uzl-button:hover {
      filter: brightness(1.1);
    }

    @media (forced-colors: active) {
      .uzl-button {
        border-color: ButtonText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
      }
    }
  `,
];
