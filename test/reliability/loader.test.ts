// The drop-in loader (dist/uzl-widgets.js) on host pages (test/server/host-pages.mjs), in a
// same-origin iframe: it downloads the chunks of the tags the page uses and no others, defines
// tags added later, fetches each chunk once however often it is loaded, and works from another
// origin, as from a CDN. What was downloaded is read from the page's resource timing.
// Needs a current dist/ (`npm run build`).
import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';
import { WIDGET_TAGS } from '../helpers/widgets.js';

type FrameWindow = Window &
  typeof globalThis & {
    __probe: { errors: string[]; rejections: string[]; events: { type: string; id: string }[] };
  };

const frames: HTMLIFrameElement[] = [];

async function openPage(name: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0; width: 900px; height: 800px;';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/test/pages/${name}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** The drop-in's files the page downloaded: `uzl-widgets.js`, `cdn/core`, `cdn/uzl-news-list` … (hashes cut). */
function downloaded(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .map((path) =>
      path
        .slice('/dist/'.length)
        .replace(/-[\w-]{8}\.js$/, '')
        .replace(/\.js$/, ''),
    );
}

const loadedIds = (win: FrameWindow) =>
  win.__probe.events.filter((event) => event.type === 'uzl-load').map((event) => event.id);

function expectQuiet(win: FrameWindow): void {
  expect(win.__probe.errors, 'errors').to.deep.equal([]);
  expect(win.__probe.rejections, 'unhandled rejections').to.deep.equal([]);
}

describe('the drop-in loader', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('a page with one <uzl-news-list> downloads the loader, the core and the news list only', async () => {
    const win = await openPage('one-widget.html');
    await until(() => loadedIds(win).includes('news'), 'uzl-load from the news list', 12000);
    const news = win.document.getElementById('news')!;
    expect(news.shadowRoot?.textContent).to.contain(
      'Breast cancer patients too often receive unnecessary new cancer drugs',
    );
    expect(downloaded(win).sort()).to.deep.equal(['cdn/core', 'cdn/uzl-news-list', 'uzl-widgets']);
    for (const tag of WIDGET_TAGS.filter((t) => t !== 'uzl-news-list'))
      expect(win.customElements.get(tag), `<${tag}> defined`).to.equal(undefined);
    expectQuiet(win);
  });

  it('defines a tag that a script adds later, deep in the page, and only then downloads it', async () => {
    const win = await openPage('no-widget.html');
    // Let the loader look at the page as it is: nothing to load yet.
    await new Promise((done) => setTimeout(done, 300));
    expect(downloaded(win)).to.deep.equal(['uzl-widgets']);
    const doc = win.document;
    const wrapper = doc.createElement('section');
    wrapper.innerHTML = `<div><uzl-campus-card id="campus" src="/demo/data/campuses.json" campus="gasthuisberg"><a href="https://www.uzleuven.be/en">Campus Gasthuisberg</a></uzl-campus-card></div>`;
    doc.getElementById('main')!.append(wrapper);
    await until(() => loadedIds(win).includes('campus'), 'uzl-load from the campus card', 12000);
    expect(doc.getElementById('campus')!.shadowRoot?.textContent).to.contain('Herestraat 49');
    expect(downloaded(win).sort()).to.deep.equal([
      'cdn/core',
      'cdn/uzl-campus-card',
      'uzl-widgets',
    ]);
    // A second card later: defined already, nothing more to download.
    const second = doc.createElement('uzl-campus-card');
    second.setAttribute('src', '/demo/data/campuses.json');
    second.setAttribute('campus', 'pellenberg');
    second.id = 'second';
    doc.getElementById('main')!.append(second);
    await until(() => loadedIds(win).includes('second'), 'uzl-load from the second card', 12000);
    expect(downloaded(win).filter((file) => file === 'cdn/uzl-campus-card')).to.have.length(1);
    expectQuiet(win);
  });

  it('loaded twice (and once more under another URL), it downloads each chunk once', async () => {
    const win = await openPage('twice.html');
    await until(() => loadedIds(win).length >= 5, 'uzl-load from the five widgets', 12000);
    const files = downloaded(win).filter((file) => file.startsWith('cdn/'));
    expect(new Set(files).size, `chunks: ${files.join(', ')}`).to.equal(files.length);
    expect(files).to.include.members(['cdn/core', ...WIDGET_TAGS.map((tag) => `cdn/${tag}`)]);
    expectQuiet(win);
  });

  it('from another origin (a CDN), it loads its chunks from there and the widgets render', async () => {
    const win = await openPage('cdn-origin.html');
    await until(() => loadedIds(win).length >= 5, 'uzl-load from the five widgets', 12000);
    const origins = new Set(
      win.performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
        .map((entry) => new URL(entry.name).origin),
    );
    expect([...origins], 'where the drop-in came from').to.have.length(1);
    expect([...origins][0]).to.not.equal(win.location.origin);
    expect(win.document.getElementById('events')!.shadowRoot?.textContent).to.contain(
      'Fatigue and cancer',
    );
    expectQuiet(win);
  });
});
