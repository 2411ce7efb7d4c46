// A last good copy (`persist`, #26) across a real reload, on the drop-in as a partner's page
// loads it (dist/uzl-widgets.js, the copy's code in its own chunk): a page in a frame shows
// each widget with its feed; the feed host goes down; the frame is navigated again (a new
// document, new modules, the same origin's Cache Storage): the content from before shows with
// the note; the host is back, Retry brings the fresh content. The page is in Dutch, with
// `data-uzl-persist` on its body, the page-wide way.
import { expect } from '@open-wc/testing';
import { feedUrl, serverBack, serverDown, uniqueId, until } from '../helpers/feeds.js';
import { failOnUncaught } from '../helpers/uncaught.js';
import { fold, WIDGETS } from '../helpers/widgets.js';
import { expectedNote, expectedRetry, storedCopies, storedTime } from './persist-helpers.js';

failOnUncaught();

afterEach(() => {
  for (const frame of document.querySelectorAll('body > iframe')) frame.remove();
});

for (const widget of WIDGETS)
  it(`<${widget.tag}> on the drop-in: after a reload with the host down, the copy and its note; Retry brings the fresh content`, async () => {
    const id = uniqueId(`persist-reload-${widget.id}`);
    const src = feedUrl(id, 'ok,fresh', { file: widget.file, cacheControl: 'no-cache' });
    const frame = document.createElement('iframe');
    frame.title = 'Partner page';
    frame.style.cssText = 'width: 800px; height: 600px; border: 0;';
    const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title>
      <script type="module" src="/dist/uzl-widgets.js"></script></head>
      <body data-uzl-persist><${widget.tag} src="${src}" ${widget.steady}></${widget.tag}></body></html>`;
    frame.srcdoc = page;
    document.body.append(frame);
    const element = () => frame.contentDocument?.querySelector(widget.tag);
    const shown = () => fold(element()?.shadowRoot?.textContent);
    const part = (name: string) => element()?.shadowRoot?.querySelector(`[part="${name}"]`);

    await until(
      () => !!element()?.shadowRoot?.querySelector('.uzl-root[aria-busy="false"]'),
      'the first visit',
      12000,
    );
    const before = shown();
    await until(async () => (await storedCopies(src)).length === 1, 'the copy to be stored');
    const copyFrom = (await storedTime(src))!;

    await serverDown(id, 'drop');
    frame.srcdoc = `${page}\n`; // navigated again: a new document
    await until(() => !!part('stale'), 'the copy with its note after the reload', 12000);
    const note = fold(part('stale')!.textContent);
    expect(note).to.equal(`${expectedNote(copyFrom, 'nl')} ${expectedRetry('nl')}`);
    expect(fold(shown().replace(note, ''))).to.equal(before);

    await serverBack(id);
    (part('stale')!.querySelector('[part="retry"]') as HTMLElement).click();
    await until(() => !part('stale') && shown().includes('Fresh '), 'the fresh content', 12000);
  });
