// The embed page in frames on a host page that runs dist/uzl-embed-resize.js (README, "Embed
// page"): each of the five widgets at 320 and 1280 px takes the height of its content, with no
// scrollbar inside; a frame capped below its content scrolls inside and every link in it stays
// reachable by keyboard; what the query may and may not set. Same-origin frames, read directly.
// Needs a current dist/ (`npm run build`): test/server/host-pages.mjs's check answers 503 otherwise.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageSize } from '../helpers/engine.js';
import { until } from '../helpers/feeds.js';
import { WIDGETS } from '../helpers/widgets.js';
import { closeFrames, loaded, openFrame, postedBy, query } from './embed-helpers.js';

const NEWS = WIDGETS.find((w) => w.id === 'news-list')!;

const frameDocument = (frame: HTMLIFrameElement) => frame.contentDocument!;
const widgetIn = (frame: HTMLIFrameElement) =>
  frameDocument(frame).body.firstElementChild as HTMLElement;

/** The focused element, through shadow roots, in `doc`. */
function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

before(async () => {
  const script = document.createElement('script');
  const ran = new Promise((done) => script.addEventListener('load', done, { once: true }));
  script.src = '/dist/uzl-embed-resize.js';
  document.head.append(script);
  await ran;
});

afterEach(closeFrames);

for (const width of [320, 1280]) {
  describe(`embed frames at ${width} px, with uzl-embed-resize.js`, function () {
    this.timeout(60000);
    before(() => setPageSize({ width: width + 40, height: 900 }));

    for (const widget of WIDGETS) {
      it(`<${widget.tag}>: the frame is as high as its content, no scrollbar inside`, async () => {
        const frame = await openFrame(
          `/test/embed/static.html?${query(widget, `/${widget.file}`)}`,
          { width, attributes: { 'data-uzl-embed': '', title: widget.name.en } },
        );
        await loaded(frame, widget.tag);
        const doc = frameDocument(frame);
        const content = () => doc.body.getBoundingClientRect().height;
        // Until the frame has taken its content's last height: within a few pixels, and with
        // nothing left to scroll inside (a late height message can still be on its way when the
        // frame is first within the slack; seen in WebKit, 616 px frame for 619 px content).
        await until(
          () =>
            Math.abs(frame.getBoundingClientRect().height - content()) <= 4 &&
            doc.documentElement.scrollHeight <= doc.documentElement.clientHeight,
          `the frame (${frame.getBoundingClientRect().height} px) to take its content's height (${content()} px, scrollHeight ${doc.documentElement.scrollHeight} px) with no scrollbar inside`,
        );
        expect(content(), 'the content is the widget, not a link').to.be.above(100);
        // Within a pixel: WebKit rounds the calendar grid's fractional widths up by one.
        expect(doc.documentElement.scrollWidth, 'nothing wider than the frame').to.be.at.most(
          doc.documentElement.clientWidth + 1,
        );
        // Its last word on its height is the content's (the message may still be on its way).
        await until(
          () =>
            postedBy(frame, (data) => data['type'] === 'uzl-embed:height').at(-1)?.['height'] ===
            Math.ceil(content()),
          'its last height message to be its content height',
        );
        expect(postedBy(frame, (data) => data['type'] === 'uzl-embed:height').at(-1)).to.deep.equal(
          { type: 'uzl-embed:height', height: Math.ceil(content()), widget: widget.id },
        );
      });
    }
  });
}

describe('embed page in a frame capped at 300 px', function () {
  this.timeout(60000);
  before(() => setPageSize({ width: 400, height: 900 }));

  it('scrolls inside, and Tab reaches its last link', async () => {
    // Capped by CSS: the resize script sets the height, max-height keeps it at 300 px.
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, `/${NEWS.file}`, { limit: '5' })}`,
      {
        width: 320,
        attributes: {
          'data-uzl-embed': '',
          style: 'display: block; border: 0; width: 320px; max-height: 300px',
        },
      },
    );
    await loaded(frame, NEWS.tag);
    const doc = frameDocument(frame);
    await until(() => doc.body.getBoundingClientRect().height > 300, 'the content to pass 300 px');
    expect(frame.getBoundingClientRect().height).to.equal(300);
    expect(doc.documentElement.scrollHeight, 'content below the cap').to.be.above(
      doc.documentElement.clientHeight,
    );

    const links = [...widgetIn(frame).shadowRoot!.querySelectorAll('a[href]')];
    const last = links.at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last link starts below the cap').to.be.above(300);
    frame.focus();
    frame.contentWindow!.focus();
    let reached = false;
    // Every link and button of five items comes well within 60 presses of Tab.
    for (let press = 0; press < 60 && !reached; press += 1) {
      await sendKeys({ press: 'Tab' });
      reached = deepActive(doc) === last;
    }
    expect(reached, 'Tab reached the last link').to.equal(true);
    const { top, bottom } = last.getBoundingClientRect();
    expect(doc.documentElement.scrollTop, 'the frame scrolled to it').to.be.above(0);
    expect(top, 'the last link is in view').to.be.at.least(0);
    expect(bottom, 'the last link is in view').to.be.at.most(doc.documentElement.clientHeight);
  });
});

describe('embed page query', function () {
  this.timeout(30000);
  before(() => setPageSize({ width: 1000, height: 900 }));

  it('sets only the attributes the element observes, and refuses a javascript: src', async () => {
    const params = query(NEWS, 'javascript:alert(1)', {
      limit: '2',
      onclick: 'alert(1)',
      style: 'display:none',
      hidden: '',
      'made-up': 'x',
    });
    const frame = await openFrame(`/test/embed/static.html?${params}`, { width: 600 });
    const doc = frameDocument(frame);
    await until(() => doc.body.firstElementChild?.localName === NEWS.tag, 'the tag');
    const element = widgetIn(frame);
    for (const name of ['src', 'onclick', 'style', 'hidden', 'made-up', 'widget'])
      expect(element.hasAttribute(name), name).to.equal(false);
    expect(element.getAttribute('limit')).to.equal('2');
    expect(element.hidden).to.equal(false);
  });

  it('resolves a relative src against the page and takes more= as the fallback link', async () => {
    const more = 'https://www.uzleuven.be/fr/actualites';
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, '../../demo/data/news.json', { more })}`,
      { width: 600 },
    );
    await loaded(frame, NEWS.tag);
    const element = widgetIn(frame);
    expect(element.getAttribute('src')).to.equal(
      new URL('/demo/data/news.json', location.href).href,
    );
    expect(element.querySelector('a')?.href).to.equal(more);
  });

  it('lang=fr: <html lang>, a French title and the items in French', async () => {
    const feed = (await (await fetch(`/${NEWS.file}`)).json()) as {
      items: { date: string; title: { fr: string } }[];
    };
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, `/${NEWS.file}`, { lang: 'fr', limit: '2' })}`,
      { width: 600 },
    );
    const shown = await loaded(frame, NEWS.tag);
    expect(shown.lang).to.equal('fr');
    expect(shown.title).to.equal(NEWS.name.fr);
    const first = feed.items[0]!;
    const [year, month, day] = first.date.split('-').map(Number) as [number, number, number];
    const date = new Intl.DateTimeFormat('fr-BE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day));
    expect(shown.text).to.include(first.title.fr);
    expect(shown.text).to.include(date);
  });

  it('with theme, paints the widget surface behind it; without, stays transparent', async () => {
    const plain = await openFrame(`/test/embed/static.html?${query(NEWS, `/${NEWS.file}`)}`, {
      width: 400,
    });
    const dark = await openFrame(
      `/test/embed/static.html?${query(NEWS, `/${NEWS.file}`, { theme: 'dark' })}`,
      { width: 400 },
    );
    await until(() => widgetIn(dark)?.getAttribute('theme') === 'dark', 'the themed tag');
    const background = (frame: HTMLIFrameElement) =>
      getComputedStyle(frameDocument(frame).documentElement).backgroundColor;
    expect(background(plain)).to.equal('rgba(0, 0, 0, 0)');
    expect(background(dark)).to.equal('rgb(22, 32, 42)');
    expect(getComputedStyle(frameDocument(plain).body).margin).to.equal('0px');
  });

  it('an unsandboxed frame opens an item link in the top window, not in the frame', async () => {
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, `/${NEWS.file}`, { limit: '1' })}`,
      { width: 600 },
    );
    await loaded(frame, NEWS.tag);
    const link = widgetIn(frame).shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    // Where the page sends it, caught before the test page itself is navigated away.
    const opened: unknown[][] = [];
    frame.contentWindow!.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    link.click();
    expect(opened).to.deep.equal([[link.href, '_top']]);
  });
});
