// A last good copy (`persist`, #26), per widget and per way the feed host goes down: the
// widget loads its demo feed with `persist`, the feed host goes down (a dropped connection, as
// a refused one is to a script; 500; a hang, with a short `timeout` so the lane stays quick),
// the page is reloaded (the element removed and made again, the module state kept; the
// drop-in's real reload is persist-reload.test.ts): the content from before shows, with the
// note in nl, en and fr and axe clean; `uzl-error` says when the copy is from. Then the host is
// back and the visitor presses Retry (with the keyboard): the fresh content shows, the note
// leaves. Real fetches against test/server/feed-faults.mjs, the real Cache Storage.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/uzl-widgets.js'; // defines every widget
import type { UzlErrorDetail, UzlLoadDetail } from '../../src/core/events.js';
import {
  feedUrl,
  nextEvent,
  serverBack,
  serverCount,
  serverDown,
  sleep,
  uniqueId,
  until,
} from '../helpers/feeds.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { $, focused, spoken, WIDGETS, type WidgetElement } from '../helpers/widgets.js';
import {
  contentText,
  expectedNote,
  expectedRetry,
  LANGS,
  noteOf,
  storedCopies,
} from './persist-helpers.js';

failOnUncaught();

/** The feed host down, three ways; each fails the first attempt and both retries. */
const FAULTS = [
  { name: 'connection refused (dropped)', step: 'drop', attrs: '' },
  { name: '500', step: '500', attrs: '' },
  { name: 'hang', step: 'hang', attrs: 'timeout="0.3"' },
] as const;

/** Puts the tag on a page in `lang` and waits for its first `uzl-load` or `uzl-error`. */
function mount(tag: string, src: string, attrs: string, lang: string) {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  const settled = Promise.race([
    nextEvent<UzlLoadDetail>(container, 'uzl-load', 12000).then((e) => ({ load: e.detail })),
    nextEvent<UzlErrorDetail>(container, 'uzl-error', 12000).then((e) => ({ error: e.detail })),
  ]);
  container.innerHTML = `<${tag} src="${src}" persist ${attrs}></${tag}>`;
  const el = container.firstElementChild as WidgetElement;
  return { el, container, settled };
}

afterEach(() => {
  for (const container of document.querySelectorAll('body > div[lang]')) container.remove();
  fixtureCleanup();
});

for (const widget of WIDGETS) {
  describe(`persist: <${widget.tag}> when the feed host goes down`, () => {
    for (const fault of FAULTS) {
      it(`${fault.name}: the copy shows with the note in nl/en/fr, axe clean; Retry brings the fresh content`, async () => {
        const id = uniqueId(`persist-${widget.id}-${fault.step}`);
        // no-cache: storable, and never answered by the HTTP cache alone (every load asks).
        const src = feedUrl(id, 'ok,fresh', {
          file: widget.file,
          cacheControl: 'no-cache',
        });
        // The first visit: the network's data, and its copy stored (with the default timeout:
        // a loaded machine may take more than the short one to answer).
        const first = mount(widget.tag, src, widget.steady, 'nl');
        const loaded = await first.settled;
        expect(loaded, 'the first visit loads').to.have.property('load');
        await first.el.updateComplete;
        const before = contentText(first.el);
        expect(noteOf(first.el), 'no note on the first visit').to.equal(null);
        await until(async () => (await storedCopies(src)).length === 1, 'the copy to be stored');
        first.container.remove();
        await serverDown(id, fault.step);

        // The return visit, the host down: the copy, with the note.
        const again = mount(widget.tag, src, `${widget.steady} ${fault.attrs}`, 'nl');
        const failed = await nextEvent<UzlErrorDetail>(again.container, 'uzl-error', 12000);
        // The first load and three attempts (Chromium tries a dropped connection again itself).
        expect((await serverCount(id)).requests).to.be.at.least(4);
        const { copyFrom } = failed.detail;
        expect(copyFrom, 'uzl-error says when the copy is from').to.be.a('string');
        expect(Date.now() - new Date(copyFrom!).getTime()).to.be.within(0, 60_000);
        await again.el.updateComplete;
        expect(contentText(again.el), 'the content from before').to.equal(before);
        expect($(again.el, '[part="error"]'), 'no error box').to.equal(null);

        for (const lang of LANGS) {
          again.container.lang = lang;
          await sleep(0); // the page-wide observer of `lang` reacts in a microtask
          await again.el.updateComplete;
          const note = noteOf(again.el)!;
          expect(spoken(note), lang).to.equal(
            `${expectedNote(copyFrom!, lang)} ${expectedRetry(lang)}`,
          );
          await expect(again.el).to.be.accessible();
        }

        // The host is back: Retry, from the keyboard.
        await serverBack(id);
        const retry = $<HTMLButtonElement>(again.el, '[part="stale"] [part="retry"]')!;
        retry.focus();
        expect(focused(), 'Retry takes keyboard focus').to.equal(retry);
        const fresh = nextEvent<UzlLoadDetail>(again.el, 'uzl-load', 12000);
        await sendKeys({ press: 'Enter' });
        await fresh;
        await again.el.updateComplete;
        expect(noteOf(again.el), 'the note leaves').to.equal(null);
        expect(contentText(again.el)).to.contain('Fresh ');
        await expect(again.el).to.be.accessible();
      });
    }
  });
}
