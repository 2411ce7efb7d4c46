/**
 * HTML, as feeds put it in descriptions and content, made plain text a widget shows as text:
 * parsed by htmlparser2 (forgiving, as browsers are, with every HTML entity), the contents of
 * `script`, `style` and the like dropped, block elements turned into line breaks, no markup left.
 */
import { Parser } from 'htmlparser2';

/** Elements whose contents are never text a reader should see. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg']);
/** Elements that start a new line of text. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** Text of an HTML fragment: paragraphs on their own lines, spaces collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let dropping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (DROPPED.has(name)) dropping += 1;
        else if (BLOCKS.has(name)) parts.push('\n');
      },
      onclosetag(name, implied) {
        if (DROPPED.has(name)) dropping = Math.max(0, dropping - 1);
        else if (BLOCKS.has(name) && !implied) parts.push('\n');
      },
      ontext(text) {
        if (dropping === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tidy(decodeLeftOver(parts.join('')));
}

/** Plain text that may still hold entities (an RSS title, a double-encoded text). */
export const plainText = (text: string): string => tidy(decodeLeftOver(text));

/** A title: one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Entities left over after decoding: a text encoded twice (`&amp;#8217;`, as some WordPress
 * feeds write titles and excerpts) still reads `&#8217;` once decoded. Only well-formed
 * references are decoded, one at a time, so a `<` in the text stays text.
 */
function decodeLeftOver(text: string): string {
  return text.replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi, (reference) => {
    let decoded = '';
    const parser = new Parser({ ontext: (part) => (decoded += part) }, { decodeEntities: true });
    parser.write(reference);
    parser.end();
    return decoded;
  });
}

/** Spaces collapsed within lines, empty lines dropped, no-break spaces made spaces. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
