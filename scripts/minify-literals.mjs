import { minifyHTMLLiterals } from 'minify-literals';

// Lit ships `css` and `html` template literals exactly as written: indentation, line breaks
// and comments go to every visitor. This build-only Vite plugin squeezes the `css` ones that have
// no `${…}` inside (all but src/core/tokens.styles.ts, whose literal therefore holds no
// comments): comments out, white space folded, none around { } ; >
// and after commas and colons. It never touches spaces before ':' or inside selectors
// otherwise, where they carry meaning (`a :hover` is not `a:hover`), nor quoted strings.

// Why not minify-literals' own CSS path: it runs lightningcss, which rewrites CSS as well as
// squeezing it. Without targets it drops the fallbacks the browser floor needs
// (`height: 1.15em; height: 1lh` becomes `height:1lh`), with them it turns `light-dark()`
// into variables of its own; and it skips every file that uses `unsafeCSS`.

// A comment or a quoted string, whichever starts first: a `/*` inside a string
// (`content: '/*'`) is string, a quote inside a comment (`/* it's */`) is comment.
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*"/g;

/** White space folded, and none where CSS needs none; for text outside strings only. */
const squeeze = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/** @param {string} source */
export function minifyCss(source) {
  // Comments go; the text around them is squeezed as one piece, so `a /* x */ b` reads
  // `a b`. Quoted strings (`content: ' : '`) are kept exactly as written.
  let out = '';
  let text = '';
  let from = 0;
  for (const { 0: piece, index } of source.matchAll(COMMENT_OR_STRING)) {
    text += source.slice(from, index);
    from = index + piece.length;
    if (piece.startsWith('/*')) continue;
    out += squeeze(text) + piece;
    text = '';
  }
  return (out + squeeze(text + source.slice(from))).trim();
}

/**
 * Every `css` literal without `${…}` in `code`, squeezed. Not a `css` in backticks inside a
 * comment ("the `css` literal"): that would pair the comment's backtick with the real
 * literal's opening one and leave the CSS untouched. Backslashes (CSS escapes such as
 * '\\00a0') are kept as they are, but a body ending in one ended at an escaped backtick.
 * @param {string} code
 */
export function minifyCssLiterals(code) {
  return code.replace(/(?<![`\w])css`([^`$]*)`/g, (whole, body) =>
    body.endsWith('\\') ? whole : `css\`${minifyCss(body)}\``,
  );
}

/**
 * Lit's `html` literals in `code`, with each run of white space folded to one space.
 * minify-literals parses the module (so nested templates and `${…}` are found correctly);
 * `conservativeCollapse` never removes a space, so text between inline elements reads as
 * written.
 * @param {string} code @param {string} fileName
 */
export async function minifyHtmlLiterals(code, fileName) {
  if (!code.includes('html`')) return code;
  const result = await minifyHTMLLiterals(code, {
    fileName,
    css: false,
    html: { conservativeCollapse: true },
    sourceMap: false,
  });
  return result ? result.code : code;
}

/** The build's Vite plugin: both, on our own TypeScript modules. */
export function minifyLiteralsPlugin() {
  return {
    name: 'uzl-minify-literals',
    apply: 'build',
    /** @param {string} code @param {string} id */
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = await minifyHtmlLiterals(minifyCssLiterals(code), id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
