/**
 * `uzl-widgets convert events`: iCalendar files or URLs (as Outlook, Google Calendar and Apple
 * Calendar export them), one per language, into one events feed. Each calendar is parsed by
 * ical.js and its events expanded over the window (ics-occurrences.ts); the languages' calendars
 * meet on each occurrence's id, `<UID>@<UTC start of the occurrence>`, so a Dutch and a French
 * export of the same Outlook calendar become one event with a title in each language.
 *
 * Times keep the event's own wall clock and its offset (`2026-03-05T10:00:00+01:00`): an exact
 * instant that reads right however the feed is moved, shown by the calendar in the feed's
 * `timeZone` (X-WR-TIMEZONE, else the zone the events are in), so a visitor in New York sees
 * the 10:00 that the people in Leuven will keep.
 */
import ICAL from 'ical.js';
import {
  ConvertError,
  LANGS,
  type Converter,
  type Lang,
  type SourceText,
} from '../convert-types.js';
import { inputLang, localized, type PerLang } from '../languages.js';
import { declaredLanguage, eventTexts, type EventTexts } from './ics-fields.js';
import { expandCalendar, type Occurrence } from './ics-occurrences.js';
import { DAY, dayOf, instantOf, isoForm, type IcsTime } from './ics-times.js';
import { zoneNamed, zoneReader, type Zone } from './ics-zones.js';

const DEFAULT_ZONE = zoneNamed('Europe/Brussels')!;

interface Calendar {
  input: SourceText;
  lang: Lang;
  clock: Zone;
  occurrences: Occurrence[];
  software: string;
}

/** The input as an iCalendar VCALENDAR, or exit 2 when it is not one. */
function parseCalendar(input: SourceText): ICAL.Component {
  const notIcs = () =>
    new ConvertError(
      `${input.spec.given}: this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)`,
      'unreadable',
    );
  if (!/^\s*BEGIN:VCALENDAR\s*$/im.test(input.text.slice(0, 200).split(/\r?\n/)[0] ?? ''))
    throw notIcs();
  let parsed: unknown;
  try {
    parsed = ICAL.parse(input.text);
  } catch (error) {
    throw new ConvertError(
      `${input.spec.given}: this iCalendar file cannot be read: ${(error as Error).message}`,
      'unreadable',
    );
  }
  // ical.js gives an array when the text holds several VCALENDARs: the first is the calendar.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  const calendar = new ICAL.Component(first as unknown[]);
  if (calendar.name !== 'vcalendar') throw notIcs();
  return calendar;
}

/** The zone a calendar's floating times and days are read on, and its times shown in. */
function clockOf(calendar: ICAL.Component, zoneOf: (tzid: string) => Zone | undefined): Zone {
  const declared = calendar.getFirstPropertyValue('x-wr-timezone');
  const named = typeof declared === 'string' ? zoneNamed(declared) : undefined;
  if (named) return named;
  // Else the zone most of its events start in.
  const counts = new Map<Zone, number>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const tzid = event.getFirstProperty('dtstart')?.getFirstParameter('tzid');
    const zone = tzid ? zoneOf(tzid) : undefined;
    if (zone?.iana) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  const [most] = [...counts].sort((a, b) => b[1] - a[1]);
  if (most) return zoneNamed(most[0].iana)!;
  // Else the first zone it defines that has a name (Exchange's all-day events name none).
  for (const definition of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = definition.getFirstPropertyValue('tzid');
    const zone = typeof tzid === 'string' ? zoneOf(tzid) : undefined;
    if (zone?.iana && zone.iana !== 'UTC') return zoneNamed(zone.iana)!;
  }
  return DEFAULT_ZONE;
}

function readCalendar(
  input: SourceText,
  options: Parameters<Converter>[1],
  lang: Lang,
  zoneOf: (tzid: string) => Zone | undefined,
  calendar: ICAL.Component,
): Calendar {
  const clock = clockOf(calendar, zoneOf);
  const { occurrences, skipped } = expandCalendar(calendar, zoneOf, {
    from: options.from.getTime(),
    until: options.until.getTime(),
    clock,
  });
  if (skipped.length > 0)
    throw new ConvertError(
      `${input.spec.given}: ${skipped.length === 1 ? 'an event' : `${skipped.length} events`} cannot be read, so nothing is written:\n${skipped.map((why) => `  - ${why}`).join('\n')}`,
    );
  const prodid = calendar.getFirstPropertyValue('prodid');
  return { input, lang, clock, occurrences, software: typeof prodid === 'string' ? prodid : '' };
}

/** A time as the schema writes it: the wall clock and offset of its zone, or a day. */
function feedTime(time: IcsTime, calendarClock: Zone, feedClock: Zone): string {
  if (time.kind === 'date') return dayOf(time.wall);
  if (time.kind === 'floating' && calendarClock === feedClock) return isoForm(time.wall);
  const utc = instantOf(time, calendarClock);
  const wall = time.kind === 'zoned' ? time.wall : feedClock.toWall(utc);
  return isoForm(wall, wall - utc);
}

/** "Séance d'information" → "seance-d-information": an id from a label. */
const slug = (label: string) =>
  label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'category';

/** Texts that are the same in every language given, as one text; else as they are. */
function sameInAll(texts: PerLang<string> | undefined): PerLang<string> | string | undefined {
  const values = new Set(Object.values(texts ?? {}));
  return values.size === 1 && Object.keys(texts!).length > 1 ? [...values][0] : texts;
}

interface Merged {
  occurrence: Occurrence;
  calendar: Calendar;
  texts: PerLang<EventTexts>;
}

function feedEvent(id: string, merged: Merged, feedClock: Zone, categoryId?: string) {
  const { occurrence, calendar, texts } = merged;
  const pick = <T>(get: (t: EventTexts) => T | undefined) => {
    const out: PerLang<T> = {};
    for (const lang of LANGS) {
      const value = texts[lang] && get(texts[lang]);
      if (value !== undefined) out[lang] = value;
    }
    return out;
  };
  const first = <T>(get: (t: EventTexts) => T | undefined) => Object.values(pick(get))[0];
  const allDay = occurrence.start.kind === 'date';
  let end: string | undefined;
  if (occurrence.end) {
    // DTEND of a day is the day after the last (exclusive); the schema wants the last day.
    end = allDay
      ? dayOf(occurrence.end.wall - DAY)
      : feedTime(occurrence.end, calendar.clock, feedClock);
  }
  const start = feedTime(occurrence.start, calendar.clock, feedClock);
  const title = localized(pick((t) => t.title));
  const description = localized(pick((t) => t.description));
  const place = first((t) => t.place);
  // A place is mostly named alike in every language: then one text, shown in all of them.
  const name = sameInAll(localized(pick((t) => t.place?.name)));
  const address = sameInAll(localized(pick((t) => t.place?.address)));
  const online = first((t) => t.online);
  const url = first((t) => t.url);
  return {
    id,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    start,
    ...(end && end > start ? { end } : {}),
    ...(allDay ? { allDay: true } : {}),
    ...(categoryId ? { category: categoryId } : {}),
    ...(place && name ? { location: { name, ...(address ? { address } : {}) } } : {}),
    ...(online ? { online } : {}),
    ...(url ? { url } : {}),
  };
}

export const convertEvents: Converter = (inputs, options) => {
  const calendars = inputs.map((input) => {
    const calendar = parseCalendar(input);
    const lang = inputLang(input, declaredLanguage(calendar), options);
    return readCalendar(input, options, lang, zoneReader(calendar), calendar);
  });
  const feedClock = calendars[0]?.clock ?? DEFAULT_ZONE;

  // The languages' occurrences meet on their ids; times come from the first calendar.
  const merged = new Map<string, Merged>();
  for (const calendar of calendars)
    for (const occurrence of calendar.occurrences) {
      const id = `${occurrence.uid}@${occurrence.key}`;
      let entry = merged.get(id);
      if (!entry) merged.set(id, (entry = { occurrence, calendar, texts: {} }));
      const events = occurrence.series ? [occurrence.event, occurrence.series] : [occurrence.event];
      entry.texts[calendar.lang] ??= eventTexts(events);
    }

  // An event's first category, with its label in each language, and its id from the first.
  const categories = new Map<string, PerLang<string>>();
  const events = [...merged]
    .sort(
      ([, a], [, b]) =>
        instantOf(a.occurrence.start, a.calendar.clock) -
        instantOf(b.occurrence.start, b.calendar.clock),
    )
    .map(([id, entry]) => {
      const labels: PerLang<string> = {};
      for (const lang of LANGS) {
        const label = entry.texts[lang]?.categories[0];
        if (label) labels[lang] = label;
      }
      const firstLabel = Object.values(labels)[0];
      const categoryId = firstLabel ? slug(firstLabel) : undefined;
      if (categoryId && !categories.has(categoryId)) categories.set(categoryId, labels);
      return feedEvent(id, entry, feedClock, categoryId);
    });

  const notes = calendars.map(({ input, lang, occurrences, software }) => {
    const events = new Set(occurrences.map((o) => o.uid)).size;
    const from = software ? `iCalendar from ${software}` : 'iCalendar';
    return `${input.spec.given} (${lang}): ${from}, ${events} ${events === 1 ? 'event' : 'events'}, ${occurrences.length} ${occurrences.length === 1 ? 'occurrence' : 'occurrences'} from ${dayOf(options.from.getTime())} to ${dayOf(options.until.getTime())}`;
  });
  const feed = {
    version: 1,
    ...(feedClock.iana ? { timeZone: feedClock.iana } : {}),
    ...(categories.size > 0
      ? {
          categories: [...categories].map(([id, label]) => ({
            id,
            label: localized(label) ?? id,
          })),
        }
      : {}),
    events,
  };
  return Promise.resolve({ feed, notes });
};
