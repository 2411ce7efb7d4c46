// A widget with a forced `theme` paints its own surface; its fallback content (the page's link,
// shown with the error message) must stay readable on it, whatever colour the page gives links.
import { expect } from '@open-wc/testing';
import '../../src/news-list/uzl-news-list.js';
import { contrast, ratio, textColorOf, backgroundOf } from '../helpers/contrast.js';
import { feedUrl, nextEvent, uniqueId } from '../helpers/feeds.js';

const CASES = [
  // A light page whose links are the browser's blue, a widget forced dark.
  { theme: 'dark', page: '#ffffff', link: '#0000ee' },
  // A dark page with light links, a widget forced light.
  { theme: 'light', page: '#10161c', link: '#8ab4f8' },
];

describe('fallback content in a widget with a forced theme', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const node of added.splice(0)) node.remove();
  });

  for (const c of CASES) {
    it(`reads at least 4.5:1 with theme="${c.theme}" on a page with ${c.link} links`, async () => {
      const style = document.createElement('style');
      style.textContent = `.fallback-page a { color: ${c.link}; } .fallback-page p { color: ${c.link}; }`;
      document.head.append(style);
      const page = document.createElement('div');
      page.className = 'fallback-page';
      page.style.background = c.page;
      page.innerHTML = `<uzl-news-list theme="${c.theme}" src="${feedUrl(uniqueId('fallback-404'), '404')}"><a href="https://www.uzleuven.be/nl/nieuws">Nieuws van UZ Leuven</a></uzl-news-list>`;
      added.push(style, page);
      const el = page.firstElementChild!;
      const failed = nextEvent(el, 'uzl-error', 12000);
      document.body.append(page);
      await failed;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const link = el.querySelector('a')!;
      expect(el.shadowRoot!.querySelector('[part="error"]'), 'the error view').to.exist;
      expect(link.getBoundingClientRect().height, 'the link shows').to.be.above(0);
      const value = contrast(textColorOf(link), backgroundOf(link));
      expect(value, `link contrast ${ratio(value)}`).to.be.at.least(4.5);
    });
  }
});
