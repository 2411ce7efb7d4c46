/**
 * RSS and Atom read with a real XML parser (@xmldom/xmldom: namespace-aware, so `media:`,
 * `content:encoded`, `dc:date` and `atom:link` are found by their namespace whatever prefix a
 * feed gives them; `xml:base` is an attribute in the XML namespace), and the few walks over its
 * elements the feed readers share.
 */
import { DOMParser, ParseError, type Document, type Element } from '@xmldom/xmldom';
import { ConvertError } from '../convert-types.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/**
 * The document, or why it cannot be read. A document that declares its own entities is
 * refused: feeds never need them, and nested ones expand into gigabytes (a "billion laughs").
 * The parser does not expand them either; refusing says so instead of showing `&lol9;`.
 */
export function parseXml(text: string, given: string): Document {
  let document: Document;
  try {
    document = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch (error) {
    const reason = error instanceof ParseError ? error.message.split('\n')[0] : String(error);
    throw new ConvertError(`${given}: is not well-formed XML (${reason})`, 'unreadable');
  }
  if (/<!ENTITY/i.test(document.doctype?.internalSubset ?? ''))
    throw new ConvertError(
      `${given}: declares its own XML entities (<!ENTITY …>), which a feed never needs and which can expand without end: not read`,
      'unreadable',
    );
  return document;
}

/** The element children of `parent` in namespace `ns` (null: none) named `local`. */
export function children(parent: Element, ns: string | null, local: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.localName === local && (element.namespaceURI ?? null) === ns) found.push(element);
  }
  return found;
}

export const child = (parent: Element, ns: string | null, local: string): Element | undefined =>
  children(parent, ns, local)[0];

/** The trimmed text of the first such child, when it has any. */
export function childText(parent: Element, ns: string | null, local: string): string | undefined {
  const text = child(parent, ns, local)?.textContent?.trim();
  return text ? text : undefined;
}

/**
 * The base URL that applies to `element`: every `xml:base` from the root down resolved in turn,
 * starting from `rootBase` (the feed's own address).
 */
export function baseOf(element: Element, rootBase: string): string {
  const chain: string[] = [];
  for (let node: Element | null = element; node; node = node.parentNode as Element | null) {
    if (node.nodeType !== node.ELEMENT_NODE) break;
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) chain.unshift(base);
  }
  let base = rootBase;
  for (const next of chain) {
    try {
      base = new URL(next, base).href;
    } catch {
      // An xml:base that is no URL leaves the base as it was.
    }
  }
  return base;
}

/** The language an element is in: its own `xml:lang` or its nearest ancestor's. */
export function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentNode as Element | null) {
    if (node.nodeType !== node.ELEMENT_NODE) break;
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang) return lang;
  }
  return undefined;
}
