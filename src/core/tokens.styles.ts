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
 * The colour layers, written minified (the build minifies only literals without `${…}`):
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
 * container its layout queries. Only the font comes from the page, on purpose. A forced
 * `theme` may differ from the page around it: the host then paints its own surface, with room
 * inside it, to stay readable.
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
    }
    .uzl-root {
      display: block;
      container-type: inline-size;
      color: var(--_uzl-text);
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
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
