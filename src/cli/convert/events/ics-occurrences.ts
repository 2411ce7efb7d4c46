/**
 * The occurrences of one calendar's events within a window: each VEVENT with its RRULE and
 * RDATE expanded (ical.js's recurrence iterator, on the series' own wall clock as RFC 5545
 * says, so 10:00 stays 10:00 across a daylight-saving change), its EXDATEs left out, its
 * RECURRENCE-ID overrides put in place of the occurrence each names, and cancelled ones
 * dropped.
 *
 * Each occurrence is known by its UID and the start of the occurrence it is: for a series,
 * the start the rule gave it, so an override (moved, retitled) keeps the key of the occurrence
 * it replaces, and the calendars of several languages meet on it.
 */
import ICAL from 'ical.js';
import {
  atWall,
  basicForm,
  DAY,
  dayOf,
  instantOf,
  timesOf,
  TimeProblem,
  type IcsTime,
} from './ics-times.js';
import type { Zone } from './ics-zones.js';

export interface Occurrence {
  uid: string;
  /** The start of the occurrence it is, `20260305T090000Z` (a day: `20260305`). */
  key: string;
  /** The VEVENT whose texts it shows: the override's, else the series'. */
  event: ICAL.Component;
  /** The series' VEVENT, for texts an override leaves out. */
  series?: ICAL.Component;
  start: IcsTime;
  /** Where it ends (exclusive for days, as DTEND is); absent when it has no length. */
  end?: IcsTime;
}

export interface Expanded {
  occurrences: Occurrence[];
  /** Events that could not be read, and why: the command says which were left out. */
  skipped: string[];
}

export interface Window {
  from: number;
  until: number;
  /** The clock floating times and days are read on. */
  clock: Zone;
}

/** A rule that matches nothing would make the iterator run for ever. */
const MOST_GENERATED = 100_000;

const cancelled = (event: ICAL.Component) =>
  String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

const sequenceOf = (event: ICAL.Component) => Number(event.getFirstPropertyValue('sequence') ?? 0);

/** The key of a start: the UTC instant; a floating time's wall clock; a day's date. */
function keyOf(time: IcsTime, clock: Zone): string {
  if (time.kind === 'date') return basicForm(time.wall, 'date');
  if (time.kind === 'floating') return basicForm(time.wall, 'wall');
  return basicForm(instantOf(time, clock), 'utc');
}

/** The key a RECURRENCE-ID or EXDATE names, in the terms of a series that starts at `start`. */
function namedKey(named: IcsTime, start: IcsTime, clock: Zone): string {
  if (start.kind === 'date') {
    // Exchange names an all-day occurrence by its local midnight (TZID=…:20260226T000000).
    return basicForm(named.kind === 'utc' ? clock.toWall(named.wall) : named.wall, 'date');
  }
  if (named.kind === 'date') return `day:${dayOf(named.wall)}`;
  if (start.kind === 'floating' && named.kind === 'floating') return basicForm(named.wall, 'wall');
  return basicForm(
    instantOf(named.kind === 'floating' ? { ...start, wall: named.wall } : named, clock),
    'utc',
  );
}

/** The length of an event: DTEND − DTSTART on the wall clock, else DURATION, else a day or none. */
function lengthOf(
  event: ICAL.Component,
  start: IcsTime,
  zoneOf: (tzid: string) => Zone | undefined,
  clock: Zone,
): number | undefined {
  const dtend = event.getFirstProperty('dtend');
  if (dtend) {
    const [end] = timesOf(dtend, zoneOf);
    if (end) {
      const sameClock =
        end.kind === start.kind &&
        (end.kind !== 'zoned' || start.kind !== 'zoned' || end.zone === start.zone);
      return sameClock ? end.wall - start.wall : instantOf(end, clock) - instantOf(start, clock);
    }
  }
  const duration = event.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) return duration.toSeconds() * 1000;
  return start.kind === 'date' ? DAY : undefined;
}

/** The wall-clock starts RRULE gives, from the series' start to the window's end. */
function ruleStarts(event: ICAL.Component, start: IcsTime, window: Window): number[] {
  const walls: number[] = [];
  for (const property of event.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as ICAL.Recur;
    // The rule runs on the series' wall clock; a UTC UNTIL is moved onto it first.
    if (rule.until && !rule.until.isDate) {
      const u = rule.until;
      const until = Date.UTC(u.year, u.month - 1, u.day, u.hour, u.minute, u.second);
      const utcUntil = u.zone === ICAL.Timezone.utcTimezone;
      const clock = start.kind === 'zoned' ? start.zone : window.clock;
      // Exchange ends an all-day series with a UTC time (RFC 5545 wants a date): its UTC day.
      const wall =
        utcUntil && start.kind !== 'utc' && start.kind !== 'date' ? clock.toWall(until) : until;
      rule.until = ICAL.Time.fromData(
        fields(wall, start.kind === 'date'),
        ICAL.Timezone.localTimezone,
      );
    }
    const iterator = rule.iterator(
      ICAL.Time.fromData(fields(start.wall, start.kind === 'date'), ICAL.Timezone.localTimezone),
    );
    for (
      let n = 0, next = iterator.next();
      next && n < MOST_GENERATED;
      n++, next = iterator.next()
    ) {
      const wall = Date.UTC(
        next.year,
        next.month - 1,
        next.day,
        next.hour,
        next.minute,
        next.second,
      );
      if (instantOf(atWall(start, wall), window.clock) >= window.until) break;
      walls.push(wall);
    }
  }
  return walls;
}

function fields(wall: number, isDate: boolean) {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    ...(isDate
      ? {}
      : { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }),
    isDate,
  };
}

/** Whether an occurrence lies (partly) within the window. */
function inWindow(occurrence: Occurrence, window: Window): boolean {
  const start = instantOf(occurrence.start, window.clock);
  const end = occurrence.end ? instantOf(occurrence.end, window.clock) : start;
  return start < window.until && (end > window.from || start >= window.from);
}

function occurrence(
  uid: string,
  key: string,
  event: ICAL.Component,
  start: IcsTime,
  length: number | undefined,
  series?: ICAL.Component,
): Occurrence {
  return {
    uid,
    key,
    event,
    start,
    ...(length !== undefined && length > 0 ? { end: atWall(start, start.wall + length) } : {}),
    ...(series ? { series } : {}),
  };
}

/** The occurrences of one series (or single event) and of its overrides. */
function expandSeries(
  uid: string,
  master: ICAL.Component | undefined,
  overrides: ICAL.Component[],
  zoneOf: (tzid: string) => Zone | undefined,
  window: Window,
): Occurrence[] {
  const dtstartOf = (event: ICAL.Component) => {
    const property = event.getFirstProperty('dtstart');
    if (!property) throw new TimeProblem('it has no start (DTSTART)');
    return timesOf(property, zoneOf)[0]!;
  };
  const results = new Map<string, Occurrence>();
  let start: IcsTime | undefined;
  if (master) {
    if (cancelled(master)) return [];
    start = outlookAllDay(master, dtstartOf(master));
    const length = lengthOf(master, start, zoneOf, window.clock);
    const walls =
      master.hasProperty('rrule') || master.hasProperty('rdate')
        ? [start.wall, ...ruleStarts(master, start, window)]
        : [start.wall];
    for (const property of master.getAllProperties('rdate'))
      for (const time of timesOf(property, zoneOf)) walls.push(time.wall);
    const excluded = new Set<string>();
    for (const property of master.getAllProperties('exdate'))
      for (const time of timesOf(property, zoneOf))
        excluded.add(namedKey(time, start, window.clock));
    for (const wall of walls) {
      const at = atWall(start, wall);
      const key = keyOf(at, window.clock);
      if (excluded.has(key) || excluded.has(`day:${dayOf(wall)}`)) continue;
      results.set(key, occurrence(uid, key, master, at, length));
    }
  }
  for (const override of overrides) {
    const named = timesOf(override.getFirstProperty('recurrence-id')!, zoneOf)[0]!;
    const own = outlookAllDay(override, dtstartOf(override));
    let key = namedKey(named, start ?? own, window.clock);
    if (key.startsWith('day:'))
      key =
        [...results.keys()].find((k) => k.startsWith(key.slice(4).replaceAll('-', ''))) ??
        basicForm(named.wall, 'date');
    results.delete(key);
    if (!cancelled(override))
      results.set(
        key,
        occurrence(uid, key, override, own, lengthOf(override, own, zoneOf, window.clock), master),
      );
  }
  return [...results.values()].filter((found) => inWindow(found, window));
}

/**
 * Outlook writes an all-day event as midnight to midnight with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
 * (and not always as VALUE=DATE): such a start is a day.
 */
function outlookAllDay(event: ICAL.Component, start: IcsTime): IcsTime {
  const flag = String(
    event.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '',
  ).toUpperCase();
  return flag === 'TRUE' && start.kind !== 'date' && start.wall % DAY === 0
    ? { kind: 'date', wall: start.wall }
    : start;
}

/** Every occurrence of the calendar's events in the window. */
export function expandCalendar(
  calendar: ICAL.Component,
  zoneOf: (tzid: string) => Zone | undefined,
  window: Window,
): Expanded {
  const byUid = new Map<string, { masters: ICAL.Component[]; overrides: ICAL.Component[] }>();
  const skipped: string[] = [];
  calendar.getAllSubcomponents('vevent').forEach((event, index) => {
    const uid = String(event.getFirstPropertyValue('uid') ?? '').trim() || `event-${index + 1}`;
    let entry = byUid.get(uid);
    if (!entry) byUid.set(uid, (entry = { masters: [], overrides: [] }));
    (event.hasProperty('recurrence-id') ? entry.overrides : entry.masters).push(event);
  });
  const occurrences: Occurrence[] = [];
  for (const [uid, { masters, overrides }] of byUid) {
    // Of two copies of one event, the one with the higher SEQUENCE is the newer.
    const master = masters.reduce<ICAL.Component | undefined>(
      (kept, event) => (kept && sequenceOf(kept) > sequenceOf(event) ? kept : event),
      undefined,
    );
    try {
      occurrences.push(...expandSeries(uid, master, overrides, zoneOf, window));
    } catch (error) {
      if (!(error instanceof TimeProblem)) throw error;
      const title = String((master ?? overrides[0])?.getFirstPropertyValue('summary') ?? '').trim();
      skipped.push(`${title ? `"${title}"` : 'an event'} (UID ${uid}): ${error.message}`);
    }
  }
  return { occurrences, skipped };
}
