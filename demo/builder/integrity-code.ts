/**
 * The builder's "with integrity" code (README, "Integrity" and "A CSP to copy"): the script
 * snippet at the exact version, the loader with an import map holding each chunk's sha384 or
 * the all-in-one file with its `integrity`, and the Content-Security-Policy lines for the feed
 * chosen, from the one policy template (scripts/security/csp-policy.json). The hashes come from
 * that version's dist/integrity.json, on the CDN (or, for a builder served from a checkout with
 * a build, from /dist/), read once.
 */
import packageJson from '../../package.json' with { type: 'json' };
import policy from '../../scripts/security/csp-policy.json' with { type: 'json' };
import { absoluteSrc, elementSpec } from './snippet.js';
import type { BuilderState } from './state.js';

/** The exact version: a file under it never changes, which a hash needs. */
const CDN_ORIGIN = 'https://cdn.jsdelivr.net';
export const EXACT_DIST = `${CDN_ORIGIN}/npm/uzl-widgets@${packageJson.version}/dist`;

/** dist/integrity.json's table: a path in the package → `sha384-…`. */
export type IntegrityTable = Record<string, string>;

/** The table of this version: from the CDN, else from this site's own build. */
export async function loadIntegrity(): Promise<IntegrityTable | undefined> {
  for (const url of [
    `${EXACT_DIST}/integrity.json`,
    new URL('/dist/integrity.json', location.href).href,
  ]) {
    try {
      const response = await fetch(url);
      if (!response.ok) continue;
      const { files } = (await response.json()) as { files: IntegrityTable };
      if (files['dist/uzl-widgets.js']) return files;
    } catch {
      // Offline or refused: try the next place.
    }
  }
  return undefined;
}

/** The import map of the loader's integrity snippet: every chunk and the loader, by URL. */
export function importMap(table: IntegrityTable): string {
  const integrity = Object.fromEntries(
    Object.entries(table)
      .filter(([path]) => path.startsWith('dist/cdn/') || path === 'dist/uzl-widgets.js')
      .map(([path, hash]) => [`${EXACT_DIST}/${path.slice('dist/'.length)}`, hash]),
  );
  return JSON.stringify({ integrity });
}

/** `'sha256-…'` of an inline script's text, as `script-src` allows it. */
export async function scriptHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/**
 * The hints that help a cold page (README, "Time to content"), each measured a gain by the
 * benchmark (bench/time-to-content.mjs, "exact"): the feed's origin connected while the
 * loader downloads, and the shared core and the widget's own chunk downloaded beside the
 * loader rather than after it. Only this snippet names hashed files: its version never changes.
 */
function coldPageHints(state: BuilderState, table: IntegrityTable): string[] {
  const hints: string[] = [];
  try {
    const { origin } = new URL(absoluteSrc(state.src));
    // A feed read with cookies goes over another connection than one without.
    const mode = state.attributes['credentials'] === 'include' ? 'use-credentials' : 'anonymous';
    if (origin !== 'null')
      hints.push(`<link rel="preconnect" href="${origin}" crossorigin="${mode}" />`);
  } catch {
    // No feed yet: nothing to connect to.
  }
  const tag = elementSpec(state).tag;
  // With `persist`, the copy's code too: it is read before the network answers, so on a
  // return visit it is on the path to the first content.
  const copy = state.attributes['persist'] !== undefined ? ['persisted-copy'] : [];
  for (const prefix of ['core', tag, ...copy]) {
    const path = Object.keys(table).find((p) => p.startsWith(`dist/cdn/${prefix}-`));
    if (path)
      hints.push(
        `<link rel="modulepreload" href="${EXACT_DIST}/${path.slice('dist/'.length)}"\n  integrity="${table[path]}" crossorigin="anonymous" />`,
      );
  }
  return hints;
}

const tag = (file: string, table: IntegrityTable) =>
  `<script type="module" src="${EXACT_DIST}/${file}"\n  integrity="${table[`dist/${file}`]}" crossorigin="anonymous"></script>`;

/** The stylesheet and one of the two scripts, with their hashes, then the element as usual. */
export function integritySnippet(
  state: BuilderState,
  table: IntegrityTable,
  which: 'loader' | 'all',
  element: string,
): string {
  const lines = [
    `<link rel="stylesheet" href="${EXACT_DIST}/uzl-widgets.css"\n  integrity="${table['dist/uzl-widgets.css']}" crossorigin="anonymous" />`,
  ];
  if (which === 'loader')
    lines.push(
      // The import map first: a module fetched before it (a modulepreload) would make the
      // browser ignore it.
      `<script type="importmap">${importMap(table)}</script>`,
      ...coldPageHints(state, table),
      tag('uzl-widgets.js', table),
    );
  else lines.push(tag('uzl-widgets.all.js', table));
  // The element and its fallback link, as the plain snippet writes them.
  const body = element.slice(element.indexOf(`<${elementSpec(state).tag}`));
  return `${lines.join('\n')}\n\n${body}`;
}

/** The policy's lines for the feed chosen (its origin for feeds and images). */
export function cspLines(state: BuilderState, importMapHash: string): string {
  let feeds = "'self'";
  try {
    feeds = new URL(absoluteSrc(state.src)).origin;
  } catch {
    // No feed yet: the page's own origin.
  }
  return `${policy.directives
    .map(
      (line) =>
        `${line
          .replace('{cdn}', CDN_ORIGIN)
          .replace('{feeds}', feeds)
          .replace('{images}', feeds)
          .replace('{import-map}', importMapHash)
          .trimEnd()};`,
    )
    .join('\n')}\n`;
}
