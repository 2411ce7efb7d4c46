// Drops the translators' descriptions from `msg()` calls before bundling. Each `desc` says
// where a text shows and how much room it has (locales/*.xlf carry it as the unit's <note>);
// msg() never reads it, and in the bundle each would cost bytes for nothing.
// The descriptions are plain string literals right after the `id` (scripts/check-translations.mjs
// requires one on every call); a line the description held stays, as an empty line, so the
// source maps still point at the right lines.

/** A `desc:` property whose value is a single- or double-quoted string, with its comma. */
const DESC = /,\s*desc:\s*(['"])(?:\\[\s\S]|(?!\1)[^\\\n])*\1(?=\s*[,}])/g;

/** @param {string} code @returns {string} */
export function stripMsgDesc(code) {
  return code.replace(DESC, (found) => found.replace(/[^\n]/g, ''));
}

/** A Vite plugin applying it to our own TypeScript modules that call `msg()`. */
export function stripMsgDescPlugin() {
  return {
    name: 'uzl-strip-msg-desc',
    enforce: 'pre',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: stripMsgDesc(code), map: null };
    },
  };
}
