// The converted Brussels series as a visitor in New York sees it: `uzl-widgets convert events`
// (the built command) turns our weekly COUNT=10 calendar into a feed, and <uzl-event-calendar>
// (the built drop-in, dist/uzl-widgets.js) renders it in Debian's Chromium driven by
// playwright-core with its time zone set to America/New_York (`timezoneId`, which sets the
// zone of the page's Date and Intl as the visitor's machine would).
//
// The calendar shows times in the feed's time zone (Europe/Brussels, from X-WR-TIMEZONE), not in
// the visitor's: a visitor in New York sees the hour the session has in Leuven. The expected
// texts are made in the page with Intl from each event's UTC instant, never written here; and
// the test checks that New York's own clock would have read differently, so it can fail.
// Needs a current dist/ (`npm run build`; `npm test` builds before this).
/* global document, customElements */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/engines.mjs';
import { builtCli, ROOT } from './built-cli.mjs';

const BIN = builtCli('test/node/convert-events-new-york.test.mjs');
const FIXTURES = 'test/fixtures/convert/events';
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let dir;
let server;
let browser;
let feed;
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8">
<script type="module" src="/dist/uzl-widgets.js"></script>
<uzl-event-calendar lang="en" view="month" month="2026-03" src="/feed.json" style="width:900px;display:block"></uzl-event-calendar>
<uzl-event-calendar lang="en" view="month" month="2026-04" src="/feed.json" style="width:900px;display:block"></uzl-event-calendar>
<uzl-event-calendar lang="en" view="month" month="2026-05" src="/feed.json" style="width:900px;display:block"></uzl-event-calendar>`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'uzl-events-ny-'));
  const out = join(dir, 'feed.json');
  execFileSync(
    process.execPath,
    [
      BIN,
      'convert',
      'events',
      `nl:${FIXTURES}/brussels-weekly-nl.ics`,
      `fr:${FIXTURES}/brussels-weekly-fr.ics`,
      '--from',
      '2026-02-01',
      '--until',
      '2027-01-01',
      '-o',
      out,
    ],
    { cwd: ROOT },
  );
  feed = JSON.parse(readFileSync(out, 'utf8'));
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const file = path === '/feed.json' ? out : join(ROOT, path);
    if (!file.startsWith(ROOT) && file !== out) return response.writeHead(404).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a visitor in New York sees the Brussels times of all 8 occurrences, on both sides of the clock changes', async () => {
  assert.equal(feed.timeZone, 'Europe/Brussels');
  assert.equal(feed.events.length, 8);
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('uzl-event-calendar')]
        .map((el) => el.shadowRoot?.querySelectorAll('[part~="event"][data-id]').length ?? 0)
        .reduce((a, b) => a + b, 0) >= count,
    feed.events.length,
  );
  const seen = await page.evaluate(
    async ({ events, timeZone }) => {
      await customElements.whenDefined('uzl-event-calendar');
      const chips = [...document.querySelectorAll('uzl-event-calendar')].flatMap((el) => [
        ...el.shadowRoot.querySelectorAll('[part~="event"][data-id]'),
      ]);
      const clock = (zone) =>
        new Intl.DateTimeFormat('en', {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone: zone,
        });
      const day = (zone) =>
        new Intl.DateTimeFormat('en-CA', {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          timeZone: zone,
        });
      return {
        visitorZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        events: events.map((event) => {
          const chip = chips.find((c) => c.dataset.id === event.id);
          const time = chip?.querySelector('time');
          const instant = new Date(event.start);
          return {
            id: event.id,
            shown: time?.textContent.trim(),
            datetime: time?.getAttribute('datetime'),
            cellDay: chip?.closest('[data-day]')?.dataset.day,
            inFeedZone: clock(timeZone).format(instant),
            feedZoneDay: day(timeZone).format(instant),
            inNewYork: clock('America/New_York').format(instant),
            utc: instant.toISOString(),
          };
        }),
      };
    },
    { events: feed.events, timeZone: feed.timeZone },
  );
  await context.close();

  assert.equal(seen.visitorZone, 'America/New_York');
  for (const event of seen.events) {
    assert.equal(event.shown, event.inFeedZone, `${event.id}: the time shown`);
    assert.equal(event.datetime, event.utc, `${event.id}: the instant in <time datetime>`);
    assert.equal(event.cellDay, event.feedZoneDay, `${event.id}: the day it is shown on`);
  }
  // The seven that were not moved keep one Brussels hour across Europe's clock change (29 March)
  // while New York's clock, which changed on 8 March, reads them at different hours.
  const moved = seen.events.filter((event) => event.id.endsWith('@20260326T090000Z'));
  const kept = seen.events.filter((event) => !moved.includes(event));
  assert.equal(moved.length, 1);
  assert.equal(new Set(kept.map((event) => event.shown)).size, 1);
  assert.ok(new Set(kept.map((event) => event.inNewYork)).size > 1);
  assert.notEqual(moved[0].shown, kept[0].shown);
  // Both sides of the change: winter (+01:00) before 29 March, summer (+02:00) after.
  const offsets = new Set(feed.events.map((event) => event.start.slice(-6)));
  assert.deepEqual([...offsets].sort(), ['+01:00', '+02:00']);
});
