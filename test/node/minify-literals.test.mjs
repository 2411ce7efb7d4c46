// The build's CSS squeezer (scripts/minify-literals.mjs) against what it must never break:
// quoted strings stay exactly as written, even when they hold a comment opener, a brace or a
// run of spaces, and comments outside strings go, even when they hold a quote.
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-literals.mjs';

test("a comment opener inside a string stays, and the rules after it are kept: content: '/*'", () => {
  const css = `
    .open::before { content: '/*'; }
    .close::after { content: "*/"; }
    .next { color: red; }
  `;
  assert.equal(
    minifyCss(css),
    `.open::before{content:'/*'}.close::after{content:"*/"}.next{color:red}`,
  );
});

test('white space and CSS punctuation inside strings stay as written: content: "a  b"', () => {
  assert.equal(minifyCss(`p::before { content: "a  b"; }`), `p::before{content:"a  b"}`);
  assert.equal(
    minifyCss(`q::after { content: ' ; } , : > '; }`),
    `q::after{content:' ; } , : > '}`,
  );
  // An escaped quote does not end the string.
  assert.equal(
    minifyCss(`i::before { content: 'it\\'s  /* so */'; }`),
    `i::before{content:'it\\'s  /* so */'}`,
  );
});

test('comments outside strings are removed, a quote inside one starts no string', () => {
  const css = `
    /* The figures' grid: one column, then more. */
    .grid {
      display: grid; /* it's a grid */
      gap: 1rem;
    }
    a /* between */ b { color: blue; }
  `;
  assert.equal(minifyCss(css), `.grid{display:grid;gap:1rem}a b{color:blue}`);
});

test('a css literal in a module is squeezed with its strings intact', () => {
  const code =
    "export const s = css`\n  /* note */\n  .q::before { content: '/*  '; }\n  /* end */\n  .r { margin: 0; }\n`;\n";
  assert.equal(
    minifyCssLiterals(code),
    "export const s = css`.q::before{content:'/*  '}.r{margin:0}`;\n",
  );
});
