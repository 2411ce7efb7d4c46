import { minifyHTMLLiterals } from 'minify-literals';

// Lit ships `css` and `html` template literals exactly as written: indentation, line breaks
// and comments go to every visitor. This build-only Vite plugin squeezes the `css` ones that have
// no `${…}` inside (all but src/core/tokens.styles.ts, whose literal therefore holds no
// comments): comments out, white space folded, none around { } ; >
// and after commas and colons. It never touches spaces before ':' or inside selectors
// otherwise, where they carry meaning (`a :hover` is not `a:hover`), nor quoted strings.

/** @param {string} source */
export function minifyCss(source) {
  // Quoted strings (`content: ' : '`) keep their spaces: only the text between them is squeezed.
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};>])\s*/g, '$1')
            .replace(/,\s+/g, ',')
            .replace(/:\s+/g, ':'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
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
