/** Atom 1.0 (RFC 4287): a `feed` of `entry`s, its texts typed text, html or xhtml. */
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { SourceText } from '../convert-types.js';
import { feedDay } from './feed-dates.js';
import {
  resolved,
  summaryText,
  titleText,
  webBase,
  webUrl,
  type FeedEntry,
  type FeedRead,
  type TextKind,
} from './feed-entry.js';
import { itemImage } from './media-image.js';
import { baseOf, child, childText, children, langOf, NS } from './xml-document.js';

/** An Atom text construct as HTML or text: xhtml's div is written out as the HTML it is. */
function textConstruct(element: Element | undefined): [string | undefined, TextKind] {
  if (!element || element.getAttribute('src')) return [undefined, 'text'];
  const type = element.getAttribute('type')?.trim() || 'text';
  if (type === 'html' || type === 'text/html') return [element.textContent ?? '', 'html'];
  if (type === 'xhtml') {
    const div = child(element, 'http://www.w3.org/1999/xhtml', 'div') ?? element;
    const serializer = new XMLSerializer();
    let html = '';
    for (let node = div.firstChild; node; node = node.nextSibling)
      html += serializer.serializeToString(node);
    return [html, 'html'];
  }
  return [
    type === 'text' || type.startsWith('text/') ? (element.textContent ?? '') : undefined,
    'text',
  ];
}

/** The `link` with this rel (an absent rel is "alternate"), a web page's first. */
function linkOf(parent: Element, rel: string): Element | undefined {
  const links = children(parent, NS.atom, 'link').filter(
    (link) => (link.getAttribute('rel')?.trim() || 'alternate') === rel,
  );
  return links.find((link) => /html/.test(link.getAttribute('type') ?? 'html')) ?? links[0];
}

function readEntry(entry: Element, rootBase: string, notes: string[]): FeedEntry {
  const read: FeedEntry = {};
  const title = titleText(...textConstruct(child(entry, NS.atom, 'title')));
  if (title) read.title = title;
  const id = childText(entry, NS.atom, 'id');
  if (id) read.id = id;
  const link = linkOf(entry, 'alternate');
  const url = link && webUrl(link.getAttribute('href'), baseOf(link, rootBase), 'its link', notes);
  if (url) read.url = url;
  const date = feedDay(
    childText(entry, NS.atom, 'published') ?? childText(entry, NS.atom, 'updated'),
  );
  if (date) read.date = date;
  let [text, kind] = textConstruct(child(entry, NS.atom, 'summary'));
  if (!text?.trim()) [text, kind] = textConstruct(child(entry, NS.atom, 'content'));
  const summary = summaryText(text, kind, title);
  if (summary) read.summary = summary;
  const enclosures = children(entry, NS.atom, 'link')
    .filter((l) => l.getAttribute('rel')?.trim() === 'enclosure')
    .map((l): [Element, string] => [l, 'href']);
  const image = itemImage(entry, enclosures, rootBase, notes);
  if (image) read.image = image;
  return read;
}

export function readAtom(document: Document, input: SourceText): FeedRead {
  const feed = document.documentElement!;
  const notes: string[] = [];
  const self = linkOf(feed, 'self');
  const home = linkOf(feed, 'alternate');
  const rootBase = webBase(
    [
      input.url,
      self && resolved(self.getAttribute('href'), baseOf(self, input.url)),
      home && resolved(home.getAttribute('href'), baseOf(home, input.url)),
    ],
    input.url,
  );
  const read: FeedRead = { format: 'Atom 1.0', entries: [], notes };
  const lang = langOf(feed);
  if (lang) read.declaredLang = lang;
  const homePage =
    home && webUrl(home.getAttribute('href'), baseOf(home, rootBase), 'its home page', notes);
  if (homePage) read.homePage = homePage;
  children(feed, NS.atom, 'entry').forEach((entry, index) => {
    const entryNotes: string[] = [];
    read.entries.push(readEntry(entry, rootBase, entryNotes));
    notes.push(...entryNotes.map((note) => `entry ${index + 1}: ${note}`));
  });
  return read;
}
