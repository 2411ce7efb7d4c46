// The `time-zone` attribute, shared by every feed widget through UzlFeedElement (its JSDoc
// says what it does).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../helpers/test-feed-element.js';
import type { UzlTestFeed } from '../helpers/test-feed-element.js';

/** `resolvedTimeZone` is for subclasses; the test reads it as one would. */
const zoneOf = (el: UzlTestFeed) =>
  (el as unknown as { resolvedTimeZone: string }).resolvedTimeZone;

describe('time-zone attribute', () => {
  afterEach(() => fixtureCleanup());

  it('is Europe/Brussels by default, the attribute’s zone when valid, Brussels again when not', async () => {
    const el = await fixture<UzlTestFeed>(
      html`<uzl-test-feed .data=${{ version: 1, items: [] }}></uzl-test-feed>`,
    );
    expect(zoneOf(el)).to.equal('Europe/Brussels');
    el.setAttribute('time-zone', 'America/New_York');
    expect(el.timeZone).to.equal('America/New_York');
    expect(zoneOf(el)).to.equal('America/New_York');
    el.setAttribute('time-zone', ' UTC ');
    expect(zoneOf(el)).to.equal('UTC');
    el.setAttribute('time-zone', 'Mars/Olympus_Mons');
    expect(zoneOf(el)).to.equal('Europe/Brussels');
    el.setAttribute('time-zone', '');
    expect(zoneOf(el)).to.equal('Europe/Brussels');
  });
});
