// The calendar's iCalendar writer (src/event-calendar/ics.ts), on its own: each file it
// writes is read back by a real iCalendar parser, ical.js (a devDependency only), and the
// fields must come back as given: texts with the characters RFC 5545 escapes, instants in
// UTC, all-day events with the exclusive end the RFC asks for, long lines folded at 75 octets
// without cutting a character, CRLF line ends.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../src/event-calendar/ics.js';

const NOW = new Date('2026-03-01T08:09:10.123Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

/** The VCALENDAR ical.js reads from `text`, and its VEVENTs as ical.js events. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, events: vevents.map((vevent) => new ICAL.Event(vevent)) };
}

/** The file's physical lines: each ends in CRLF, and there is no other line break. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

const talk: IcsEvent = {
  uid: 'talk-1@uzleuven.be',
  summary: 'Fatigue, cancer; and you',
  description: 'Line one, with commas; semicolons \\ a backslash\nand a second line',
  location: 'Campus Gasthuisberg, Herestraat 49, 3000 Leuven',
  url: 'https://www.uzleuven.be/register?x=1,2;y=3',
  start: new Date('2026-01-09T13:00:00Z'),
  end: new Date('2026-01-09T15:30:00Z'),
};

describe('writeIcs', () => {
  it('writes a calendar ical.js reads, with each field of a timed event as given', () => {
    const text = writeIcs([talk], NOW);
    physicalLines(text);
    const { calendar, vevents, events } = read(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//UZ Leuven//uzl-widgets//EN');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(events.length).to.equal(1);
    const [event] = events;
    expect(event!.uid).to.equal(talk.uid);
    expect(event!.summary).to.equal(talk.summary);
    expect(event!.description).to.equal(talk.description);
    expect(event!.location).to.equal(talk.location);
    expect(vevents[0]!.getFirstPropertyValue('url')).to.equal(talk.url);
    expect(event!.startDate.isDate).to.equal(false);
    expect(event!.startDate.toJSDate().getTime()).to.equal(talk.start!.getTime());
    expect(event!.endDate.toJSDate().getTime()).to.equal(talk.end!.getTime());
    // DTSTAMP: when the file was written, in UTC, to the second.
    const stamp = vevents[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).to.equal(Date.parse('2026-03-01T08:09:10Z'));
    expect(text).to.include('\r\nDTSTART:20260109T130000Z\r\nDTEND:20260109T153000Z\r\n');
  });

  it('leaves out the fields an event does not have; a timed event without an end ends as it starts', () => {
    const text = writeIcs([{ uid: 'u', summary: 'Open day', start: talk.start! }], NOW);
    const { vevents, events } = read(text);
    expect(events[0]!.summary).to.equal('Open day');
    expect(events[0]!.endDate.toJSDate().getTime()).to.equal(talk.start!.getTime());
    for (const name of ['description', 'location', 'url'])
      expect(vevents[0]!.getFirstProperty(name), name).to.equal(null);
  });

  it('writes all-day events as dates, the end the day after the last (RFC 5545’s exclusive end)', () => {
    const { events } = read(
      writeIcs(
        [
          { uid: 'one', summary: 'One day', firstDay: '2026-01-30' },
          { uid: 'year', summary: 'Over new year', firstDay: '2026-12-30', lastDay: '2027-01-01' },
          { uid: 'leap', summary: 'Leap day', firstDay: '2028-02-28', lastDay: '2028-02-29' },
        ],
        NOW,
      ),
    );
    const days = events.map((e) => [
      e.startDate.isDate,
      e.startDate.toString(),
      e.endDate.isDate,
      e.endDate.toString(),
    ]);
    expect(days).to.deep.equal([
      [true, '2026-01-30', true, '2026-01-31'],
      [true, '2026-12-30', true, '2027-01-02'],
      [true, '2028-02-28', true, '2028-03-01'],
    ]);
  });

  it('keeps several events in their order, and writes a valid calendar with none', () => {
    const two = read(
      writeIcs(
        [
          { ...talk, uid: 'b' },
          { ...talk, uid: 'a', summary: 'Second' },
        ],
        NOW,
      ),
    );
    expect(two.events.map((e) => [e.uid, e.summary])).to.deep.equal([
      ['b', talk.summary],
      ['a', 'Second'],
    ]);
    const none = writeIcs([], NOW);
    expect(physicalLines(none)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//UZ Leuven//uzl-widgets//EN',
      'CALSCALE:GREGORIAN',
      'END:VCALENDAR',
    ]);
    expect(read(none).events).to.deep.equal([]);
  });

  it('folds long lines at 75 octets without cutting a character, and ical.js unfolds them whole', () => {
    // Two-, three- and four-octet characters (é, €, 🩺) at every offset against the fold.
    const description = 'Zorg é € 🩺 and a second line\n'.repeat(12);
    const summary = `${'Wéék '.repeat(30)}🩺`;
    const text = writeIcs([{ ...talk, summary, description }], NOW);
    const lines = physicalLines(text);
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.above(5);
    for (const line of lines) {
      expect(octets(line), line).to.be.at.most(75);
      // A four-octet character is two UTF-16 units: a fold between them would leave a lone one.
      expect(line, 'no lone surrogate').to.not.match(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    const { events } = read(text);
    expect(events[0]!.summary).to.equal(summary);
    expect(events[0]!.description).to.equal(description);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and each kind of line break (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('plain: text')).to.equal('plain: text');
  });

  it('leaves a line of 75 octets whole and starts the 76th on a continuation line', () => {
    const full = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(full)).to.equal(75);
    expect(foldLine(full)).to.equal(full);
    expect(foldLine(`${full}y`)).to.equal(`${full}\r\n y`);
    // A two-octet character that would end at octet 76 moves whole to the next line.
    const almost = `SUMMARY:${'x'.repeat(66)}`;
    expect(foldLine(`${almost}é`)).to.equal(`${almost}\r\n é`);
  });
});
