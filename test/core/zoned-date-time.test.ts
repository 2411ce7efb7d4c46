// parseZonedDateTime: offset-less feed date-times read as wall-clock time in a zone.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseZonedDateTime } from '../../src/core/zoned-date-time.js';

describe('parseZonedDateTime', () => {
  it('reads a date-time with an offset as written, whatever the zone', () => {
    expect(
      parseZonedDateTime('2026-01-09T14:00:00+01:00', 'America/New_York')?.toISOString(),
    ).to.equal('2026-01-09T13:00:00.000Z');
    expect(parseZonedDateTime('2026-01-09T14:00Z')?.toISOString()).to.equal(
      '2026-01-09T14:00:00.000Z',
    );
  });

  it('reads an offset-less date-time in the zone, on both sides of a DST change', () => {
    const at = (value: string, zone?: string) => parseZonedDateTime(value, zone)?.toISOString();
    expect(at('2026-03-28T14:00')).to.equal('2026-03-28T13:00:00.000Z');
    expect(at('2026-03-30T14:00:00')).to.equal('2026-03-30T12:00:00.000Z');
    expect(at('2026-10-26T09:30:15.5')).to.equal('2026-10-26T08:30:15.500Z');
    expect(at('2026-07-01T10:00', 'America/New_York')).to.equal('2026-07-01T14:00:00.000Z');
    // 02:30 does not exist in Brussels on 29 March 2026: it reads as the hour after.
    expect(at('2026-03-29T02:30')).to.equal('2026-03-29T01:30:00.000Z');
    expect(at('2028-02-29T10:00', 'UTC')).to.equal('2028-02-29T10:00:00.000Z');
  });

  it('reads every real wall-clock time of 1970–2199 as the Date constructor does in UTC', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1970, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 31)),
          noInvalidDate: true,
        }),
        fc.constantFrom('minutes', 'seconds', 'fraction'),
        (date, precision) => {
          const d = date;
          let value = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
          if (precision !== 'minutes') value += `:${pad(d.getUTCSeconds())}`;
          if (precision === 'fraction') value += `.${pad(d.getUTCMilliseconds(), 3)}`;
          expect(parseZonedDateTime(value, 'UTC')?.getTime(), value).to.equal(
            new Date(`${value}Z`).getTime(),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives undefined for what is not a date-time', () => {
    expect(parseZonedDateTime('2026-02-29T10:00')).to.equal(undefined);
    expect(parseZonedDateTime('2026-04-31T10:00')).to.equal(undefined);
    expect(parseZonedDateTime('2026-01-09T24:00')).to.equal(undefined);
    expect(parseZonedDateTime('2026-01-09T14:60')).to.equal(undefined);
    expect(parseZonedDateTime('2026-01-09T14:00:60')).to.equal(undefined);
    expect(parseZonedDateTime('2026-01-09T1a:00')).to.equal(undefined);
    expect(parseZonedDateTime('2026-01-09')).to.equal(undefined);
    expect(parseZonedDateTime('soon')).to.equal(undefined);
    expect(parseZonedDateTime('2026-13-45T99:00')).to.equal(undefined);
  });
});
