#!/usr/bin/env node
// Checks the feed JSON Schemas against an independent validator (ajv, draft 2020-12, strict mode):
//  1. every schema compiles and uses only the keyword subset the runtime validator implements;
//  2. every demo feed in demo/data/ is valid;
//  3. every fixture in test/fixtures/feeds/<feed>/ is valid (valid-*.json) or invalid (invalid-*.json).
// Whole-file validity counts: ajv ignores x-skip-invalid-items, so one bad item makes a file invalid.
// Usage: node test/node/schemas-ajv.check.mjs   (exit code 1 on any mismatch)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FEEDS = ['news', 'events', 'campuses', 'stats', 'ai-publications'];

/** The only keywords the project's runtime validator implements. */
const ALLOWED_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'examples',
  '$comment',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minProperties',
  'anyOf',
  'oneOf',
  'x-skip-invalid-items',
]);
const ALLOWED_FORMATS = new Set(['date', 'date-time', 'uri-reference', 'email']);
const ALLOWED_TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
]);
const ROOT_ONLY = new Set(['$schema', '$id']);

let failures = 0;
const line = (ok, label, extra = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${extra ? `  ${extra}` : ''}`);
};
const rel = (p) => relative(root, p);

/** Recursively checks a schema object against the keyword subset; returns a list of problems. */
function checkSubset(schema, path = '#', isRoot = true, problems = []) {
  if (typeof schema === 'boolean') return problems;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    problems.push(`${path}: schema is not an object`);
    return problems;
  }
  for (const [key, value] of Object.entries(schema)) {
    const at = `${path}/${key}`;
    if (!ALLOWED_KEYWORDS.has(key)) problems.push(`${at}: keyword not in the subset`);
    else if (ROOT_ONLY.has(key) && !isRoot) problems.push(`${at}: only allowed at the root`);
    switch (key) {
      case '$ref':
        if (typeof value !== 'string' || !value.startsWith('#/$defs/'))
          problems.push(`${at}: only "#/$defs/…" refs`);
        break;
      case 'format':
        if (!ALLOWED_FORMATS.has(value)) problems.push(`${at}: format "${value}" not supported`);
        break;
      case 'type': {
        const types = Array.isArray(value) ? value : [value];
        if (types.length === 0 || !types.every((t) => ALLOWED_TYPES.has(t)))
          problems.push(`${at}: bad type`);
        break;
      }
      case 'properties':
      case '$defs':
        for (const [name, sub] of Object.entries(value))
          checkSubset(sub, `${at}/${name}`, false, problems);
        break;
      case 'items':
        if (Array.isArray(value)) problems.push(`${at}: items must be a single schema`);
        else checkSubset(value, at, false, problems);
        break;
      case 'additionalProperties':
        if (typeof value !== 'boolean') checkSubset(value, at, false, problems);
        break;
      case 'anyOf':
      case 'oneOf':
        if (!Array.isArray(value) || value.length === 0)
          problems.push(`${at}: must be a non-empty array`);
        else value.forEach((sub, i) => checkSubset(sub, `${at}/${i}`, false, problems));
        break;
      case 'x-skip-invalid-items':
        if (typeof value !== 'boolean') problems.push(`${at}: must be a boolean`);
        if (schema.type !== 'array') problems.push(`${at}: only meaningful on an array schema`);
        break;
      default:
        // examples, enum, const and the numeric/string keywords hold values, not schemas.
        break;
    }
  }
  return problems;
}

/** Every object schema must keep unknown properties allowed, except the language object of $defs/text. */
function checkOpenObjects(schema, path = '#', problems = []) {
  if (schema === null || typeof schema !== 'object') return problems;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => checkOpenObjects(s, `${path}/${i}`, problems));
    return problems;
  }
  if (schema.additionalProperties === false && path !== '#/$defs/text/anyOf/1') {
    problems.push(`${path}: additionalProperties: false breaks forward compatibility`);
  }
  for (const key of ['properties', '$defs']) {
    for (const [name, sub] of Object.entries(schema[key] ?? {}))
      checkOpenObjects(sub, `${path}/${key}/${name}`, problems);
  }
  for (const key of ['items', 'anyOf', 'oneOf'])
    if (schema[key]) checkOpenObjects(schema[key], `${path}/${key}`, problems);
  return problems;
}

/** Every object schema with properties should describe each property. */
function checkDescriptions(schema, path = '#', problems = []) {
  if (schema === null || typeof schema !== 'object') return problems;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => checkDescriptions(s, `${path}/${i}`, problems));
    return problems;
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (typeof sub.description !== 'string' || !sub.description)
      problems.push(`${path}/properties/${name}: no description`);
    checkDescriptions(sub, `${path}/properties/${name}`, problems);
  }
  for (const [name, sub] of Object.entries(schema.$defs ?? {}))
    checkDescriptions(sub, `${path}/$defs/${name}`, problems);
  for (const key of ['items', 'anyOf', 'oneOf'])
    if (schema[key]) checkDescriptions(schema[key], `${path}/${key}`, problems);
  return problems;
}

function readJson(file) {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { ok: false, error };
  }
}

const formatErrors = (errors) =>
  (errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'x-skip-invalid-items', schemaType: 'boolean' });

const counts = { schemas: 0, demo: 0, valid: 0, invalid: 0 };

for (const feed of FEEDS) {
  console.log(`\n== ${feed}`);
  const schemaFile = join(root, 'schemas', `${feed}.schema.json`);
  const parsed = readJson(schemaFile);
  if (!parsed.ok) {
    line(false, rel(schemaFile), `not JSON: ${parsed.error.message}`);
    continue;
  }
  const schema = parsed.value;

  const meta = [];
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
    meta.push('$schema is not draft 2020-12');
  if (schema.$id !== `https://uzl-widgets.example/schemas/${feed}.schema.json`)
    meta.push(`unexpected $id ${schema.$id}`);
  if (!schema.title || !schema.description) meta.push('root needs title and description');
  if (schema.properties?.version?.const !== 1 || !schema.required?.includes('version'))
    meta.push('version must be const 1 and required');
  const problems = [
    ...meta,
    ...checkSubset(schema),
    ...checkOpenObjects(schema),
    ...checkDescriptions(schema),
  ];
  line(
    problems.length === 0,
    `${rel(schemaFile)} keyword subset, metadata, open objects, descriptions`,
    problems.join('; '),
  );

  let validate;
  try {
    validate = ajv.compile(schema);
    line(true, `${rel(schemaFile)} compiles (ajv strict)`);
    counts.schemas++;
  } catch (error) {
    line(false, `${rel(schemaFile)} compiles (ajv strict)`, error.message);
    continue;
  }

  const check = (file, expectValid) => {
    const data = readJson(file);
    const valid = data.ok && validate(data.value);
    const why = !data.ok
      ? `not JSON (${data.error.message.split('\n')[0]})`
      : valid
        ? ''
        : formatErrors(validate.errors);
    const ok = valid === expectValid;
    line(
      ok,
      `${rel(file)} ${valid ? 'valid' : 'invalid'}`,
      ok && expectValid
        ? ''
        : `${ok ? '' : `expected ${expectValid ? 'valid' : 'invalid'}: `}${why}`,
    );
    return ok;
  };

  const demoFile = join(root, 'demo', 'data', `${feed}.json`);
  if (existsSync(demoFile)) {
    if (check(demoFile, true)) counts.demo++;
  } else line(false, rel(demoFile), 'missing');

  const fixtureDir = join(root, 'test', 'fixtures', 'feeds', feed);
  const files = existsSync(fixtureDir)
    ? readdirSync(fixtureDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const valids = files.filter((f) => f.startsWith('valid-'));
  const invalids = files.filter((f) => f.startsWith('invalid-'));
  const stray = files.filter((f) => !f.startsWith('valid-') && !f.startsWith('invalid-'));
  if (valids.length < 4 || invalids.length < 8 || stray.length) {
    line(
      false,
      rel(fixtureDir),
      `needs >= 4 valid-* and >= 8 invalid-*, no other names (have ${valids.length}/${invalids.length}, stray: ${stray.join(', ')})`,
    );
  }
  for (const f of valids) if (check(join(fixtureDir, f), true)) counts.valid++;
  for (const f of invalids) if (check(join(fixtureDir, f), false)) counts.invalid++;
}

console.log(
  `\n${failures === 0 ? 'PASS' : 'FAIL'}: ${counts.schemas} schemas compiled, ${counts.demo} demo feeds valid, ` +
    `${counts.valid} valid fixtures accepted, ${counts.invalid} invalid fixtures rejected, ${failures} failure(s)`,
);
process.exit(failures === 0 ? 0 : 1);
