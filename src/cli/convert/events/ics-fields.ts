/**
 * What an event's VEVENT says, in the events schema's terms: its title and description as
 * plain text, its place (LOCATION as a name and, after a comma, an address), how to join it
 * online (Teams, Zoom, Google Meet, Webex: from the properties Outlook and Google write, or
 * a meeting link in LOCATION or DESCRIPTION), its page (URL) and its categories.
 */
import type ICAL from 'ical.js';
import { htmlToText } from '../html-text.js';

export interface EventTexts {
  title?: string;
  description?: string;
  place?: { name: string; address?: string };
  online?: { platform?: string; url: string };
  url?: string;
  categories: string[];
}

/** Meeting hosts a link is recognised by, and the platform's name as a visitor knows it. */
const PLATFORMS: [RegExp, string][] = [
  [/(^|\.)teams\.(microsoft|live)\.com$/, 'Microsoft Teams'],
  [/(^|\.)zoom\.(us|com)$/, 'Zoom'],
  [/^meet\.google\.com$/, 'Google Meet'],
  [/(^|\.)webex\.com$/, 'Webex'],
  [/(^|\.)bluejeans\.com$/, 'BlueJeans'],
  [/(^|\.)whereby\.com$/, 'Whereby'],
  [/(^|\.)gotomeeting\.com$|(^|\.)goto\.com$/, 'GoTo Meeting'],
];

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/g;

function platformOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return PLATFORMS.find(([pattern]) => pattern.test(host))?.[1];
  } catch {
    return undefined;
  }
}

const isHttp = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** A property's text, for the first of `events` that has it (an override, then its series). */
function textOf(events: ICAL.Component[], name: string): string | undefined {
  for (const event of events) {
    const value = event.getFirstPropertyValue(name);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/**
 * A description as plain text. Google writes HTML into DESCRIPTION (`<b>`, `<br>`, links);
 * Outlook and Teams append a block of joining instructions after a line of underscores, which
 * the calendar's "Join online" link already gives.
 */
export function plainText(text: string): string {
  const plain = /<\/?[a-z][^>]*>/i.test(text) ? htmlToText(text) : text;
  return plain
    .split(/\n\s*_{10,}/)[0]!
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "Campus Gasthuisberg, Herestraat 49, 3000 Leuven" → the name, and the address after it. */
function placeOf(location: string): EventTexts['place'] {
  const comma = location.indexOf(',');
  const rest = comma > 0 ? location.slice(comma + 1).trim() : '';
  // Only a rest with a number in it (a house number, a postal code) is taken for an address.
  if (rest && /\d/.test(rest)) return { name: location.slice(0, comma).trim(), address: rest };
  return { name: location };
}

function onlineOf(events: ICAL.Component[], location?: string, description?: string) {
  const explicit = [
    textOf(events, 'x-microsoft-skypeteamsmeetingurl'),
    textOf(events, 'x-google-conference'),
    textOf(events, 'conference'),
  ].find((url) => url !== undefined && isHttp(url));
  if (explicit) {
    const platform = platformOf(explicit);
    return { ...(platform ? { platform } : {}), url: explicit };
  }
  // A link in the other fields counts only when it leads to a meeting platform we know.
  const candidates = [
    textOf(events, 'url'),
    ...(location?.match(URL_IN_TEXT) ?? []),
    ...(description?.match(URL_IN_TEXT) ?? []),
  ];
  for (const url of candidates) {
    const platform = url ? platformOf(url) : undefined;
    if (url && platform) return { platform, url };
  }
  return undefined;
}

/** The categories an event is filed under (CATEGORIES may be repeated and comma-separated). */
function categoriesOf(events: ICAL.Component[]): string[] {
  for (const event of events) {
    const names = event
      .getAllProperties('categories')
      .flatMap((property) => property.getValues().map((value) => String(value).trim()))
      .filter(Boolean);
    if (names.length > 0) return names;
  }
  return [];
}

/** The texts of an occurrence: its own VEVENT's, with its series' for what an override leaves out. */
export function eventTexts(events: ICAL.Component[]): EventTexts {
  const rawDescription = textOf(events, 'description');
  const location = textOf(events, 'location');
  const online = onlineOf(events, location, rawDescription);
  const description = rawDescription ? plainText(rawDescription) : undefined;
  const url = textOf(events, 'url');
  // A LOCATION that is only the meeting's link or name ("Microsoft Teams Meeting") is no place.
  const onlyOnline =
    location !== undefined &&
    (isHttp(location) ||
      (online !== undefined && /^(microsoft teams|zoom|google meet|webex)/i.test(location)));
  return {
    ...(textOf(events, 'summary') ? { title: textOf(events, 'summary') } : {}),
    ...(description ? { description } : {}),
    ...(location && !onlyOnline ? { place: placeOf(location) } : {}),
    ...(online ? { online } : {}),
    ...(url && url !== online?.url && isHttp(url) ? { url } : {}),
    categories: categoriesOf(events),
  };
}

/** The language an export says its texts are in: Outlook's LANGUAGE parameter (nl-BE). */
export function declaredLanguage(calendar: ICAL.Component): string | undefined {
  for (const event of calendar.getAllSubcomponents('vevent'))
    for (const name of ['summary', 'description', 'location']) {
      const language = event.getFirstProperty(name)?.getFirstParameter('language');
      if (language) return language;
    }
  return undefined;
}
