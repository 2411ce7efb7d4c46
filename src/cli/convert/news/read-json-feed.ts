/** JSON Feed 1.1 and 1.0 (https://www.jsonfeed.org/version/1.1/). */
import type { SourceText } from '../convert-types.js';
import { feedDay } from './feed-dates.js';
import {
  summaryText,
  titleText,
  webBase,
  webUrl,
  type FeedEntry,
  type FeedRead,
} from './feed-entry.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string field (an id may be a number, as some generators write it). */
function field(object: Json, key: string): string | undefined {
  const value = object[key];
  if (typeof value === 'number' && key === 'id') return String(value);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The JSON Feed version of a parsed JSON value, when it is one. */
export function jsonFeedVersion(value: unknown): '1.1' | '1.0' | undefined {
  if (!isObject(value) || !Array.isArray(value.items)) return undefined;
  const version = field(value, 'version')
    ?.replace(/^http:/, 'https:')
    .replace(/\/$/, '');
  if (version === 'https://jsonfeed.org/version/1.1') return '1.1';
  if (version === 'https://jsonfeed.org/version/1') return '1.0';
  return undefined;
}

function readItem(item: Json, base: string, notes: string[]): FeedEntry {
  const entry: FeedEntry = {};
  const title = titleText(field(item, 'title'), 'text');
  if (title) entry.title = title;
  const id = field(item, 'id');
  if (id) entry.id = id.trim();
  const url = webUrl(field(item, 'url') ?? field(item, 'external_url'), base, 'its link', notes);
  if (url) entry.url = url;
  const date = feedDay(field(item, 'date_published') ?? field(item, 'date_modified'));
  if (date) entry.date = date;
  const plain = field(item, 'summary') ?? field(item, 'content_text');
  const summary = plain
    ? summaryText(plain, 'text', title)
    : summaryText(field(item, 'content_html'), 'html', title);
  if (summary) entry.summary = summary;
  const src = webUrl(field(item, 'image') ?? field(item, 'banner_image'), base, 'its image', notes);
  if (src) entry.image = { src };
  return entry;
}

export function readJsonFeed(feed: Json, version: '1.1' | '1.0', input: SourceText): FeedRead {
  const notes: string[] = [];
  const base = webBase(
    [input.url, field(feed, 'feed_url'), field(feed, 'home_page_url')],
    input.url,
  );
  const read: FeedRead = { format: `JSON Feed ${version}`, entries: [], notes };
  const lang = field(feed, 'language');
  if (lang) read.declaredLang = lang;
  const home = webUrl(field(feed, 'home_page_url'), base, 'its home page', notes);
  if (home) read.homePage = home;
  const items = Array.isArray(feed.items) ? feed.items : [];
  items.forEach((item: unknown, index) => {
    const itemNotes: string[] = [];
    read.entries.push(isObject(item) ? readItem(item, base, itemNotes) : {});
    notes.push(...itemNotes.map((note) => `item ${index + 1}: ${note}`));
  });
  return read;
}
