// The feed schemas (schemas/*.schema.json) are the single truth about every feed. This test
// holds them to it, with ajv (draft 2020-12, strict) as the independent judge:
//  - every schema compiles, uses only the keyword subset our runtime validator implements,
//    keeps objects open (forward-compatible) and describes every property;
//  - every demo feed in demo/data/ is valid;
//  - every fixture in test/fixtures/feeds/<feed>/ is valid-* or invalid-* as named, and our
//    runtime validator (src/core/schema-validator.ts) reaches the same verdict as ajv.
// Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FEEDS = ['news', 'events', 'campuses', 'stats', 'ai-publications'];

// Our validator is TypeScript written for the browser; bundle it for Node on the fly.
const bundled = await build({
  entryPoints: [join(root, 'src/core/schema-validator.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const runtime = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const ALLOWED_KEYWORDS = new Set(runtime.SUPPORTED_KEYWORDS);
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

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

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

/**
 * Every object schema must keep unknown properties allowed, except the language objects of
 * $defs/text and $defs/link, whose keys are the languages.
 */
const LANGUAGE_OBJECTS = new Set(['#/$defs/text/anyOf/1', '#/$defs/link/anyOf/1']);
function checkOpenObjects(schema, path = '#', problems = []) {
  if (schema === null || typeof schema !== 'object') return problems;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => checkOpenObjects(s, `${path}/${i}`, problems));
    return problems;
  }
  if (schema.additionalProperties === false && !LANGUAGE_OBJECTS.has(path)) {
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

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'x-skip-invalid-items', schemaType: 'boolean' });

for (const feed of FEEDS) {
  const schema = readJson(join(root, 'schemas', `${feed}.schema.json`));
  const validate = ajv.compile(schema);
  const verdicts = (data) => ({
    ajv: validate(data),
    ours: runtime.validate(schema, data).errors.length === 0,
    oursErrors: runtime.validate(schema, data).errors,
  });

  test(`${feed}: schema metadata, keyword subset, open objects, descriptions`, () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, `https://uzl-widgets.example/schemas/${feed}.schema.json`);
    assert.ok(schema.title && schema.description, 'root title and description');
    assert.equal(schema.properties?.version?.const, 1);
    assert.ok(schema.required.includes('version'));
    assert.deepEqual(
      [...checkSubset(schema), ...checkOpenObjects(schema), ...checkDescriptions(schema)],
      [],
    );
  });

  test(`${feed}: the demo feed is valid for ajv and for our validator, with nothing skipped`, () => {
    const data = readJson(join(root, 'demo', 'data', `${feed}.json`));
    const result = verdicts(data);
    assert.equal(result.ajv, true, JSON.stringify(validate.errors));
    assert.deepEqual(result.oursErrors, []);
    assert.deepEqual(runtime.validate(schema, data, { skipInvalidItems: true }).skipped, []);
  });

  const dir = join(root, 'test', 'fixtures', 'feeds', feed);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  test(`${feed}: enough fixtures, all named valid-* or invalid-*`, () => {
    assert.ok(files.filter((f) => f.startsWith('valid-')).length >= 4);
    assert.ok(files.filter((f) => f.startsWith('invalid-')).length >= 8);
    assert.deepEqual(
      files.filter((f) => !/^(in)?valid-/.test(f)),
      [],
    );
  });
  for (const file of files) {
    test(`${feed}/${file}: ajv and our validator agree`, () => {
      const expected = file.startsWith('valid-');
      const result = verdicts(readJson(join(dir, file)));
      assert.equal(result.ajv, expected, `ajv: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      assert.equal(result.ours, expected, `ours: ${JSON.stringify(result.oursErrors.slice(0, 2))}`);
    });
  }
}

test('a bad item is skipped, not fatal, when skipping is on', () => {
  const schema = readJson(join(root, 'schemas', 'news.schema.json'));
  const feed = {
    version: 1,
    items: [
      { id: 'a', date: '2025-12-18', title: 'A' },
      { id: 'b', date: 'yesterday', title: 'B' },
      { id: 'c', date: '2025-12-17', title: { nl: 'C' } },
    ],
  };
  const result = runtime.validate(schema, feed, { skipInvalidItems: true });
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.value.items.map((item) => item.id),
    ['a', 'c'],
  );
  assert.deepEqual(result.skipped, [
    {
      item: ['items', 1],
      problems: [{ path: ['items', 1, 'date'], keyword: '$ref', params: { $ref: 'date' } }],
    },
  ]);
});

test('a "__proto__" key in a feed stays data', () => {
  const schema = readJson(join(root, 'schemas', 'news.schema.json'));
  const feed = JSON.parse('{"version":1,"items":[],"__proto__":{"polluted":true}}');
  const result = runtime.validate(schema, feed, { skipInvalidItems: true });
  assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
  assert.equal(result.value.polluted, undefined);
  assert.equal({}.polluted, undefined);
});

test('dates that are not on the calendar are refused, as ajv refuses them', () => {
  const schema = readJson(join(root, 'schemas', 'news.schema.json'));
  const dates = [
    '2024-02-29',
    '2025-02-29',
    '2000-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-12-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-06-30T23:59:59Z',
    '2025-06-31T10:00:00+02:00',
  ];
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const judge = ajv.compile(schema);
  for (const date of dates) {
    const feed = { version: 1, items: [{ id: 'a', date, title: 'A' }] };
    const ours = runtime.validate(schema, feed, { skipInvalidItems: true }).skipped.length === 0;
    assert.equal(ours, judge(feed), `${date}: ours and ajv agree`);
  }
  // Both verdicts are exercised.
  assert.ok(judge({ version: 1, items: [{ id: 'a', date: '2024-02-29', title: 'A' }] }));
  assert.ok(!judge({ version: 1, items: [{ id: 'a', date: '2025-02-29', title: 'A' }] }));
});

test('a skipped item is named by its place, nested too, with every problem in it', () => {
  const schema = readJson(join(root, 'schemas', 'ai-publications.schema.json'));
  const feed = {
    version: 1,
    news: [],
    domains: [
      {
        id: 'd1',
        label: 'Radiology',
        publications: [
          { id: 'p1', title: 'Good' },
          { id: 'p2', year: 'soon' },
        ],
      },
    ],
  };
  const result = runtime.validate(schema, feed, { skipInvalidItems: true });
  assert.deepEqual(result.errors, []);
  // Findings are data: where (keys), which keyword, what it asked for, under its own name.
  const at = ['domains', 0, 'publications', 1];
  assert.deepEqual(result.skipped, [
    {
      item: at,
      problems: [
        { path: [...at, 'title'], keyword: 'required', params: { required: 'title' } },
        { path: [...at, 'year'], keyword: 'type', params: { type: ['integer'] } },
      ],
    },
  ]);
  assert.deepEqual(
    result.value.domains[0].publications.map((p) => p.id),
    ['p1'],
  );
});
