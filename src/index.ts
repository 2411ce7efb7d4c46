/**
 * The package's side-effect-free entry: classes for subclassing and typing, and the types
 * of the feeds and events. Importing it defines no element; import `uzl-widgets/<name>.js`
 * (or the drop-in `uzl-widgets/uzl-widgets.js`) for that.
 */
export { UzlElement, type Theme } from './core/uzl-element.js';
export { UzlFeedElement } from './core/uzl-feed-element.js';
export { FeedError, type FeedErrorKind } from './core/feed-error.js';
export type {
  UzlErrorDetail,
  UzlLoadDetail,
  UzlEventMap,
  UzlEventName,
  UzlEventDetail,
} from './core/events.js';
export type { Lang } from './core/language.js';
export { setMessages, type MessageOverrides, type MessageId } from './core/wording.js';
export type { LocalizedText } from './core/localized-text.js';
export type { FeedSpec } from './core/feed-validation.js';
export * from './news-list/news-list.js';
export type { NewsFeed, NewsItem, NewsImage } from './news-list/news-feed.js';
export * from './stats-counter/stats-counter.js';
export type { StatsFeed, StatItem } from './stats-counter/stats-feed.js';
export * from './campus-card/campus-card.js';
export type {
  CampusesFeed,
  Campus,
  CampusAddress,
  CampusGeo,
  CampusImage,
} from './campus-card/campuses-feed.js';
export * from './event-calendar/event-calendar.js';
export type {
  EventsFeed,
  CalendarEvent,
  EventCategory,
  EventLocation,
  EventOnline,
} from './event-calendar/events-feed.js';
export * from './ai-publications/ai-publications.js';
export type {
  AiPublicationsFeed,
  AiNewsItem,
  AiDomain,
  Publication,
} from './ai-publications/ai-publications-feed.js';
