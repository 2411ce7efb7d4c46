// zoneOffset answers from each zone's transitions (found once per UTC year); it must agree
// with asking Intl directly at every instant, in zones with unusual changes.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { measuredOffset, zoneOffset } from '../../src/core/zone-offset.js';

const ZONES = [
  'Europe/Brussels',
  'America/New_York',
  'America/Sao_Paulo', // southern-hemisphere DST, abolished in 2019
  'Australia/Lord_Howe', // a 30-minute DST change
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kolkata', // +05:30, no DST
  'Africa/Casablanca', // DST paused for about a month each Ramadan
  'Europe/Dublin', // "negative DST" in the zone data: winter is the exception
  'UTC',
];

describe('zoneOffset', () => {
  it('agrees with Intl at random instants from 1900 to 2100 in nine zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (zone, instant) => {
          // Whole seconds: Intl reports wall-clock time to the second.
          const second = Math.floor(instant / 1000) * 1000;
          expect(zoneOffset(second, zone), `${zone} at ${new Date(second).toISOString()}`).to.equal(
            measuredOffset(second, zone),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('changes at the exact second of a transition', () => {
    // Brussels: 29 March 2026 01:00 UTC (02:00 → 03:00) and 25 October 2026 01:00 UTC.
    const spring = Date.UTC(2026, 2, 29, 1);
    expect(zoneOffset(spring - 1000, 'Europe/Brussels')).to.equal(3_600_000);
    expect(zoneOffset(spring, 'Europe/Brussels')).to.equal(7_200_000);
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect(zoneOffset(autumn - 1000, 'Europe/Brussels')).to.equal(7_200_000);
    expect(zoneOffset(autumn, 'Europe/Brussels')).to.equal(3_600_000);
    // Lord Howe: 5 April 2026 02:00 local (+11) → 01:30 (+10:30), i.e. 4 April 15:00 UTC.
    const lordHowe = Date.UTC(2026, 3, 4, 15);
    expect(zoneOffset(lordHowe - 1000, 'Australia/Lord_Howe')).to.equal(11 * 3_600_000);
    expect(zoneOffset(lordHowe, 'Australia/Lord_Howe')).to.equal(10.5 * 3_600_000);
  });

  it('agrees with Intl on each quarter hour, and a second before it, of every day with a change in 2024–2027', () => {
    const DAY = 86_400_000;
    const QUARTER = 900_000;
    for (const zone of ZONES) {
      let previous = measuredOffset(Date.UTC(2024, 0, 1), zone);
      for (let t = Date.UTC(2024, 0, 1) + DAY; t <= Date.UTC(2028, 0, 1); t += DAY) {
        const offset = measuredOffset(t, zone);
        if (offset === previous) continue;
        previous = offset;
        for (let instant = t - DAY; instant <= t; instant += QUARTER)
          for (const at of [instant - 1000, instant])
            expect(zoneOffset(at, zone), `${zone} ${new Date(at).toISOString()}`).to.equal(
              measuredOffset(at, zone),
            );
      }
    }
  });
});
