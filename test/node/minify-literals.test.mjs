// The build's CSS minifier (scripts/minify-literals.mjs: lightningcss aimed at package.json's
// browserslist) against what it must never break: `light-dark()` stays as written, the
// fallbacks the browser floor needs stay, quoted strings keep their text, each `${…}` comes
// back where it was, and only real `css` literals are touched.
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-literals.mjs';

test('light-dark() is kept as written, not turned into lightningcss variables', () => {
  const out = minifyCss(`:host { color: light-dark(#1b2631, #e8eef3); }`);
  assert.equal(out, `:host{color:light-dark(#1b2631,#e8eef3)}`);
  assert.doesNotMatch(out, /--lightningcss/);
});

test('a fallback declaration the floor needs stays before the newer one', () => {
  // Firefox 115 has no `lh` unit and Safari 16.4 no light-dark(): both engines read the first.
  assert.equal(
    minifyCss(`.digit { height: 1.15em; height: 1lh; }`),
    `.digit{height:1.15em;height:1lh}`,
  );
  assert.equal(
    minifyCss(`.a { color: #1b2631; color: light-dark(#1b2631, #e8eef3); }`),
    `.a{color:#1b2631;color:light-dark(#1b2631,#e8eef3)}`,
  );
  // Two rules for one selector are merged with both declarations in order.
  assert.equal(
    minifyCss(`.a { color: black; }\n.a { color: light-dark(black, white); }`),
    `.a{color:#000;color:light-dark(#000,#fff)}`,
  );
});

test('the prefixes the floor still needs are added: Safari 16.4 reads -webkit-user-select only', () => {
  assert.equal(
    minifyCss(`.strip { user-select: none; hyphens: auto; }`),
    `.strip{-webkit-user-select:none;user-select:none;-webkit-hyphens:auto;hyphens:auto}`,
  );
});

test('comments go, and a comment opener or punctuation inside a string stays', () => {
  const css = `
    /* The figures' grid: one column, then more. */
    .open::before { content: '/*'; }
    .close::after { content: "*/"; } /* it's a comment */
    q::after { content: ' ; } , : > '; }
    p::before { content: "a  b"; }
    .next { color: red; }
  `;
  assert.equal(
    minifyCss(css),
    `.open:before{content:"/*"}.close:after{content:"*/"}q:after{content:" ; } , : > "}` +
      `p:before{content:"a  b"}.next{color:red}`,
  );
});

test('a space that carries meaning in a selector stays: `a :hover` is not `a:hover`', () => {
  assert.equal(
    minifyCss(`a :hover { color: red; } a:hover { color: blue; }`),
    `a :hover{color:red}a:hover{color:#00f}`,
  );
});

test('a css literal in a module is minified; the code around it is not touched', () => {
  const code =
    "export const s = css`\n  /* note */\n  .q::before { content: '/*  '; }\n  .r { margin: 0px; }\n`;\nconst keep = 'a  b';\n";
  assert.equal(
    minifyCssLiterals(code),
    'export const s = css`.q:before{content:"/*  "}.r{margin:0}`;\nconst keep = \'a  b\';\n',
  );
});

test('interpolations come back where they were: a value, a selector part, whole rules', () => {
  const code = [
    'const s = css`',
    '  ${shared}',
    '  .a { color: ${unsafeCSS(colour)}; margin: 0px; }',
    '  ${unsafeCSS(tag)} .b { width: calc(${n} * 1px); }',
    '  .c { padding: 0 }',
    '`;',
  ].join('\n');
  assert.equal(
    minifyCssLiterals(code),
    'const s = css`${shared}.a{color:${unsafeCSS(colour)};margin:0}' +
      '${unsafeCSS(tag)} .b{width:calc(${n} * 1px)}.c{padding:0}`;',
  );
});

test('an interpolation lightningcss cannot keep in place stops the build', () => {
  assert.throws(
    () => minifyCssLiterals('css`@media (min-width: ${w}) { a { color: red } }`', 'x.styles.ts'),
    /x\.styles\.ts/,
  );
});

test('CSS lightningcss does not understand stops the build rather than ship changed', () => {
  assert.throws(() => minifyCssLiterals('css`@nonsense; a { color: red }`', 'y.ts'), /@nonsense/);
});

test('lightningcss reads the cooked text: the CSS escape \\00a0 (two backslashes in the source) stays a no-break space', () => {
  const out = minifyCssLiterals("css`.fr dt::after { content: '\\\\00a0:'; }`");
  assert.equal(out, 'css`.fr dt:after{content:"\u00a0:"}`');
  // A backslash or backtick in the CSS is escaped again for the template: the source's
  // `\\\\ \`` is the CSS string `\\ \``, a backslash, a space and a backtick.
  const literal = String.raw`.q::before { content: "\\\\ \`"; }`;
  assert.equal(
    minifyCssLiterals(`css\`${literal}\``),
    `css\`${String.raw`.q:before{content:"\\\\ \`"}`}\``,
  );
});

test('a `css` in backticks inside a comment is no literal; html literals are left alone', () => {
  const code =
    "/** `dist/uzl-widgets.css`'s job, see `x`. */\nconst t = html`<p>  a  </p>`;\nconst u = css`a { color: red }`;\n";
  assert.equal(
    minifyCssLiterals(code),
    "/** `dist/uzl-widgets.css`'s job, see `x`. */\nconst t = html`<p>  a  </p>`;\nconst u = css`a{color:red}`;\n",
  );
});
