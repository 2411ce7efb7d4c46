// The drop-in loader's head start (src/loader/start-early.ts): each tag's feed request begins
// when the loader finds the tag, beside the download of the widget's code, and the widget takes
// that request up instead of asking again. Seen as the feed server sees it (its request count
// per feed) and as the page's resource timing records it. The page (test/server/host-pages.mjs,
// own-feeds.html) holds the five widgets, each on a feed of its own. Needs a current dist/.
import { expect } from '@open-wc/testing';
import { serverCount, uniqueId, until } from '../helpers/feeds.js';
import { fold, WIDGETS } from '../helpers/widgets.js';

type FrameWindow = Window &
  typeof globalThis & {
    __probe: {
      errors: string[];
      rejections: string[];
      events: { type: string; id: string }[];
      definedAt: Record<string, number>;
    };
  };

const frames: HTMLIFrameElement[] = [];

async function openPage(query: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0; width: 900px; height: 800px;';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/test/pages/own-feeds.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

const loaded = (win: FrameWindow, id: string) =>
  win.__probe.events.some((event) => event.type === 'uzl-load' && event.id === id);

/** When the page asked for the resource whose path starts with `path` (ms), or undefined. */
const askedAt = (win: Window, path: string) =>
  win.performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname.startsWith(path))?.startTime;

describe('the drop-in loader starts each feed with the page', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('each feed is requested once, before its widget is defined, and each widget shows it', async () => {
    const run = uniqueId('early');
    const win = await openPage(`run=${run}`);
    await until(
      () => WIDGETS.every((w) => loaded(win, w.id)),
      'uzl-load from the five widgets',
      12000,
    );
    for (const widget of WIDGETS) {
      const count = await serverCount(`${run}-${widget.id}`);
      expect(count.requests, `<${widget.tag}>: requests to its feed`).to.equal(1);
      const feedAsked = askedAt(win, `/__feeds/${run}-${widget.id}`);
      const defined = win.__probe.definedAt[widget.tag];
      expect(feedAsked, `<${widget.tag}>: its feed in the resource timing`).to.be.a('number');
      expect(defined, `<${widget.tag}>: defined`).to.be.a('number');
      // Asked by the loader, before the widget's code had arrived and defined it (a widget
      // asks only in its first update, after that).
      expect(feedAsked!, `<${widget.tag}>: feed asked before the widget was defined`).to.be.below(
        defined!,
      );
    }
    // What each shows is its feed's: the news list's newest title, say.
    const news = win.document.getElementById('news-list')!;
    expect(fold(news.shadowRoot!.textContent)).to.contain(
      'Breast cancer patients too often receive unnecessary new cancer drugs',
    );
    expect(win.__probe.errors, 'errors').to.deep.equal([]);
    expect(win.__probe.rejections, 'unhandled rejections').to.deep.equal([]);
  });

  it('a feed address a script changes at once: the widget shows the new feed, asked once', async () => {
    const run = uniqueId('early-moved');
    const win = await openPage(`run=${run}`);
    // The loader has started the page's feeds; a script moves the news list to another feed,
    // before or after its widget is defined (whichever the engine's timing gives): the
    // request started for the old address is no one's to take, and never shows.
    const news = win.document.getElementById('news-list')!;
    const moved = `/__feeds/${run}-moved?plan=fresh&file=demo/data/news.json`;
    news.setAttribute('src', moved);
    await until(
      () => fold(news.shadowRoot?.textContent).includes('Fresh '),
      'the moved feed shown',
      12000,
    );
    expect((await serverCount(`${run}-moved`)).requests, 'requests to the new feed').to.equal(1);
    expect(win.__probe.errors, 'errors').to.deep.equal([]);
  });
});
