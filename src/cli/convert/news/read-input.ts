/**
 * One input recognised from its content, not its name or Content-Type (servers send RSS as
 * text/html and files are called feed.php): JSON that is a JSON Feed, or XML whose root is
 * RSS's `rss` or Atom's `feed`. Anything else is refused with exit code 2, saying what it is.
 */
import type { Document } from '@xmldom/xmldom';
import { ConvertError, type SourceText } from '../convert-types.js';
import type { FeedRead } from './feed-entry.js';
import { readAtom } from './read-atom.js';
import { jsonFeedVersion, readJsonFeed } from './read-json-feed.js';
import { readRss } from './read-rss.js';
import { NS, parseXml } from './xml-document.js';

const READS = 'RSS 2.0, Atom 1.0 or JSON Feed';

function readJson(input: SourceText): FeedRead {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch {
    throw new ConvertError(
      `${input.spec.given}: is not ${READS} (it is not valid JSON)`,
      'unreadable',
    );
  }
  const version = jsonFeedVersion(value);
  if (!version)
    throw new ConvertError(
      `${input.spec.given}: is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1" with "items")`,
      'unreadable',
    );
  return readJsonFeed(value as Record<string, unknown>, version, input);
}

function readXml(input: SourceText): FeedRead {
  const given = input.spec.given;
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(input.text.trimStart()))
    throw new ConvertError(
      `${given}: is a web page, not a feed (its feed is at the address of its <link rel="alternate" type="application/rss+xml">)`,
      'unreadable',
    );
  const document: Document = parseXml(input.text, given);
  const root = document.documentElement;
  if (root?.localName === 'rss' && !root.namespaceURI) return readRss(document, input);
  if (root?.localName === 'feed' && root.namespaceURI === NS.atom) return readAtom(document, input);
  const name = root ? `<${root.nodeName}>` : 'nothing';
  const rdf = root?.localName === 'RDF' ? ' (RSS 1.0 is not read: publish RSS 2.0 or Atom)' : '';
  throw new ConvertError(
    `${given}: is XML but not ${READS}: its root is ${name}${rdf}`,
    'unreadable',
  );
}

export function readInput(input: SourceText): FeedRead {
  const start = input.text.trimStart()[0];
  if (start === '{' || start === '[') return readJson(input);
  if (start === '<') return readXml(input);
  throw new ConvertError(`${input.spec.given}: is not ${READS}`, 'unreadable');
}
