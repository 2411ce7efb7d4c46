/**
 * Writes iCalendar (RFC 5545) files: one VEVENT per event, text escaped (§3.3.11), lines
 * folded at 75 octets without splitting a UTF-8 character (§3.1), CRLF line ends. All-day
 * events use `VALUE=DATE` with the exclusive end RFC 5545 asks for (the feed's end is inclusive).
 */
import { addDays } from './calendar-days.js';

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Timed event: its instants. */
  start?: Date;
  end?: Date;
  /** All-day event: first and last day (inclusive), `2026-01-09`. */
  firstDay?: string;
  lastDay?: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export const escapeText = (value: string) =>
  value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** `20260109T130000Z` */
const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

const encoder = new TextEncoder();

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

export function writeIcs(events: readonly IcsEvent[], now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//UZ Leuven//uzl-widgets//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcStamp(now)}`);
    if (event.firstDay) {
      const day = (key: string) => key.replace(/-/g, '');
      lines.push(
        `DTSTART;VALUE=DATE:${day(event.firstDay)}`,
        `DTEND;VALUE=DATE:${day(addDays(event.lastDay ?? event.firstDay, 1))}`,
      );
    } else if (event.start) {
      lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end ?? event.start)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
