// <uzl-event-calendar>'s "Add to calendar" and "Download all": the .ics file read back twice,
// by hand as RFC 5545 says (lines end in CRLF, a line starting with a space or tab continues
// the previous one, TEXT values unescape \\ \; \, \n, 75-octet lines), and by a real
// iCalendar parser, ical.js (a devDependency only).
import { expect, fixtureCleanup } from '@open-wc/testing';
import ICAL from 'ical.js';
import { $ } from '../helpers/widgets.js';
import { mountData, cell, calendarEvent, feedOf } from './event-calendar-helpers.js';

describe('<uzl-event-calendar>: iCalendar', () => {
  afterEach(() => fixtureCleanup());

  /** RFC 5545 read back: unfolded content lines as [name with parameters, unescaped value]. */
  function parseIcs(ics: string): { lines: string[]; props: [string, string][] } {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = ics.slice(0, -2).split('\r\n');
    const unfolded = lines
      .join('\r\n')
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n');
    const props = unfolded.map((line): [string, string] => {
      const colon = line.indexOf(':');
      const value = line
        .slice(colon + 1)
        .replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      return [line.slice(0, colon), value];
    });
    return { lines, props };
  }

  async function captureDownload(click: () => void): Promise<string> {
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(URL, object);
    };
    try {
      click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blob?.type).to.equal('text/calendar;charset=utf-8');
    return blob!.text();
  }

  it('downloads valid .ics files with the same times and texts', async () => {
    const description =
      'Line one, with commas; semicolons \\ a backslash\nand a second line: é à ü '.repeat(3);
    const { el } = await mountData(
      feedOf([
        calendarEvent('talk', '2026-01-09T14:00:00+01:00', {
          end: '2026-01-09T16:00:00+01:00',
          title: 'Fatigue, cancer; and you',
          description,
          location: { name: 'Campus Gasthuisberg', address: 'Herestraat 49, 3000 Leuven' },
          registrationUrl: 'https://www.uzleuven.be/register?x=1',
        }),
        calendarEvent('fair', '2026-01-30', { end: '2026-02-01', allDay: true }),
      ]),
      { width: 900, attrs: 'month="2026-01"' },
    );
    cell(el, '2026-01-09').querySelector<HTMLElement>('[part~="event"]')!.click();
    await el.updateComplete;
    const ics = await captureDownload(() => $(el, '[part~="details"] [part~="add"]')!.click());
    const { lines, props } = parseIcs(ics);
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    const get = (name: string) => props.find(([n]) => n === name)?.[1];
    expect(props[0]).to.deep.equal(['BEGIN', 'VCALENDAR']);
    expect(get('VERSION')).to.equal('2.0');
    expect(get('UID')).to.match(/^talk@/);
    expect(get('DTSTAMP')).to.match(/^\d{8}T\d{6}Z$/);
    expect(get('DTSTART')).to.equal('20260109T130000Z');
    expect(get('DTEND')).to.equal('20260109T150000Z');
    expect(get('SUMMARY')).to.equal('Fatigue, cancer; and you');
    expect(get('DESCRIPTION')).to.equal(description);
    expect(get('LOCATION')).to.equal('Campus Gasthuisberg, Herestraat 49, 3000 Leuven');
    expect(get('URL')).to.equal('https://www.uzleuven.be/register?x=1');
    // "Download all": the month's two events; the all-day one with an exclusive end date.
    const all = parseIcs(await captureDownload(() => $(el, '.add-all')!.click())).props;
    expect(all.filter(([n]) => n === 'BEGIN').length).to.equal(3);
    expect(all).to.deep.include(['DTSTART;VALUE=DATE', '20260130']);
    expect(all).to.deep.include(['DTEND;VALUE=DATE', '20260202']);

    // The same files read by ical.js give the feed's texts and times.
    const events = (text: string) =>
      new ICAL.Component(ICAL.parse(text) as unknown[])
        .getAllSubcomponents('vevent')
        .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
    const [talk] = events(ics);
    expect(events(ics).length).to.equal(1);
    expect(talk!.event.uid).to.match(/^talk@/);
    expect(talk!.event.summary).to.equal('Fatigue, cancer; and you');
    expect(talk!.event.description).to.equal(description);
    expect(talk!.event.location).to.equal('Campus Gasthuisberg, Herestraat 49, 3000 Leuven');
    expect(talk!.vevent.getFirstPropertyValue('url')).to.equal(
      'https://www.uzleuven.be/register?x=1',
    );
    expect(talk!.event.startDate.isDate).to.equal(false);
    expect(talk!.event.startDate.toJSDate().getTime()).to.equal(
      new Date('2026-01-09T14:00:00+01:00').getTime(),
    );
    expect(talk!.event.endDate.toJSDate().getTime()).to.equal(
      new Date('2026-01-09T16:00:00+01:00').getTime(),
    );
    expect(talk!.vevent.getFirstPropertyValue('dtstamp')).to.not.equal(null);
    const both = events(await captureDownload(() => $(el, '.add-all')!.click()));
    expect(both.map(({ event }) => event.uid.split('@')[0])).to.deep.equal(['talk', 'fair']);
    const fair = both[1]!.event;
    expect(fair.summary).to.equal('Event fair');
    expect(fair.startDate.isDate).to.equal(true);
    expect(fair.startDate.toString()).to.equal('2026-01-30');
    // RFC 5545's DTEND of an all-day event is the day after its last day (the feed's 1 February).
    expect(fair.endDate.isDate).to.equal(true);
    expect(fair.endDate.toString()).to.equal('2026-02-02');
  });
});
