/** RSS 2.0 (and the 0.9x it grew from): a `channel` of `item`s. */
import type { Document, Element } from '@xmldom/xmldom';
import { ConvertError, type SourceText } from '../convert-types.js';
import { feedDay } from './feed-dates.js';
import {
  resolved,
  summaryText,
  titleText,
  webBase,
  webUrl,
  type FeedEntry,
  type FeedRead,
} from './feed-entry.js';
import { itemImage } from './media-image.js';
import { baseOf, child, childText, children, NS } from './xml-document.js';

/** The item's `atom:link rel="self"`-style link of `parent`. */
const atomLink = (parent: Element, rel: string) =>
  children(parent, NS.atom, 'link').find((link) => link.getAttribute('rel') === rel);

function readItem(item: Element, rootBase: string, notes: string[]): FeedEntry {
  const entry: FeedEntry = {};
  const title = titleText(childText(item, null, 'title'), 'html');
  if (title) entry.title = title;
  const guid = child(item, null, 'guid');
  const id = guid?.textContent?.trim();
  if (id) entry.id = id;
  // A guid is a permalink unless it says isPermaLink="false" (RSS 2.0's default is true).
  const permalink = guid && id && guid.getAttribute('isPermaLink')?.trim() !== 'false';
  const link = child(item, null, 'link') ?? (permalink ? guid : undefined);
  const url = link && webUrl(link.textContent, baseOf(link, rootBase), 'its link', notes);
  if (url) entry.url = url;
  const date = feedDay(
    childText(item, null, 'pubDate') ??
      childText(item, NS.dc, 'date') ??
      childText(item, NS.atom, 'published') ??
      childText(item, NS.atom, 'updated'),
  );
  if (date) entry.date = date;
  const summary = summaryText(
    childText(item, null, 'description') ?? childText(item, NS.content, 'encoded'),
    'html',
    title,
  );
  if (summary) entry.summary = summary;
  const enclosures = children(item, null, 'enclosure').map((e): [Element, string] => [e, 'url']);
  const image = itemImage(item, enclosures, rootBase, notes);
  if (image) entry.image = image;
  return entry;
}

export function readRss(document: Document, input: SourceText): FeedRead {
  const root = document.documentElement;
  const channel = root && child(root, null, 'channel');
  if (!channel) throw new ConvertError(`${input.spec.given}: RSS without a channel`, 'unreadable');
  const notes: string[] = [];
  const self = atomLink(channel, 'self');
  const homeLink = child(channel, null, 'link');
  const rootBase = webBase(
    [
      input.url,
      self && resolved(self.getAttribute('href'), baseOf(self, input.url)),
      homeLink && resolved(homeLink.textContent, baseOf(homeLink, input.url)),
    ],
    input.url,
  );
  const read: FeedRead = { format: 'RSS 2.0', entries: [], notes };
  const lang = childText(channel, null, 'language') ?? childText(channel, NS.dc, 'language');
  if (lang) read.declaredLang = lang;
  const home =
    homeLink && webUrl(homeLink.textContent, baseOf(homeLink, rootBase), 'its home page', notes);
  if (home) read.homePage = home;
  children(channel, null, 'item').forEach((item, index) => {
    const itemNotes: string[] = [];
    read.entries.push(readItem(item, rootBase, itemNotes));
    notes.push(...itemNotes.map((note) => `item ${index + 1}: ${note}`));
  });
  return read;
}
