import type { FeedSpec } from '../core/feed-validation.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { JsonSchema } from '../core/schema-validator.js';
import eventsSchema from '../../schemas/events.schema.json' with { type: 'json' };

/** An event category (`$defs/category` in `schemas/events.schema.json`). */
export interface EventCategory {
  /** Identifier an event's `category` refers to. */
  id: string;
  /** Name of the category. */
  label: LocalizedText;
}

/** Where an event takes place on site (`$defs/location`). */
export interface EventLocation {
  /** Id of a campus in the campuses feed (`gasthuisberg`). */
  campus?: string;
  /** Name of the place. */
  name: LocalizedText;
  /** Postal address as one line. */
  address?: LocalizedText;
}

/** How to take part online (`$defs/online`). */
export interface EventOnline {
  /** Name of the platform (`Microsoft Teams`). */
  platform?: string;
  /** Link to join. */
  url?: string;
}

/** One event (`$defs/event`). */
export interface CalendarEvent {
  /** Stable identifier. */
  id: string;
  /** Title of the event. */
  title: LocalizedText;
  /** What the event is about. */
  description?: LocalizedText;
  /** Date-time with offset, without (the feed's zone), or a date for an all-day event. */
  start: string;
  /** End; for an all-day event the last day itself (inclusive). */
  end?: string;
  /** True when the event lasts whole days. */
  allDay?: boolean;
  /** Id of one of the feed's categories. */
  category?: string;
  /** Where it takes place, when on site. */
  location?: EventLocation;
  /** How to take part online. */
  online?: EventOnline;
  /** Link to more information. */
  url?: string;
  /** Link to register. */
  registrationUrl?: string;
}

/** The feed `<uzl-event-calendar>` reads (`schemas/events.schema.json`, version 1). */
export interface EventsFeed {
  version: 1;
  /** IANA zone of date-times written without offset. */
  timeZone?: string;
  /** Categories events refer to; the filter UI shows when there are any. */
  categories?: EventCategory[];
  /** The events, in any order. May be empty. */
  events: CalendarEvent[];
}

/** What the core needs to know about the events feed: its schema. */
export const eventsFeedSpec: FeedSpec<EventsFeed> = {
  schema: eventsSchema as JsonSchema,
};
