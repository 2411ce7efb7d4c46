/**
 * The embed page's one inline `<style>` and its hash for the CSP's `style-src`: no margin, a
 * scrollbar only when the frame is capped below the content (`overflow: auto` on the root, so it
 * stays keyboard-reachable), and a transparent background unless `theme` is set, then the
 * widget's surface colour (src/core/tokens.styles.ts, PALETTE `surface`; test/node/serve-*.test.mjs
 * holds the two to the same values) so no page colour shows at the widget's rounded corners.
 */
import type { Theme } from './embed-params.js';

const SURFACE = { light: '#ffffff', dark: '#16202a' } as const;

// As dist/embed.html's own (src/embed/embed.html): the body holds the height uzl-embed.js
// reports (flow-root: its children's margins count); no sideways scrollbar for a pixel that a
// grid's rounding sticks out (WebKit's calendar at 320 px), which would take height from the frame.
const BASE =
  'html,body{margin:0}html{overflow:auto;overflow-x:hidden}' +
  'body{display:flow-root;font-family:system-ui,sans-serif}';

const THEMES: Record<Theme | 'none', string> = {
  none: 'html{background:transparent}',
  light: `html{background:${SURFACE.light};color-scheme:light}`,
  dark: `html{background:${SURFACE.dark};color-scheme:dark}`,
  auto:
    `html{background:${SURFACE.light};color-scheme:light dark}` +
    `@media (prefers-color-scheme:dark){html{background:${SURFACE.dark}}}`,
};

export interface InlineStyle {
  readonly css: string;
  /** `sha256-<base64>`, as a CSP source expression takes it (quoted there). */
  readonly hash: string;
}

const cache = new Map<Theme | 'none', Promise<InlineStyle>>();

/** The style for a page with this `theme` (none: transparent), hashed once per theme. */
export function embedStyle(theme: Theme | undefined): Promise<InlineStyle> {
  const key = theme ?? 'none';
  let style = cache.get(key);
  if (!style) {
    const css = BASE + THEMES[key];
    style = crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(css))
      .then((digest) => ({ css, hash: `sha256-${base64(new Uint8Array(digest))}` }));
    cache.set(key, style);
  }
  return style;
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
