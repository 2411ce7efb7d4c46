/**
 * A news item's day, `YYYY-MM-DD`, from the dates feeds write: RFC 822 in RSS (`Tue, 03 Jun
 * 2025 06:15:00 +0000`, with named zones such as GMT or EST, two-digit years), RFC 3339 in Atom
 * and JSON Feed (`2025-03-30T00:30:00+01:00`). The day is the one in the feed's own offset,
 * as the feed wrote it: an item published at half past midnight in Brussels is of that day,
 * not of the day before in UTC.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's named zones and the ones European feeds write anyway. */
const ZONES = new Set(
  'UT UTC GMT Z EST EDT CST CDT MST MDT PST PDT CET CEST WET WEST EET EEST BST'.split(' '),
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function day(year: number, month: number, date: number): string | undefined {
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
  if (check.getUTCDate() !== date) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

const timeOk = (h: string | undefined, m: string | undefined, s: string | undefined) =>
  (h === undefined || Number(h) <= 23) &&
  (m === undefined || Number(m) <= 59) &&
  (s === undefined || Number(s) <= 60);

/** `2025-03-30`, `2025-03-30T00:30:00+01:00`, `2025-03-30T00:30:00.000Z`. */
function rfc3339(text: string): string | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (!match || !timeOk(match[4], match[5], match[6])) return undefined;
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `Tue, 03 Jun 2025 06:15:00 +0000`, `3 Jun 25 06:15 GMT`. */
function rfc822(text: string): string | undefined {
  const match =
    /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s+([+-]\d{4}|[a-z]{1,5}))?$/i.exec(
      text,
    );
  if (!match || !timeOk(match[4], match[5], match[6])) return undefined;
  const [, date = '', monthName = '', yearText = '', , , , zone] = match;
  if (zone && !/^[+-]\d{4}$/.test(zone) && !ZONES.has(zone.toUpperCase())) return undefined;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(yearText);
  // RFC 2822: a two-digit year 00–49 is 2000–2049, 50–99 is 1950–1999.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  return day(year, month, Number(date));
}

/** The day a feed's date names, or undefined when it is no date either RFC writes. */
export function feedDay(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  return rfc3339(trimmed) ?? rfc822(trimmed);
}
