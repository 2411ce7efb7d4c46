// Two copies of the library on one page (two bundles, two versions) must never throw.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { UzlTestFeed } from '../helpers/test-feed-element.js';

describe('define()', () => {
  afterEach(() => fixtureCleanup());

  it('leaves an already defined tag alone, whoever defined it', async () => {
    const first = customElements.get('uzl-test-feed');
    expect(first).to.equal(UzlTestFeed);
    // The same class again, and another copy of it (as a second bundle would bring).
    expect(() => UzlTestFeed.define('uzl-test-feed')).to.not.throw();
    class SecondCopy extends UzlTestFeed {}
    expect(() => SecondCopy.define('uzl-test-feed')).to.not.throw();
    expect(customElements.get('uzl-test-feed')).to.equal(first);

    // The page keeps working with the first definition.
    const el = await fixture<UzlTestFeed>(
      html`<uzl-test-feed
        .data=${{ version: 1, items: [{ id: 'a', title: 'Still here' }] }}
      ></uzl-test-feed>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('Still here');
  });
});
