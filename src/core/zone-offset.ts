/**
 * A time zone's offset from UTC at any instant, from the zone's transitions.
 *
 * Intl tells a zone's wall-clock time only one instant at a time (`formatToParts`, a few µs
 * warm and far more on a cold page). A calendar of 5,000 events needs thousands of offsets,
 * so each zone is asked about a whole UTC year once: its offset every week, and the exact
 * instant of each change found by bisection (to the second). After that an offset is a scan
 * of the year's few spans, with no Intl call and no allocation.
 *
 * Limit: two changes within one week that undo each other are not seen (no zone in use has
 * them; the shortest, Morocco's Ramadan pause of DST, lasts about a month).
 */
const SECOND = 1000;
const WEEK = 7 * 86_400_000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let clock = wallClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    wallClocks.set(timeZone, clock);
  }
  return clock;
}

/** Milliseconds `timeZone`'s clocks are ahead of UTC at `instant` (whole seconds), asking Intl. */
export function measuredOffset(instant: number, timeZone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const { type, value } of wallClock(timeZone).formatToParts(instant)) {
    if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') hour = Number(value);
    else if (type === 'minute') minute = Number(value);
    else if (type === 'second') second = Number(value);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year);
  return wall.getTime() - Math.floor(instant / SECOND) * SECOND;
}

/** One UTC year of a zone: `offsets[i]` holds from `starts[i]` until the next start. */
interface ZoneYear {
  from: number;
  to: number;
  starts: number[];
  offsets: number[];
}

/** The first instant in (low, high] with `high`'s offset, `low` having another one. */
function changeBetween(low: number, high: number, highOffset: number, timeZone: string): number {
  while (high - low > SECOND) {
    const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
    if (measuredOffset(middle, timeZone) === highOffset) high = middle;
    else low = middle;
  }
  return high;
}

function measureYear(year: number, timeZone: string): ZoneYear {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const starts = [from];
  const offsets = [measuredOffset(from, timeZone)];
  for (let previous = from; previous < to - 1;) {
    const next = Math.min(previous + WEEK, to - 1);
    const offset = measuredOffset(next, timeZone);
    if (offset !== offsets[offsets.length - 1]) {
      starts.push(changeBetween(previous, next, offset, timeZone));
      offsets.push(offset);
    }
    previous = next;
  }
  return { from, to, starts, offsets };
}

const years = new Map<string, Map<number, ZoneYear>>();
/** The year each zone was last asked about: most lookups fall in it. */
const lastYear = new Map<string, ZoneYear>();

function zoneYear(instant: number, timeZone: string): ZoneYear {
  const last = lastYear.get(timeZone);
  if (last && instant >= last.from && instant < last.to) return last;
  let perZone = years.get(timeZone);
  if (!perZone) years.set(timeZone, (perZone = new Map<number, ZoneYear>()));
  const year = new Date(instant).getUTCFullYear();
  let found = perZone.get(year);
  if (!found) perZone.set(year, (found = measureYear(year, timeZone)));
  lastYear.set(timeZone, found);
  return found;
}

/** Milliseconds `timeZone` is ahead of UTC at `instant` (`Europe/Brussels` in July: 7,200,000). */
export function zoneOffset(instant: number, timeZone: string): number {
  const { starts, offsets } = zoneYear(instant, timeZone);
  let i = starts.length - 1;
  while (i > 0 && instant < starts[i]!) i--;
  return offsets[i]!;
}
