/**
 * The time zones an iCalendar file names in TZID, as clocks: a wall-clock time there to its UTC
 * instant and back. Times are "wall" numbers (the wall clock's fields read as if they were UTC,
 * in milliseconds) and UTC instants (milliseconds).
 *
 * A TZID is looked up, in this order, as: an IANA name the JavaScript engine knows (the tz
 * database Node carries, the same one the browser's calendar uses), also at the end of a path
 * ("/mozilla.org/20050126_1/Europe/Brussels"); a Windows zone id as Outlook and Exchange write it
 * ("Romance Standard Time", from CLDR's table); the IANA name a VTIMEZONE gives in
 * X-LIC-LOCATION; and last the VTIMEZONE's own rules, read by ical.js. The tz database comes
 * first because Outlook's VTIMEZONEs hold only today's rule, wrong for other years.
 */
import ICAL from 'ical.js';
import { zoneOffset } from '../../../core/zone-offset.js';
import { WINDOWS_ZONES } from './windows-zones.js';

export interface Zone {
  /** The TZID as written. */
  tzid: string;
  /** The IANA name, when the zone has one: the feed's `timeZone` can say it. */
  iana?: string;
  toUtc(wall: number): number;
  toWall(utc: number): number;
}

/** A clock of an IANA zone, right across daylight-saving changes. */
function ianaZone(tzid: string, iana: string): Zone {
  return {
    tzid,
    iana,
    // The offset at a guess, then at the corrected instant (they differ only near a change;
    // a wall time skipped by a spring-forward reads as the hour after, as in the calendar).
    toUtc: (wall) => wall - zoneOffset(wall - zoneOffset(wall, iana), iana),
    toWall: (utc) => utc + zoneOffset(utc, iana),
  };
}

export const UTC_ZONE: Zone = ianaZone('UTC', 'UTC');

/** The name the engine's tz database knows `name` by, if it knows it. */
function knownIana(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** An IANA name in `tzid`, whole or as the end of a path ("/mozilla.org/…/Europe/Brussels"). */
function ianaIn(tzid: string): string | undefined {
  const parts = tzid.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const found = knownIana(parts.slice(i).join('/'));
    // A lone last segment ("Brussels") is not a zone name; "UTC" and "GMT" are.
    if (found && (parts.length - i > 1 || i === 0)) return found;
  }
  return undefined;
}

const WALL_FIELDS = (wall: number) => {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  };
};

/** A clock from a VTIMEZONE's own STANDARD/DAYLIGHT rules. */
function vtimezoneZone(tzid: string, component: ICAL.Component): Zone {
  const zone = new ICAL.Timezone({ tzid, component });
  const offsetAt = (wall: number) =>
    zone.utcOffset(ICAL.Time.fromData(WALL_FIELDS(wall), ICAL.Timezone.localTimezone)) * 1000;
  return {
    tzid,
    toUtc: (wall) => wall - offsetAt(wall),
    toWall: (utc) => utc + offsetAt(utc + offsetAt(utc)),
  };
}

/** Reads the TZIDs of one calendar; `undefined` for a name it cannot place. */
export function zoneReader(calendar: ICAL.Component): (tzid: string) => Zone | undefined {
  const definitions = new Map<string, ICAL.Component>();
  for (const component of calendar.getAllSubcomponents('vtimezone')) {
    const id = component.getFirstPropertyValue('tzid');
    if (typeof id === 'string') definitions.set(unquote(id), component);
  }
  const zones = new Map<string, Zone | undefined>();
  return (written) => {
    const tzid = unquote(written);
    if (zones.has(tzid)) return zones.get(tzid);
    const definition = definitions.get(tzid);
    const location = definition?.getFirstPropertyValue('x-lic-location');
    const iana =
      ianaIn(tzid) ??
      WINDOWS_ZONES.get(tzid) ??
      [...WINDOWS_ZONES].find(([name]) => name.toLowerCase() === tzid.toLowerCase())?.[1] ??
      (typeof location === 'string' ? ianaIn(location.trim()) : undefined);
    const zone = iana
      ? ianaZone(tzid, iana)
      : definition
        ? vtimezoneZone(tzid, definition)
        : undefined;
    zones.set(tzid, zone);
    return zone;
  };
}

/** A TZID without the quotes some writers leave in it. */
export const unquote = (tzid: string) => tzid.trim().replace(/^"(.*)"$/, '$1');

/** A zone's clock for a feed's `timeZone` name (a known IANA name), else undefined. */
export function zoneNamed(name: string | undefined): Zone | undefined {
  if (!name) return undefined;
  const tzid = unquote(name);
  const iana = ianaIn(tzid) ?? WINDOWS_ZONES.get(tzid);
  return iana ? ianaZone(tzid, iana) : undefined;
}
