/**
 * The picture of an RSS item or Atom entry: an image enclosure, else Media RSS's
 * `media:content` (an image), else `media:thumbnail` — each also inside `media:group` — with
 * the width and height only when the feed gives them.
 */
import type { Element } from '@xmldom/xmldom';
import { looksLikeImage, pixels, webUrl, type EntryImage } from './feed-entry.js';
import { baseOf, childText, children, NS } from './xml-document.js';

function mediaElements(item: Element, local: string): Element[] {
  const groups = children(item, NS.media, 'group');
  return [item, ...groups].flatMap((parent) => children(parent, NS.media, local));
}

/** What Media RSS says of the picture: its description, else its title. */
function mediaAlt(media: Element, item: Element): string | undefined {
  const group = media.parentNode as Element;
  for (const holder of [media, group === item ? undefined : group, item]) {
    if (!holder) continue;
    const said = childText(holder, NS.media, 'description') ?? childText(holder, NS.media, 'title');
    if (said) return said;
  }
  return undefined;
}

function fromMedia(media: Element, item: Element, rootBase: string, notes: string[]) {
  const src = webUrl(media.getAttribute('url'), baseOf(media, rootBase), 'its image', notes);
  if (!src) return undefined;
  const image: EntryImage = { src };
  const alt = mediaAlt(media, item);
  const width = pixels(media.getAttribute('width'));
  const height = pixels(media.getAttribute('height'));
  if (alt) image.alt = alt;
  if (width && height) Object.assign(image, { width, height });
  return image;
}

/**
 * `enclosures`: the item's enclosures as [element, url attribute] (RSS `enclosure url`, Atom
 * `link rel="enclosure" href`).
 */
export function itemImage(
  item: Element,
  enclosures: [Element, string][],
  rootBase: string,
  notes: string[],
): EntryImage | undefined {
  for (const [element, attribute] of enclosures) {
    const href = element.getAttribute(attribute);
    if (!looksLikeImage(element.getAttribute('type'), href)) continue;
    const src = webUrl(href, baseOf(element, rootBase), 'its image', notes);
    if (src) return { src };
  }
  const contents = mediaElements(item, 'content').filter((media) => {
    const medium = media.getAttribute('medium');
    return medium
      ? medium === 'image'
      : looksLikeImage(media.getAttribute('type'), media.getAttribute('url'));
  });
  for (const media of [...contents, ...mediaElements(item, 'thumbnail')]) {
    const image = fromMedia(media, item, rootBase, notes);
    if (image) return image;
  }
  return undefined;
}
