// The README's policy (scripts/security/csp-policy.json) for Node: the template as the README
// prints it, and filled with a page's own hosts, as the CSP test's pages send it.
import { readFileSync } from 'node:fs';

const { directives } = JSON.parse(
  readFileSync(new URL('./csp-policy.json', import.meta.url), 'utf8'),
);

/**
 * The policy as a header value for these hosts. `importMap` is the `'sha256-…'` source of the
 * page's inline import map, or '' for the all-in-one snippet (which has none).
 * @param {{ cdn: string, feeds: string, images: string, importMap?: string }} hosts
 */
export function fillPolicy({ cdn, feeds, images, importMap = '' }) {
  return directives
    .map((line) =>
      line
        .replace('{cdn}', cdn)
        .replace('{feeds}', feeds)
        .replace('{images}', images)
        .replace('{import-map}', importMap)
        .replace(/\s+$/, ''),
    )
    .join('; ');
}

/** The template as the README prints it: one directive a line, placeholders kept. */
export const policyTemplate = () => `${directives.map((line) => `${line};`).join('\n')}\n`;
