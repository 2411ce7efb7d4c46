// The floor for the news list: the markup <uzl-news-list> renders for a feed, written by hand
// with createElement/textContent, in a shadow root with the element's own styles. Same work:
// sorts newest first, formats each date, picks (en) and checks each link and image URL, renders
// every item.
import type { NewsFeed, NewsItem } from '../../src/news-list/news-feed.js';
import type { LocalizedText } from '../../src/core/localized-text.js';

const text = (value: LocalizedText | undefined) =>
  value === undefined ? '' : typeof value === 'string' ? value : (value.en ?? '');

function checkedUrl(value: string | undefined, base: string, image: boolean): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    const ok = image
      ? url.protocol === 'https:' || url.protocol === 'http:'
      : /^(https?|mailto|tel):$/.test(url.protocol);
    return ok ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderFloorNews(root: ShadowRoot, feed: NewsFeed, limit: number): void {
  const base = document.baseURI;
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const zoned = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  });
  const sorted = feed.items
    .map((item: NewsItem) => {
      const dateOnly = item.date.length === 10;
      const time = Date.parse(dateOnly ? `${item.date}T00:00:00Z` : item.date);
      return { item, dateOnly, time: Number.isNaN(time) ? -Infinity : time };
    })
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? 1 : -1))
    .slice(0, limit);

  const wrapper = document.createElement('div');
  wrapper.className = 'uzl-root';
  wrapper.setAttribute('part', 'base');
  wrapper.setAttribute('aria-busy', 'false');
  const list = document.createElement('ul');
  list.className = 'items list';
  list.setAttribute('role', 'list');
  sorted.forEach(({ item, dateOnly, time }, i) => {
    const li = document.createElement('li');
    const article = document.createElement('article');
    const imageSrc = item.image && checkedUrl(item.image.src, base, true);
    article.className = imageSrc ? 'item has-image' : 'item';
    article.setAttribute('part', 'item');
    article.setAttribute('aria-labelledby', `title-${i}`);
    const h = document.createElement('h3');
    h.className = 'title';
    h.setAttribute('part', 'title');
    h.id = `title-${i}`;
    const url = checkedUrl(text(item.url), base, false);
    if (url) {
      const a = document.createElement('a');
      a.className = 'link';
      a.href = url;
      a.textContent = text(item.title);
      h.append(a);
    } else {
      h.textContent = text(item.title);
      article.tabIndex = -1;
    }
    article.append(h);
    if (time !== -Infinity) {
      const t = document.createElement('time');
      t.className = 'date';
      t.setAttribute('part', 'date');
      t.dateTime = dateOnly ? item.date : new Date(time).toISOString();
      t.textContent = (dateOnly ? day : zoned).format(time);
      article.append(t);
    }
    const summary = text(item.summary);
    if (summary) {
      const p = document.createElement('p');
      p.className = 'summary';
      p.setAttribute('part', 'summary');
      p.textContent = summary;
      article.append(p);
    }
    if (imageSrc && item.image) {
      const img = document.createElement('img');
      img.className = 'image';
      img.setAttribute('part', 'image');
      img.alt = text(item.image.alt);
      if (item.image.width !== undefined) img.width = item.image.width;
      if (item.image.height !== undefined) img.height = item.image.height;
      img.loading = 'lazy';
      img.decoding = 'async';
      img.src = imageSrc;
      article.append(img);
    }
    li.append(article);
    list.append(li);
  });
  wrapper.append(list);
  const more = checkedUrl(text(feed.moreUrl), base, false);
  if (more) {
    const footer = document.createElement('div');
    footer.className = 'footer';
    const a = document.createElement('a');
    a.className = 'more';
    a.setAttribute('part', 'more');
    a.href = more;
    a.textContent = 'More news';
    footer.append(a);
    wrapper.append(footer);
  }
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  root.replaceChildren(wrapper, status);
}
