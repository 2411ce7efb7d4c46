/**
 * What the event calendar checks beyond the schema. The schema only asks that a start looks
 * like `2026-01-09T14:00`; the calendar then reads it with its own code (readEntry) and leaves
 * out, without a word, an event whose start is no real date or time. The command runs that
 * same code, so it names those events too, and warns about ends, zones and categories the
 * calendar quietly works around.
 */
import { isValidTimeZone, resolveTimeZone } from '../core/format.js';
import { validate } from '../core/schema-validator.js';
import { pathText } from '../core/validation-issue.js';
import { parseZonedDateTime } from '../core/zoned-date-time.js';
import { readEntry } from '../event-calendar/event-index.js';
import type { CalendarEvent } from '../event-calendar/events-feed.js';
import type { FeedPath } from './feed-path.js';
import { shown, type Finding } from './plain-messages.js';

/** Items a widget leaves out, and warnings, found by a widget's own code. */
export interface WidgetFindings {
  skipped: { item: FeedPath; problems: Finding[] }[];
  warnings: Finding[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` starts with a day that exists (`2026-02-30` does not), by the validator's own date check. */
const startsWithRealDay = (value: string) =>
  validate({ type: 'string', format: 'date' }, value.slice(0, 10)).errors.length === 0;

/** `skipped`: the items the validator already leaves out, their paths written out. */
export function eventChecks(feed: unknown, skipped: ReadonlySet<string>): WidgetFindings {
  const found: WidgetFindings = { skipped: [], warnings: [] };
  if (!isPlainObject(feed) || !Array.isArray(feed['events'])) return found;

  const zone = feed['timeZone'];
  if (typeof zone === 'string' && zone.trim() !== '' && !isValidTimeZone(zone.trim()))
    found.warnings.push({
      path: ['timeZone'],
      message: `${shown(zone)} is not a time zone name (like Europe/Brussels); times written without an offset are read as Belgian time`,
    });
  const feedZone = resolveTimeZone(typeof zone === 'string' ? zone : undefined);

  const categories = Array.isArray(feed['categories'])
    ? feed['categories'].flatMap((category: unknown, index) =>
        isPlainObject(category) &&
        typeof category['id'] === 'string' &&
        !skipped.has(pathText(['categories', index]))
          ? [category['id']]
          : [],
      )
    : undefined;

  feed['events'].forEach((event: unknown, index) => {
    const item = ['events', index];
    if (skipped.has(pathText(item)) || !isPlainObject(event) || typeof event['start'] !== 'string')
      return;
    const start = event['start'];
    const entry = startsWithRealDay(start)
      ? readEntry(event as unknown as CalendarEvent, feedZone, feedZone)
      : undefined;
    if (!entry) {
      found.skipped.push({
        item,
        problems: [
          {
            path: [...item, 'start'],
            message: `not a real date and time (${shown(start, true)}): the calendar leaves this event out`,
          },
        ],
      });
      return;
    }

    const end = event['end'];
    if (typeof end === 'string') {
      const readable =
        startsWithRealDay(end) && (entry.allDay || !!parseZonedDateTime(end, feedZone));
      if (!readable)
        found.warnings.push({
          path: [...item, 'end'],
          message: `not a real date and time (${shown(end, true)}): the event is shown without its end`,
        });
      else if (
        entry.allDay
          ? end.slice(0, 10) < entry.firstDay
          : parseZonedDateTime(end, feedZone)! < entry.start!
      )
        found.warnings.push({
          path: [...item, 'end'],
          message: `${shown(end, true)} is before the start (${shown(start, true)}): the event is shown as ending when it starts`,
        });
    }

    const category = event['category'];
    if (typeof category === 'string' && categories && !categories.includes(category))
      found.warnings.push({
        path: [...item, 'category'],
        message: `no category with the id ${shown(category)} in the feed's categories: choosing a category in the calendar never shows this event`,
      });
  });
  return found;
}
