// The embed page in a frame sandboxed as WordPress frames oEmbed content (`sandbox="allow-scripts"`,
// `#?secret=…` in its URL): an opaque origin, no cookies, no storage, no popups, no top
// navigation. The test page cannot read such a frame; it asks test/pages/embed-probe.js.
// Feeds answer with Access-Control-Allow-Origin: * (the frame's requests say `Origin: null`).
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { messages } from '../../src/generated/messages/embed.js';
import { setPageSize } from '../helpers/engine.js';
import { feedUrl, serverCount, uniqueId, until } from '../helpers/feeds.js';
import { WIDGETS, type TestWidget } from '../helpers/widgets.js';
import { closeFrames, loaded, openFrame, postedBy, query, report } from './embed-helpers.js';

const SANDBOX = { sandbox: 'allow-scripts' };
const NEWS = WIDGETS.find((w) => w.id === 'news-list')!;

/** The widget's demo feed, readable from an opaque origin. */
const openFeed = (widget: TestWidget) =>
  new URL(feedUrl(uniqueId(widget.id), 'ok', { file: widget.file, cors: true }), location.href)
    .href;

before(() => setPageSize({ width: 1000, height: 900 }));
afterEach(async () => {
  closeFrames();
  await resetMouse();
});

describe('embed page in a WordPress sandbox', function () {
  this.timeout(30000);

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> renders with nothing in the console, and says its height with the secret`, async () => {
      const frame = await openFrame(
        `/test/embed/static.html?${query(widget, openFeed(widget))}#?secret=abc123`,
        { width: 600, attributes: SANDBOX },
      );
      const shown = await loaded(frame, widget.tag);
      expect(shown.errors, 'errors in the frame').to.deep.equal([]);
      await until(
        () => postedBy(frame, (data) => data['message'] === 'height').length > 0,
        'a height message in WordPress’s protocol',
      );
      const body = Math.ceil((await report(frame)).body);
      await until(
        () => postedBy(frame, (data) => data['message'] === 'height').at(-1)?.['value'] === body,
        `its last height message to say ${body}`,
      );
      expect(postedBy(frame, (data) => data['message'] === 'height').at(-1)).to.deep.equal({
        message: 'height',
        value: body,
        secret: 'abc123',
      });
      expect(postedBy(frame, (data) => data['type'] === 'uzl-embed:height').at(-1)).to.deep.equal({
        type: 'uzl-embed:height',
        height: body,
        widget: widget.id,
      });
    });
  }

  it('answers wp-embed.js’s ready with its height again', async () => {
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, openFeed(NEWS))}#?secret=abc123`,
      { width: 600, attributes: SANDBOX },
    );
    await loaded(frame, NEWS.tag);
    await until(() => postedBy(frame, (d) => d['message'] === 'height').length > 0, 'a height');
    const before = postedBy(frame, (d) => d['message'] === 'height').length;
    frame.contentWindow!.postMessage({ message: 'ready', secret: 'abc123' }, '*');
    await until(
      () => postedBy(frame, (d) => d['message'] === 'height').length > before,
      'the height said again',
    );
  });

  it('takes only letters and digits as the secret', async () => {
    const frame = await openFrame(
      `/test/embed/static.html?${query(NEWS, openFeed(NEWS))}#?secret=abc"123`,
      { width: 600, attributes: SANDBOX },
    );
    await loaded(frame, NEWS.tag);
    await until(
      () => postedBy(frame, (d) => d['type'] === 'uzl-embed:height').length > 0,
      'a height',
    );
    expect(postedBy(frame, (d) => d['message'] === 'height')).to.deep.equal([]);
  });

  it('a click on an item link asks wp-embed.js to go there through the service’s /go', async () => {
    const frame = await openFrame(
      `/test/embed/embed?${query(NEWS, openFeed(NEWS), { limit: '3' })}#?secret=abc123`,
      { width: 600, height: 700, attributes: SANDBOX },
    );
    const shown = await loaded(frame, NEWS.tag);
    const link = shown.links.find((l) => /^https?:/.test(l.href) && l.width > 0)!;
    expect(link, 'a link in the news list').to.exist;
    const box = frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(box.left + link.x + link.width / 2),
        Math.round(box.top + link.y + link.height / 2),
      ],
    });
    await until(() => postedBy(frame, (d) => d['message'] === 'link').length > 0, 'a link message');
    expect(postedBy(frame, (d) => d['message'] === 'link')).to.deep.equal([
      {
        message: 'link',
        value: new URL(`/test/embed/go?to=${encodeURIComponent(link.href)}`, location.href).href,
        secret: 'abc123',
      },
    ]);
    // The frame did not navigate itself: it still shows the list.
    expect((await report(frame)).events).to.deep.equal([`uzl-load ${NEWS.tag}`]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`credentials=include is refused with a sentence saying why (${lang})`, async () => {
      const more = 'https://www.uzleuven.be/en/news';
      const id = uniqueId('credentials');
      const src = new URL(
        feedUrl(id, 'ok', { file: NEWS.file, cors: 'credentials' }),
        location.href,
      ).href;
      const frame = await openFrame(
        `/test/embed/static.html?${query(NEWS, src, { credentials: 'include', lang, more })}`,
        { width: 600, attributes: SANDBOX },
      );
      let shown = await report(frame);
      await until(async () => (shown = await report(frame)).alert !== null, 'the refusal');
      const english =
        'This content is for signed-in visitors, and nobody can sign in inside an embedded frame. Open it on its own page:';
      expect(shown.alert).to.equal(lang === 'en' ? english : messages.fr['embed.no-cookies']);
      expect(shown.links.map((l) => l.href)).to.deep.equal([more]);
      expect(shown.events, 'no widget').to.deep.equal([]);
      expect((await serverCount(id)).requests, 'no feed request').to.equal(0);
      expect(shown.errors).to.deep.equal([]);
    });
  }
});
