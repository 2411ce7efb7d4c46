// `time-zone` as the widgets read it (news list, calendar, AI news): resolveTimeZone.
import { expect } from '@open-wc/testing';
import { resolveTimeZone } from '../../src/core/format.js';

describe('time-zone attribute', () => {
  it('is Europe/Brussels by default, the attribute’s zone when valid, Brussels again when not', () => {
    expect(resolveTimeZone(undefined)).to.equal('Europe/Brussels');
    expect(resolveTimeZone('America/New_York')).to.equal('America/New_York');
    expect(resolveTimeZone(' UTC ')).to.equal('UTC');
    expect(resolveTimeZone('Mars/Olympus_Mons')).to.equal('Europe/Brussels');
    expect(resolveTimeZone('')).to.equal('Europe/Brussels');
  });

  it('falls back to the zone given (the feed’s own), not Brussels, when it has one', () => {
    expect(resolveTimeZone(undefined, 'Asia/Tokyo')).to.equal('Asia/Tokyo');
    expect(resolveTimeZone('Nowhere/Land', 'Asia/Tokyo')).to.equal('Asia/Tokyo');
    expect(resolveTimeZone('Europe/Lisbon', 'Asia/Tokyo')).to.equal('Europe/Lisbon');
  });
});
