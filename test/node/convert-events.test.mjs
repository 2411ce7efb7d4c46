// `uzl-widgets convert events`, the built command (dist/cli.js) run as a communications team's
// script runs it, on iCalendar files that Google Calendar, Exchange/Outlook and we wrote
// (test/fixtures/convert/events/README.md says which is which): recurrence expanded over the
// window, EXDATEs left out, RECURRENCE-ID overrides in place of the occurrence they name,
// Windows zone names, all-day events, calendars of two languages merged by UID and occurrence,
// ids `<UID>@<UTC start>`, and the exit codes of what cannot be converted.
// Needs a current dist/ (`npm run build`; `npm test` builds before this).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, ROOT } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-events.test.mjs');
const F = 'test/fixtures/convert/events';
let dir;
before(() => (dir = mkdtempSync(join(tmpdir(), 'uzl-convert-events-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** Runs `convert events …`; resolves with the exit code, the output and the feed written. */
function convert(...args) {
  const out = join(dir, `feed-${++runs}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'convert', 'events', ...args, '-o', out],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        const feed = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
        resolve({ code: error ? error.code : 0, stdout, stderr, feed });
      },
    );
  });
}

/** An iCalendar file of our own in the temporary folder, CRLF as RFC 5545 has it. */
function ics(name, ...lines) {
  const path = join(dir, name);
  writeFileSync(
    path,
    `${['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`,
  );
  return path;
}

const utc = (feed) => feed.events.map((event) => new Date(event.start).toISOString());

describe('our Brussels series: weekly from 5 March 2026, COUNT=10, two EXDATEs, one moved', () => {
  let result;
  before(async () => {
    result = await convert(
      `nl:${F}/brussels-weekly-nl.ics`,
      `fr:${F}/brussels-weekly-fr.ics`,
      '--from',
      '2026-02-01',
      '--until',
      '2027-01-01',
    );
  });

  test('gives exactly the 8 right occurrences at their UTC instants', () => {
    assert.equal(result.code, 0, result.stderr);
    // Ten Thursdays at 10:00 in Brussels: 09:00Z before the clock change of 29 March, 08:00Z
    // after; 19 March and 16 April excluded; 26 March moved to Tuesday 31 March, 14:00.
    assert.deepEqual(utc(result.feed), [
      '2026-03-05T09:00:00.000Z',
      '2026-03-12T09:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-04-02T08:00:00.000Z',
      '2026-04-09T08:00:00.000Z',
      '2026-04-23T08:00:00.000Z',
      '2026-04-30T08:00:00.000Z',
      '2026-05-07T08:00:00.000Z',
    ]);
  });

  test('keeps the local wall time and its offset on both sides of the clock change', () => {
    const starts = result.feed.events.map((event) => event.start);
    assert.equal(result.feed.timeZone, 'Europe/Brussels');
    assert.equal(starts[0], '2026-03-05T10:00:00+01:00');
    assert.equal(starts[3], '2026-04-02T10:00:00+02:00');
    assert.equal(result.feed.events[0].end, '2026-03-05T11:30:00+01:00');
  });

  test('ids are <UID>@<UTC start of the original occurrence>; the moved one keeps its own', () => {
    const ids = result.feed.events.map((event) => event.id);
    assert.equal(ids[0], 'infosessie-borstkanker@uzleuven.be@20260305T090000Z');
    assert.equal(ids[2], 'infosessie-borstkanker@uzleuven.be@20260326T090000Z');
    assert.equal(ids[3], 'infosessie-borstkanker@uzleuven.be@20260402T080000Z');
    assert.ok(!ids.some((id) => id.includes('20260319') || id.includes('20260416')));
  });

  test('merges the Dutch and French calendars by UID and occurrence', () => {
    const [first, , moved] = result.feed.events;
    assert.deepEqual(first.title, {
      nl: 'Infosessie borstkanker',
      fr: 'Séance d’information cancer du sein',
    });
    assert.deepEqual(moved.title, {
      nl: 'Infosessie borstkanker (verplaatst)',
      fr: 'Séance d’information cancer du sein (déplacée)',
    });
    assert.deepEqual(result.feed.categories, [
      { id: 'infosessie', label: { nl: 'Infosessie', fr: 'Séance d’information' } },
    ]);
    assert.equal(first.category, 'infosessie');
  });

  test('LOCATION becomes a name and an address, HTML descriptions plain text, a Teams link online', () => {
    const [first, , moved] = result.feed.events;
    assert.deepEqual(first.location, {
      name: 'Campus Gasthuisberg',
      address: 'Herestraat 49, 3000 Leuven',
    });
    assert.equal(
      first.description.nl,
      // One paragraph a line, as news summaries (src/cli/convert/html-text.ts): `<br><br>` too.
      'Wat kunt u verwachten?\nEen arts en een verpleegkundige vertellen over de behandeling & begeleiding.\nGratis, inschrijven niet nodig.',
    );
    assert.equal(first.url, 'https://www.uzleuven.be/nl/infosessie-borstkanker');
    assert.equal(first.online, undefined);
    assert.equal(moved.online.platform, 'Microsoft Teams');
    assert.match(moved.online.url, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  test('the window: --from and --until choose the occurrences, by their own (moved) time', async () => {
    const march = await convert(
      `nl:${F}/brussels-weekly-nl.ics`,
      '--from',
      '2026-03-10',
      '--until',
      '2026-03-30',
    );
    assert.deepEqual(utc(march.feed), ['2026-03-12T09:00:00.000Z']);
    const april = await convert(
      `nl:${F}/brussels-weekly-nl.ics`,
      '--from',
      '2026-03-30',
      '--until',
      '2026-04-05',
    );
    assert.deepEqual(utc(april.feed), ['2026-03-31T12:00:00.000Z', '2026-04-02T08:00:00.000Z']);
  });
});

test('Google Calendar: an override listed before its series, moved and retitled', async () => {
  const { code, feed, stderr } = await convert(
    `en:${F}/google-recurrence-order.ics`,
    '--from',
    '2026-01-01',
    '--until',
    '2026-12-31',
  );
  assert.equal(code, 0, stderr);
  assert.equal(feed.timeZone, 'America/Denver');
  assert.deepEqual(
    feed.events.map((event) => [event.id, event.start, event.title.en]),
    [
      [
        'aaaaaaaaaa888se1rr0b24sm4p@google.com@20260210T170000Z',
        '2026-02-10T10:00:00-07:00',
        'TEST RECURR 3',
      ],
      [
        'aaaaaaaaaa888se1rr0b24sm4p@google.com@20260211T170000Z',
        '2026-02-11T10:30:00-07:00',
        'TEST RECURR 3 - MODIFIED',
      ],
      [
        'aaaaaaaaaa888se1rr0b24sm4p@google.com@20260212T170000Z',
        '2026-02-12T10:00:00-07:00',
        'TEST RECURR 3',
      ],
    ],
  );
});

test('Exchange: a weekly all-day series with a Windows zone, one day moved, UNTIL in UTC', async () => {
  const { code, feed, stderr } = await convert(
    `en:${F}/exchange-moved-all-day.ics`,
    '--from',
    '2026-02-01',
    '--until',
    '2027-01-01',
  );
  assert.equal(code, 0, stderr);
  // "W. Europe Standard Time", the zone the file defines, is Europe/Berlin in CLDR's table.
  assert.equal(feed.timeZone, 'Europe/Berlin');
  assert.ok(
    feed.events.every((event) => event.allDay === true && /^\d{4}-\d{2}-\d{2}$/.test(event.start)),
  );
  assert.ok(feed.events.every((event) => event.end === undefined));
  const byId = new Map(feed.events.map((event) => [event.id, event]));
  // Thursday 26 February, named by the override at its local midnight, shown on the 27th.
  assert.equal(byId.get('exchange-moved-recurrence@20260226').start, '2026-02-27');
  assert.equal(feed.events[0].start, '2026-02-19');
  // UNTIL=20260817T220000Z: Tuesdays and Thursdays up to 17 August, the last on Thursday 13th.
  assert.equal(feed.events.at(-1).start, '2026-08-13');
  // 26 Thursdays from 19 February and 25 Tuesdays from 24 February.
  assert.equal(feed.events.length, 51);
});

test('Windows zone names without a VTIMEZONE, UTC and floating times, EXDATE by date, cancelled occurrences, an override moved past its series', async () => {
  const file = ics(
    'ours.ics',
    'PRODID:-//uzl-widgets tests//EN',
    'BEGIN:VEVENT',
    'UID:romance',
    'SUMMARY;LANGUAGE=fr-BE:Réunion',
    'DTSTART;TZID=Romance Standard Time:20260325T090000',
    'DTEND;TZID=Romance Standard Time:20260325T100000',
    'RRULE:FREQ=DAILY;COUNT=4',
    'EXDATE;VALUE=DATE:20260326',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:romance',
    'RECURRENCE-ID;TZID=Romance Standard Time:20260327T090000',
    'STATUS:CANCELLED',
    'SUMMARY:Réunion',
    'DTSTART;TZID=Romance Standard Time:20260327T090000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:romance',
    'RECURRENCE-ID;TZID=Romance Standard Time:20260328T090000',
    'SUMMARY:Réunion déplacée',
    'DTSTART;TZID=Romance Standard Time:20260402T150000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:eastern',
    'SUMMARY:Webinar',
    'DTSTART;TZID="Eastern Standard Time":20260310T120000',
    'LOCATION:https://us02web.zoom.us/j/123456789',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:utc',
    'SUMMARY:Call',
    'DTSTART:20260401T120000Z',
    'DTEND:20260401T123000Z',
    'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:floating',
    'SUMMARY:Open day',
    'DTSTART:20260404T100000',
    'END:VEVENT',
  );
  const { code, feed, stderr } = await convert(
    file,
    '--from',
    '2026-03-01',
    '--until',
    '2026-05-01',
  );
  assert.equal(code, 0, stderr);
  const byId = Object.fromEntries(feed.events.map((event) => [event.id, event]));
  // The language is the file's own (LANGUAGE=fr-BE): no prefix, no --lang.
  assert.deepEqual(byId['romance@20260325T080000Z'].title, { fr: 'Réunion' });
  // Romance Standard Time is Europe/Paris: 09:00 is 08:00Z in winter, 07:00Z after 29 March.
  assert.equal(byId['romance@20260325T080000Z'].start, '2026-03-25T09:00:00+01:00');
  assert.equal(byId['romance@20260328T080000Z'].start, '2026-04-02T15:00:00+02:00');
  assert.equal(byId['romance@20260328T080000Z'].title.fr, 'Réunion déplacée');
  assert.equal(Object.keys(byId).filter((id) => id.startsWith('romance@')).length, 2);
  // Eastern Standard Time is America/New_York, already on summer time on 10 March.
  assert.equal(
    new Date(byId['eastern@20260310T160000Z'].start).toISOString(),
    '2026-03-10T16:00:00.000Z',
  );
  assert.deepEqual(byId['eastern@20260310T160000Z'].online, {
    platform: 'Zoom',
    url: 'https://us02web.zoom.us/j/123456789',
  });
  assert.equal(byId['eastern@20260310T160000Z'].location, undefined);
  assert.deepEqual(byId['utc@20260401T120000Z'].online, {
    platform: 'Google Meet',
    url: 'https://meet.google.com/abc-defg-hij',
  });
  assert.equal(
    new Date(byId['utc@20260401T120000Z'].start).toISOString(),
    '2026-04-01T12:00:00.000Z',
  );
  // A floating time stays a wall-clock time, read in the feed's time zone.
  assert.equal(feed.timeZone, 'Europe/Paris');
  assert.equal(byId['floating@20260404T100000'].start, '2026-04-04T10:00:00');
});

describe('what cannot be converted', () => {
  test('a file that is not iCalendar: exit 2, nothing written', async () => {
    const path = join(dir, 'not.ics');
    writeFileSync(path, '<rss version="2.0"><channel></channel></rss>\n');
    const { code, stderr, feed } = await convert(`nl:${path}`);
    assert.equal(code, 2);
    assert.match(stderr, /not an iCalendar file/);
    assert.equal(feed, undefined);
  });

  test('a broken iCalendar file: exit 2, naming the line', async () => {
    const path = ics(
      'broken.ics',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;TZID="W. Europe:20200609T090000"',
      'END:VEVENT',
    );
    const { code, stderr } = await convert(`nl:${path}`);
    assert.equal(code, 2);
    assert.match(stderr, /DTSTART;TZID=/);
  });

  test('Exchange zone names it cannot place (display names, no VTIMEZONE): exit 1 naming them', async () => {
    const { code, stderr, feed } = await convert(
      `en:${F}/exchange-owa-display-zones.ics`,
      '--from',
      '2020-01-01',
      '--until',
      '2021-12-31',
    );
    assert.equal(code, 1);
    assert.match(stderr, /"\(GMT\+10:00\) Canberra, Melbourne, Sydney"/);
    assert.equal(feed, undefined);
  });

  test('a calendar that does not say its language, without a prefix or --lang: exit 1', async () => {
    const { code, stderr } = await convert(`${F}/google-recurrence-order.ics`);
    assert.equal(code, 1);
    assert.match(stderr, /say its language/);
  });
});
