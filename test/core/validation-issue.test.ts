// The validator's findings as data (src/core/validation-issue.ts): where (keys), which keyword,
// what it asked for; the one path writer; the one sentence maker; and what the widgets say with
// them (src/core/feed-validation.ts), worded as before findings were data.
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/core/feed-error.js';
import { validateFeed } from '../../src/core/feed-validation.js';
import { validate, type JsonSchema } from '../../src/core/schema-validator.js';
import {
  issueMessage,
  pathText,
  type Failure,
  type ValidationIssue,
} from '../../src/core/validation-issue.js';
import newsSchema from '../../schemas/news.schema.json' with { type: 'json' };

const news = newsSchema as unknown as JsonSchema;

/** The findings of `value` against `schema`, errors and skipped items' problems alike. */
function findings(schema: JsonSchema, value: unknown): ValidationIssue[] {
  const result = validate(schema, value, { skipInvalidItems: true });
  return [...result.errors, ...result.skipped.flatMap((item) => item.problems)];
}

describe('validation findings as data', () => {
  it('locates each finding by keys and names the keyword and what it asked for', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['name'],
      properties: {
        age: { type: 'integer', minimum: 0, maximum: 150 },
        tags: { type: 'array', minItems: 1, maxItems: 2, items: { enum: ['a', 'b'] } },
        code: { type: 'string', minLength: 2, maxLength: 3, pattern: '^[A-Z]+$' },
        'odd key': { const: 1 },
        when: { type: 'string', format: 'date' },
        one: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
        any: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        fixed: { type: 'object', additionalProperties: false, minProperties: 2 },
        more: { exclusiveMinimum: 0 },
      },
    };
    const value = {
      age: -1.5,
      tags: ['a', 'c', 'b'],
      code: 'abcd',
      'odd key': 2,
      when: '2025-02-29',
      one: 3,
      any: 4,
      fixed: { extra: true },
      more: 0,
    };
    expect(findings(schema, value)).to.deep.equal([
      { path: ['name'], keyword: 'required', params: { required: 'name' } },
      { path: ['age'], keyword: 'type', params: { type: ['integer'] } },
      { path: ['tags'], keyword: 'maxItems', params: { maxItems: 2 } },
      { path: ['tags', 1], keyword: 'enum', params: { enum: ['a', 'b'] } },
      { path: ['code'], keyword: 'maxLength', params: { maxLength: 3 } },
      { path: ['code'], keyword: 'pattern', params: { pattern: '^[A-Z]+$' } },
      { path: ['odd key'], keyword: 'const', params: { const: 1 } },
      { path: ['when'], keyword: 'format', params: { format: 'date' } },
      { path: ['one'], keyword: 'oneOf', params: { oneOf: 2 } },
      { path: ['any'], keyword: 'anyOf', params: { anyOf: 0 } },
      { path: ['fixed'], keyword: 'minProperties', params: { minProperties: 2 } },
      {
        path: ['fixed', 'extra'],
        keyword: 'additionalProperties',
        params: { additionalProperties: false },
      },
      { path: ['more'], keyword: 'exclusiveMinimum', params: { exclusiveMinimum: 0 } },
    ]);
  });

  it('names a failed text or date by its definition, and a repeated id by the earlier item', () => {
    const feed = {
      version: 1,
      items: [
        { id: 'a', date: '2025-12-18', title: 'A' },
        { id: 'b', date: 'soon', title: 'B' },
        { id: 'a', date: '2025-12-18', title: 7 },
        { id: 'a', date: '2025-12-18', title: 'A again' },
      ],
    };
    expect(findings(news, feed)).to.deep.equal([
      { path: ['items', 1, 'date'], keyword: '$ref', params: { $ref: 'date' } },
      { path: ['items', 2, 'title'], keyword: '$ref', params: { $ref: 'text' } },
      {
        path: ['items', 3, 'id'],
        keyword: 'x-skip-invalid-items',
        params: { 'x-skip-invalid-items': 0 },
      },
    ]);
  });

  it('writes paths as JavaScript does, in one place', () => {
    expect(pathText([])).to.equal('(root)');
    expect(pathText(['items', 3, 'date'])).to.equal('items[3].date');
    expect(pathText(['odd key', 0])).to.equal('["odd key"][0]');
    expect(pathText([2, '$ok', 'a-b'])).to.equal('[2].$ok["a-b"]');
  });

  it('words each finding the schemas can produce as the widgets always have', () => {
    const said = (failure: Failure) => issueMessage(failure);
    expect(said({ keyword: 'required', params: { required: 'title' } })).to.equal('is required');
    expect(said({ keyword: 'type', params: { type: ['string', 'null'] } })).to.equal(
      'must be string or null',
    );
    expect(said({ keyword: 'const', params: { const: 1 } })).to.equal('must be 1');
    expect(said({ keyword: '$ref', params: { $ref: 'text' } })).to.equal('must be a valid text');
    expect(said({ keyword: 'format', params: { format: 'date' } })).to.equal(
      'must be a valid date',
    );
    expect(said({ keyword: 'pattern', params: { pattern: '^[A-Z]{2}$' } })).to.equal(
      'must match ^[A-Z]{2}$',
    );
    expect(said({ keyword: 'minimum', params: { minimum: -90 } })).to.equal('must be ≥ -90');
    expect(said({ keyword: 'maximum', params: { maximum: 90 } })).to.equal('must be ≤ 90');
    expect(said({ keyword: 'minLength', params: { minLength: 1 } })).to.equal('must not be empty');
    expect(said({ keyword: 'minProperties', params: { minProperties: 1 } })).to.equal(
      'must not be empty',
    );
    expect(
      said({ keyword: 'x-skip-invalid-items', params: { 'x-skip-invalid-items': 0 } }),
    ).to.equal('repeats an earlier item’s id');
    // Keywords no schema uses share one sentence naming the keyword and what it asked.
    expect(said({ keyword: 'maxItems', params: { maxItems: 5 } })).to.equal('fails maxItems 5');
  });

  it('warns once per skipped item and throws for a bad feed, in those words', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const feed = {
        version: 1,
        items: [
          { id: 'a', date: '2025-12-18', title: 'A' },
          { id: 'b', date: '2025-12-18' },
        ],
      };
      validateFeed(feed, { schema: news }, 'uzl-news-list', false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      '<uzl-news-list>: skipped items[1]: items[1].title is required',
    ]);

    let error: unknown;
    try {
      validateFeed({ version: 2, items: 'none' }, { schema: news }, 'uzl-news-list', false);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('invalid');
    expect((error as FeedError).message).to.equal(
      'The feed does not have the expected shape: version must be 1; items must be array',
    );
  });
});
