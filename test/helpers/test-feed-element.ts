// A minimal widget used only by the core's tests: it shows a list of titles, so the tests
// exercise the real feed controller, language controller and state views end to end.
import { css, html, type TemplateResult } from 'lit';
import { pickText, type LocalizedText } from '../../src/core/localized-text.js';
import type { JsonSchema } from '../../src/core/schema-validator.js';
import { UzlFeedElement } from '../../src/core/uzl-feed-element.js';

export interface TestFeed {
  version: 1;
  items: { id: string; title: LocalizedText }[];
}

export const testFeedSchema: JsonSchema = {
  type: 'object',
  required: ['version', 'items'],
  properties: {
    version: { const: 1 },
    items: {
      type: 'array',
      'x-skip-invalid-items': true,
      items: {
        type: 'object',
        required: ['id', 'title'],
        properties: { id: { type: 'string', minLength: 1 }, title: { $ref: '#/$defs/text' } },
      },
    },
  },
  $defs: {
    text: {
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            nl: { type: 'string', minLength: 1 },
            en: { type: 'string', minLength: 1 },
            fr: { type: 'string', minLength: 1 },
          },
        },
      ],
    },
  },
};

export class UzlTestFeed extends UzlFeedElement<TestFeed> {
  static override styles = [
    ...UzlFeedElement.styles,
    css`
      :host {
        --_uzl-loading-height: 6rem;
      }
    `,
  ];

  constructor() {
    super({ schema: testFeedSchema });
  }

  protected override itemCount(feed: TestFeed): number {
    return feed.items.length;
  }

  protected override renderData(feed: TestFeed): TemplateResult {
    return html`<ul>
      ${feed.items.map((item) => html`<li>${pickText(item.title, this.resolvedLang)}</li>`)}
    </ul>`;
  }
}

UzlTestFeed.define('uzl-test-feed');

declare global {
  interface HTMLElementTagNameMap {
    'uzl-test-feed': UzlTestFeed;
  }
}
