/**
 * An iCalendar DATE or DATE-TIME value as one of its four kinds (RFC 5545 3.3.4, 3.3.5): a day,
 * a UTC instant, a wall-clock time in a named zone, or a floating wall-clock time. Read from
 * ical.js's jCal form ("2026-03-05T10:00:00", "…Z", "2026-03-05") and the property's TZID,
 * so that the zone is ours (ics-zones.ts), not whatever ical.js's registry would guess.
 */
import type ICAL from 'ical.js';
import { unquote, UTC_ZONE, type Zone } from './ics-zones.js';

export type IcsTime =
  | { kind: 'date'; wall: number }
  | { kind: 'utc'; wall: number }
  | { kind: 'zoned'; wall: number; zone: Zone }
  | { kind: 'floating'; wall: number };

export const DAY = 86_400_000;

/** Why a time cannot be read, naming the property (`DTSTART`) and what it says. */
export class TimeProblem extends Error {}

/** "2026-03-05T10:00:00" or "2026-03-05" as a wall number; NaN when it is not one. */
export function wallOf(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?Z?$/.exec(value);
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Date.UTC rolls 2026-02-30 over into March: such a value is not a day.
  return new Date(wall).toISOString().slice(0, 10) === `${y}-${mo}-${d}` ? wall : Number.NaN;
}

/** Every value of a DATE/DATE-TIME property (EXDATE and RDATE may hold several). */
export function timesOf(
  property: ICAL.Property,
  zoneOf: (tzid: string) => Zone | undefined,
): IcsTime[] {
  const [name, params, type, ...values] = property.toJSON() as [
    string,
    Record<string, unknown>,
    string,
    ...unknown[],
  ];
  const label = name.toUpperCase();
  const tzid = typeof params.tzid === 'string' ? unquote(params.tzid) : undefined;
  return values.map((value) => {
    // A PERIOD (RDATE;VALUE=PERIOD) starts where the occurrence does.
    const text = Array.isArray(value) ? String(value[0]) : String(value);
    const wall = wallOf(text);
    if (Number.isNaN(wall) || (type !== 'date' && type !== 'date-time' && type !== 'period'))
      throw new TimeProblem(`${label} "${text}" is not a date or a date and time`);
    if (type === 'date') return { kind: 'date', wall };
    if (text.endsWith('Z')) return { kind: 'utc', wall };
    if (!tzid) return { kind: 'floating', wall };
    const zone = zoneOf(tzid);
    if (!zone)
      throw new TimeProblem(
        `${label} is in the time zone "${tzid}", which is neither a time zone name (Europe/Brussels), nor a Windows zone (Romance Standard Time), nor defined in the file (VTIMEZONE)`,
      );
    return zone.iana === 'UTC'
      ? { kind: 'utc', wall: zone.toUtc(wall) }
      : { kind: 'zoned', wall, zone };
  });
}

/** The instant a time stands for; a floating time or a day is read on `clock`. */
export function instantOf(time: IcsTime, clock: Zone = UTC_ZONE): number {
  switch (time.kind) {
    case 'utc':
      return time.wall;
    case 'zoned':
      return time.zone.toUtc(time.wall);
    default:
      return clock.toUtc(time.wall);
  }
}

/** The same kind of time at another wall-clock reading (an occurrence of a series). */
export const atWall = (time: IcsTime, wall: number): IcsTime => ({ ...time, wall });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20260305T090000Z` (with `utc`), `20260305T100000`, or `20260305` for a day: ids' form. */
export function basicForm(ms: number, kind: 'utc' | 'wall' | 'date'): string {
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  if (kind === 'date') return day;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return `${day}T${time}${kind === 'utc' ? 'Z' : ''}`;
}

/** `2026-03-05` of a wall number. */
export const dayOf = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/** `2026-03-05T10:00:00+01:00` for a wall time `offset` ms ahead of UTC; without `offset`, none. */
export function isoForm(wall: number, offset?: number): string {
  const local = new Date(wall).toISOString().slice(0, 19);
  if (offset === undefined) return local;
  if (offset === 0) return `${local}Z`;
  const minutes = Math.abs(offset) / 60_000;
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
