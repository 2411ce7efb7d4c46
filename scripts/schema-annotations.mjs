// Drops the annotations (descriptions, titles, examples) from a JSON Schema, keeping every
// keyword that validates. The schemas in schemas/ are written for people; the copy inside
// the bundle is for the validator, and each description would cost bytes for nothing.
// The keywords are the runtime validator's own list (src/core/schema-validator.ts), so what
// the build strips is exactly what the validator ignores.
// (Read, not imported as JSON: the lint set parses these scripts as ES2022.)
import { readFileSync } from 'node:fs';

/** @type {string[]} */
const ANNOTATIONS = JSON.parse(
  readFileSync(new URL('../src/core/schema-annotations.json', import.meta.url), 'utf8'),
);

/** @param {unknown} schema @returns {unknown} */
export function stripAnnotations(schema) {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.includes(key)) continue;
    if (key === 'properties' || key === '$defs') {
      // Keys here are property names, not keywords: a property may be called "description".
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]),
      );
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = stripAnnotations(value);
    } else if (key === 'anyOf' || key === 'oneOf') {
      out[key] = value.map(stripAnnotations);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** A Vite plugin applying it to every `*.schema.json` the code imports. */
export function schemaAnnotationsPlugin() {
  return {
    name: 'uzl-strip-schema-annotations',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.schema\.json(\?|$)/.test(id)) return null;
      return { code: JSON.stringify(stripAnnotations(JSON.parse(code))), map: null };
    },
  };
}
