// The part of Citation.js the BibTeX reader uses; the packages ship no types of their own.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** Parses `input` as `forceType` into CSL-JSON items; throws on a syntax error. */
      chain(input: string, options: { forceType: string; generateGraph: false }): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
