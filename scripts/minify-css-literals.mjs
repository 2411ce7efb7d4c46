// Lit ships `css` template literals exactly as written: indentation, line breaks and
// comments go to every visitor. This build-only Vite plugin squeezes the literals that have
// no `${…}` inside (all of ours): comments out, white space folded, none around { } ; and
// after commas. It never touches spaces before ':' or inside selectors otherwise, where they
// carry meaning (`a :hover` is not `a:hover`).

/** @param {string} source */
export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'uzl-minify-css-literals',
    apply: 'build',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`$\\]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
