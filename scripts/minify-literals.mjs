import { readFileSync } from 'node:fs';
import { Features, browserslistToTargets, transform } from 'lightningcss';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';

// Lit ships `css` and `html` template literals exactly as written: indentation, line breaks
// and comments go to every visitor. This build-only Vite plugin minifies both kinds.
//
// CSS: lightningcss, a real CSS parser, aimed at the package's browser floor (package.json
// "browserslist"). It writes the shortest form those engines read, adds the prefixes they still
// need (-webkit-hyphens and -webkit-user-select for Safari 16.4, -webkit-mask-image for Chrome
// before 120) and keeps a fallback declaration where the floor lacks the feature
// (`height:1.15em;height:1lh` stays, for Firefox 115). `light-dark()` is kept as written: the
// project writes its own layers for engines without it (src/core/tokens.styles.ts), where
// lightningcss would turn it into variables of its own.
//
// The literals are found by TypeScript's parser, so a `css` in backticks inside a comment is
// not one, and lightningcss reads the CSS Lit hands the browser: the literal's cooked text (JS
// escapes read: '\\00a0' in the source is the CSS escape \00a0). The result is escaped back
// for the template. Each `${…}` stands in as a placeholder while lightningcss works, and the
// build stops if one does not come back where it was.

const TARGETS = floorTargets();

/**
 * package.json's "browserslist" ("safari >= 16.4", …) as lightningcss targets. Each query is a
 * floor, so its version is the lowest to serve; read by hand, as vite.config.ts does, because
 * queries of this form need no browser database.
 */
function floorTargets() {
  const { browserslist } = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  return browserslistToTargets(
    browserslist.map((/** @type {string} */ query) => {
      const match = /^(\w+) >= ([\d.]+)$/.exec(query);
      if (!match) throw new Error(`browserslist: cannot read "${query}"`);
      return `${match[1]} ${match[2]}`;
    }),
  );
}

/**
 * CSS text, minified for the browser floor, `light-dark()` untouched.
 * @param {string} css @param {string} [fileName] named in errors and warnings
 */
export function minifyCss(css, fileName = 'style.css') {
  let result;
  try {
    result = transform({
      filename: fileName,
      code: Buffer.from(css),
      minify: true,
      targets: TARGETS,
      exclude: Features.LightDark,
    });
  } catch (error) {
    // Its own errors name neither the file nor, in the message, the place.
    const { loc } = /** @type {{loc?: {line: number, column: number}}} */ (error);
    const where = loc ? `${fileName}:${loc.line}:${loc.column}` : fileName;
    throw new Error(`${where} (line in the CSS): ${String(error)}`, { cause: error });
  }
  const { code, warnings } = result;
  // A warning means lightningcss did not understand part of the CSS: it would ship changed.
  const real = warnings.filter((w) => !/^Unknown at rule: @uzl-slot-\d+-$/.test(w.message));
  if (real.length) {
    const where = real.map(
      (w) => `${fileName}:${w.loc.line}:${w.loc.column} (line in the CSS) ${w.message}`,
    );
    throw new Error(`lightningcss warns:\n${where.join('\n')}`);
  }
  return code.toString();
}

/**
 * A `${…}` between CSS statements (after `{`, `}`, `;` or at the start, and before a line break,
 * `}`, `;` or the end: `${sharedRules}`) stands in as an at-rule; anywhere else (a value, part
 * of a selector) as a name. Both are kept by lightningcss as written; an interpolation in a
 * media query, say, is not, and stops the build.
 * @param {string} before the CSS before it @param {string} after the CSS after it @param {number} n
 */
function placeholder(before, after, n) {
  const previous = before
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .trimEnd()
    .at(-1);
  const statement =
    (previous === undefined || '{};'.includes(previous)) &&
    /^(?:[ \t]*(?:\n|$)|\s*[};])/.test(after);
  return statement ? `@uzl-slot-${n}-;` : `uzl-slot-${n}-`;
}

/** The text of a template part as written in source: \, ` and ${ escaped. @param {string} text */
const asTemplateText = (text) => text.replace(/[\\`]|\$(?=\{)/g, '\\$&');

/**
 * One `css` literal minified: its cooked parts joined by placeholders, minified, split again.
 * @param {string[]} parts the cooked text around each `${…}` @param {string} fileName
 * @returns {string[]} the minified parts, as template text
 */
function minifyParts(parts, fileName) {
  if (parts.some((part) => part.includes('uzl-slot-'))) {
    throw new Error(`${fileName}: a css literal holds "uzl-slot-", the minifier's placeholder`);
  }
  let joined = parts[0] ?? '';
  for (let n = 1; n < parts.length; n++) {
    joined += placeholder(joined, parts[n] ?? '', n - 1) + parts[n];
  }
  const pieces = minifyCss(joined, fileName).split(/@uzl-slot-(\d+)-;?|uzl-slot-(\d+)-/);
  // split() with two groups: text, then the two captures, then text, and so on.
  const order = [];
  const out = [];
  for (let i = 0; i < pieces.length; i += 3) {
    out.push(pieces[i] ?? '');
    if (i + 1 < pieces.length) order.push(Number(pieces[i + 1] ?? pieces[i + 2]));
  }
  if (
    order.join() !==
    parts
      .slice(1)
      .map((_, n) => n)
      .join()
  ) {
    throw new Error(
      `${fileName}: lightningcss did not keep a css literal's \${…} in place (placeholders back in the order ${order.join()})`,
    );
  }
  return out.map(asTemplateText);
}

/**
 * Every `css` tagged template in `code`, minified; nothing else changes. A `css` literal inside
 * another's `${…}` is left as written.
 * @param {string} code @param {string} [fileName]
 */
export function minifyCssLiterals(code, fileName = 'module.ts') {
  if (!code.includes('css`')) return code;
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  /** @type {import('typescript').TemplateLiteral[]} */
  const literals = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css')
      literals.push(node.template);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let from = 0;
  for (const literal of literals) {
    const start = literal.getStart(source);
    const spans = ts.isNoSubstitutionTemplateLiteral(literal) ? [] : literal.templateSpans;
    const head = ts.isNoSubstitutionTemplateLiteral(literal) ? literal : literal.head;
    const parts = minifyParts([head.text, ...spans.map((span) => span.literal.text)], fileName);
    const expressions = spans.map((span) =>
      code.slice(span.expression.getStart(source), span.expression.end),
    );
    out += code.slice(from, start) + '`' + parts[0];
    expressions.forEach((expression, n) => (out += '${' + expression + '}' + parts[n + 1]));
    out += '`';
    from = literal.end;
  }
  return out + code.slice(from);
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
      const out = await minifyHtmlLiterals(minifyCssLiterals(code, id), id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
