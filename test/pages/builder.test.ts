// The embed builder (demo/builder.html), as a partner's web team uses it: in a same-origin
// iframe, driven by the keyboard (real key events through the test runner), checked by what
// the page shows: the live preview, the snippet, the URL that restores the configuration,
// the reason a feed fails, the contrast warning, and axe on the whole page. Then the issue's
// "done when": the snippet, with the CDN URL swapped for this server's drop-in, pasted into an
// empty page, shows the widget. That last test needs a current dist/ (the lanes build it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import packageJson from '../../package.json' with { type: 'json' };
import { STRINGS } from '../../demo/builder/strings.js';
import { WIDGETS as BUILDER_WIDGETS } from '../../demo/builder/widgets.js';
import { olderEngine, pressKeys } from '../helpers/engine.js';
import { feedUrl, uniqueId, until } from '../helpers/feeds.js';
import { fold } from '../helpers/widgets.js';

interface Builder {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

interface NewsFeed {
  items: { date: string; title: Record<string, string> }[];
}

type AxeWindow = Window & {
  axe?: { run(context: Document): Promise<{ violations: { id: string; help: string }[] }> };
};

const PRIMARY = '#7a0049';
/** Fails 4.5:1 on the white surface (about 1.4:1). */
const LOW_CONTRAST = '#ffd700';

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the builder at `search` in an iframe and waits for its interface and preview. */
async function openBuilder(search = ''): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.title = 'Embed builder';
  frame.style.cssText =
    'position: fixed; top: 0; left: 0; width: 1100px; height: 850px; border: 0; background: white;';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/demo/builder.html${search}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  if (olderEngine) {
    expect((win as { __uzlOlderEngine?: boolean }).__uzlOlderEngine, 'older-engine.js').to.equal(
      true,
    );
  }
  await until(() => doc.getElementById('snippet') !== null, 'the builder to render');
  await until(() => previewOf({ frame, win, doc }) !== null, 'the preview element');
  return { frame, win, doc };
}

function get<E extends HTMLElement>(builder: Builder, selector: string): E {
  const el = builder.doc.querySelector<E>(selector);
  if (!el) throw new Error(`builder: no ${selector}`);
  return el;
}

const previewOf = (builder: Builder) => builder.doc.querySelector<HTMLElement>('.preview > *');

const snippetOf = (builder: Builder) => get<HTMLTextAreaElement>(builder, '#snippet').value;

const feedStatus = (builder: Builder) => fold(get(builder, '#feed-status').textContent);

/** Keyboard focus on `el`, inside the frame (the frame first, so key events reach it). */
function focusIn(builder: Builder, el: HTMLElement): void {
  builder.frame.focus();
  builder.win.focus();
  el.focus();
  expect(builder.doc.activeElement, 'focus moved into the frame').to.equal(el);
}

/**
 * What the clipboard holds, pasted with Ctrl+V into a field of the test page: a real paste
 * reads it in every lane (Chromium refuses navigator.clipboard.readText() without a
 * permission, WebKit without a paste prompt).
 */
async function pasteHere(): Promise<string> {
  const field = document.createElement('textarea');
  field.setAttribute('aria-label', 'Pasted');
  document.body.append(field);
  try {
    field.focus();
    await pressKeys('Control', 'v');
    await until(() => field.value !== '', 'the paste');
    return field.value;
  } finally {
    field.remove();
  }
}

/** An element as a person finds it: its tag, id and text (a string, so a failure reads well). */
const nameOf = (el: Element | null) =>
  el
    ? `<${el.localName}${el.id ? `#${el.id}` : ''}> "${fold(el.textContent).slice(0, 40)}"`
    : 'nothing';

/** Where the keyboard is: in the builder's frame, and the frame on the test page. */
const focusOf = (builder: Builder) =>
  document.activeElement === builder.frame
    ? nameOf(builder.doc.activeElement)
    : `outside the builder: ${nameOf(document.activeElement)}`;

/** Replaces a text or number field's value by typing, as a person would after selecting it. */
async function typeInto(builder: Builder, selector: string, text: string): Promise<void> {
  const input = get<HTMLInputElement>(builder, selector);
  focusIn(builder, input);
  input.select();
  // One key at a time: WebKitGTK's WebDriver merges a repeated key in one typed string
  // ("#7a0049" arrives as "#7a049").
  for (const key of text) await sendKeys({ type: key });
  expect(input.value, `${selector} after typing`).to.equal(text);
}

/** The radio button of a group by its value, checked with the space bar. */
async function pickRadio(builder: Builder, name: string, value: string): Promise<void> {
  const radio = get<HTMLInputElement>(
    builder,
    `input[type="radio"][name="${name}"][value="${value}"]`,
  );
  focusIn(builder, radio);
  await sendKeys({ press: ' ' });
  await until(() => radio.checked, `${name}=${value} to be checked`);
}

/** The builder's state has reached the URL: the debounced typing has been committed. */
const urlHas = (builder: Builder, key: string, value: string) =>
  until(
    () => new URL(builder.win.location.href).searchParams.get(key) === value,
    `the URL to have ${key}=${value}; it is ${builder.win.location.search}`,
  );

/** The French title of the demo feed's newest item, which a news list shows first. */
async function newestFrenchTitle(): Promise<string> {
  const feed = (await (await fetch('/demo/data/news.json')).json()) as NewsFeed;
  const newest = [...feed.items].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return newest.title.fr!;
}

async function cdnUrl(): Promise<string> {
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  return `https://cdn.jsdelivr.net/npm/uzl-widgets@${version.split('.').slice(0, 2).join('.')}/dist/uzl-widgets.js`;
}

interface ParsedSnippet {
  scripts: { type: string; src: string }[];
  /** The style sheets it links (the one that keeps the widget's room). */
  stylesheets: string[];
  tag: string;
  attributes: Record<string, string>;
  /** `name: value` of each custom property in the style block. */
  tokens: string[];
  link: { href: string; text: string } | undefined;
}

/** The snippet as a browser reads it. */
function parseSnippet(code: string): ParsedSnippet {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
  const element = doc.querySelector<HTMLElement>('body > :not(script, style, link)');
  if (!element) throw new Error(`no element in the snippet:\n${code}`);
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  const link = element.querySelector('a');
  return {
    scripts: [...doc.querySelectorAll('script')].map((s) => ({
      type: s.getAttribute('type') ?? '',
      src: s.getAttribute('src') ?? '',
    })),
    stylesheets: [...doc.querySelectorAll('link[rel="stylesheet"]')].map(
      (l) => l.getAttribute('href') ?? '',
    ),
    tag: element.localName,
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    tokens: [...css.matchAll(/(--uzl-[\w-]+)\s*:\s*([^;}]+)/g)].map(
      ([, name, value]) => `${name}: ${value!.trim()}`,
    ),
    link: link ? { href: link.href, text: fold(link.textContent) } : undefined,
  };
}

/** Runs axe-core inside the frame, on its whole document (landmarks, title, lang, the widget). */
async function axeViolations(builder: Builder): Promise<string[]> {
  const win = builder.win as AxeWindow;
  if (!win.axe) {
    const script = builder.doc.createElement('script');
    const loaded = new Promise((done, fail) => {
      script.addEventListener('load', done, { once: true });
      script.addEventListener('error', fail, { once: true });
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    builder.doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(builder.doc);
  return violations.map((v) => `${v.id}: ${v.help}`);
}

describe('embed builder (demo/builder.html)', function () {
  this.timeout(60000);

  it('builds a French news list with limit 3 in a partner colour by keyboard: live preview, exact snippet, and a URL that restores it', async () => {
    const builder = await openBuilder('?ui=en');
    const t = STRINGS.en;
    expect(builder.doc.documentElement.lang).to.equal('en');
    await until(
      () => feedStatus(builder) === t.feedOk,
      `"${t.feedOk}"; saw "${feedStatus(builder)}"`,
    );

    // The widget: another one with the arrow key, and back, as in any radio group.
    const news = get<HTMLInputElement>(builder, 'input[name="widget"][value="news-list"]');
    expect(news.checked, 'the news list is the first choice').to.equal(true);
    focusIn(builder, news);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => previewOf(builder)?.localName === 'uzl-event-calendar', 'the calendar');
    expect(get(builder, '#attr-month'), 'the calendar’s own fields').to.exist;
    await sendKeys({ press: 'ArrowUp' });
    await until(() => previewOf(builder)?.localName === 'uzl-news-list', 'the news list again');
    expect(builder.doc.getElementById('attr-month'), 'the calendar’s fields are gone').to.equal(
      null,
    );

    await pickRadio(builder, 'lang', 'fr');
    await typeInto(builder, '#attr-limit', '3');
    await typeInto(builder, '#token-primary', PRIMARY);
    await urlHas(builder, 'primary', PRIMARY);
    await urlHas(builder, 'attr-limit', '3');
    await urlHas(builder, 'lang', 'fr');

    // The preview is the real element, in French, three items, in the colour.
    const title = await newestFrenchTitle();
    const preview = previewOf(builder)!;
    await until(
      () =>
        fold(preview.shadowRoot?.textContent).includes(title) &&
        preview.shadowRoot!.querySelectorAll('[part~="item"]').length === 3,
      `the preview to show 3 French items starting with "${title}"; it shows "${fold(preview.shadowRoot?.textContent).slice(0, 200)}"`,
    );
    expect((preview as HTMLElement & { resolvedLang: string }).resolvedLang).to.equal('fr');
    expect(
      builder.win.getComputedStyle(preview).getPropertyValue('--uzl-color-primary').trim(),
    ).to.equal(PRIMARY);
    expect(fold(get(builder, '#contrast-warning').textContent), 'no contrast warning').to.equal('');

    // The snippet: the CDN script, the element with exactly what changed, the changed token only.
    const code = snippetOf(builder);
    const parsed = parseSnippet(code);
    expect(parsed.scripts, code).to.deep.equal([{ type: 'module', src: await cdnUrl() }]);
    expect(parsed.stylesheets, code).to.deep.equal([
      (await cdnUrl()).replace(/uzl-widgets\.js$/, 'uzl-widgets.css'),
    ]);
    expect(parsed.tag).to.equal('uzl-news-list');
    expect(parsed.attributes, code).to.deep.equal({
      src: new URL('/demo/data/news.json', location.href).href,
      lang: 'fr',
      limit: '3',
    });
    expect(parsed.tokens, code).to.deep.equal([`--uzl-color-primary: ${PRIMARY}`]);
    expect(parsed.link?.text, 'the fallback link, in French').to.equal(
      STRINGS.fr.fallbackDefaults['news-list'],
    );
    expect(parsed.link?.href).to.match(/^https:\/\/www\.uzleuven\.be\//);

    // The URL restores the same configuration in a new page.
    const shared = builder.win.location.href;
    const restored = await openBuilder(new URL(shared).search);
    expect(restored.win.location.href).to.equal(shared);
    expect(get<HTMLInputElement>(restored, 'input[name="lang"][value="fr"]').checked).to.equal(
      true,
    );
    expect(get<HTMLInputElement>(restored, '#attr-limit').value).to.equal('3');
    expect(get<HTMLInputElement>(restored, '#token-primary').value).to.equal(PRIMARY);
    expect(snippetOf(restored)).to.equal(code);
    const again = previewOf(restored)!;
    await until(
      () => fold(again.shadowRoot?.textContent).includes(title),
      'the restored preview in French',
    );
  });

  it('tells why a feed cannot be shown: the HTTP status and its reason, and the feed that is not one', async () => {
    const builder = await openBuilder('?ui=en');
    const t = STRINGS.en;
    const missing = feedUrl(uniqueId('builder-404'), '404');
    await typeInto(builder, '#feed-url', missing);
    await sendKeys({ press: 'Enter' });
    const expected = `${t.feedHttp(404)} ${t.feedHttpNotFound}`;
    await until(
      () => feedStatus(builder) === expected,
      `"${expected}"; saw "${feedStatus(builder)}"`,
    );
    // The preview shows the widget's own error, with the fallback link beside it.
    const preview = previewOf(builder)!;
    await until(
      () => preview.shadowRoot?.querySelector('[part="error"]') !== null,
      'the preview’s error box',
    );
    expect(parseSnippet(snippetOf(builder)).attributes.src).to.equal(
      new URL(missing, location.href).href,
    );

    // A feed of another widget: the validator's findings, and which widget it is for.
    await typeInto(builder, '#feed-url', 'data/campuses.json');
    await sendKeys({ press: 'Enter' });
    await until(
      () => feedStatus(builder).startsWith(t.feedInvalid(0).split('(')[0]!),
      `the feed to be found invalid; saw "${feedStatus(builder)}"`,
    );
    const details = fold(get(builder, '.feed-details').textContent);
    expect(details).to.contain('items');
    expect(details).to.contain(t.feedOtherWidget(t.widgetNames['campus-card']));
  });

  it('warns when the primary colour fails 4.5:1 on the surface, and stops when it passes', async () => {
    const builder = await openBuilder('?ui=fr');
    const t = STRINGS.fr;
    const warning = () => fold(get(builder, '#contrast-warning').textContent);
    await typeInto(builder, '#token-primary', LOW_CONTRAST);
    await until(() => warning().includes(t.contrastTitle), `the warning; saw "${warning()}"`);
    expect(warning()).to.contain(LOW_CONTRAST);
    // Announced: it is a live region, and the field points at it.
    expect(get(builder, '#contrast-warning').getAttribute('role')).to.equal('status');
    expect(get(builder, '#token-primary').getAttribute('aria-describedby')).to.contain(
      'contrast-warning',
    );
    await typeInto(builder, '#token-primary', PRIMARY);
    await until(() => warning() === '', `no warning for ${PRIMARY}; saw "${warning()}"`);
    // A dark widget shows the colour on a dark surface, where this one fails.
    await pickRadio(builder, 'theme', 'dark');
    await until(() => warning().includes(t.contrastTitle), 'the warning on the dark surface');
  });

  it('speaks nl, en and fr, and is axe-clean in each', async () => {
    const builder = await openBuilder('?ui=nl');
    for (const lang of ['nl', 'en', 'fr'] as const) {
      const button = get<HTMLButtonElement>(builder, `.lang-switch button[lang="${lang}"]`);
      focusIn(builder, button);
      await sendKeys({ press: 'Enter' });
      await until(() => builder.doc.documentElement.lang === lang, `<html lang="${lang}">`);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(fold(get(builder, 'h1').textContent)).to.equal(STRINGS[lang].title);
      expect(builder.doc.title).to.equal(STRINGS[lang].docTitle);
      await until(
        () => feedStatus(builder) === STRINGS[lang].feedOk,
        `the feed status in ${lang}; saw "${feedStatus(builder)}"`,
      );
      await until(
        () => previewOf(builder)?.shadowRoot?.querySelector('[part~="item"]') != null,
        'the preview’s items',
      );
      expect(await axeViolations(builder), `axe in ${lang}`).to.deep.equal([]);
    }
  });

  it('offers the snippet with integrity (import map or one file) at the exact version, and the CSP lines for the feed', async () => {
    const builder = await openBuilder('?ui=en');
    // Offline, the CDN does not answer: the builder reads this server's dist/integrity.json.
    const { files } = (await (await fetch('/dist/integrity.json')).json()) as {
      files: Record<string, string>;
    };
    await until(
      () => get<HTMLTextAreaElement>(builder, '#integrity-code').value.includes('importmap'),
      'the hashes',
    );
    const parse = (id: string) =>
      new DOMParser().parseFromString(get<HTMLTextAreaElement>(builder, id).value, 'text/html');
    const loader = parse('#integrity-code');
    const map = JSON.parse(loader.querySelector('script[type="importmap"]')!.textContent) as {
      integrity: Record<string, string>;
    };
    const chunks = Object.keys(files).filter((path) => path.startsWith('dist/cdn/'));
    expect(Object.keys(map.integrity).length).to.equal(chunks.length + 1);
    for (const path of chunks)
      expect(
        map.integrity[`https://cdn.jsdelivr.net/npm/uzl-widgets@${packageJson.version}/${path}`],
        path,
      ).to.equal(files[path]);
    // The hints for a cold page: the feed's origin connected early, the core and the widget's
    // chunk fetched beside the loader, with their hashes, after the import map (a module
    // fetched before it would make the browser drop the map).
    const hints = [...loader.head.querySelectorAll('link[rel="modulepreload"]')];
    expect(
      hints.map((link) => link.getAttribute('href')!.replace(/-[\w-]{8}\.js$/, '')),
    ).to.deep.equal(
      ['core', 'uzl-news-list'].map(
        (name) =>
          `https://cdn.jsdelivr.net/npm/uzl-widgets@${packageJson.version}/dist/cdn/${name}`,
      ),
    );
    for (const link of hints) {
      const path = `dist/${link.getAttribute('href')!.split('/dist/')[1]}`;
      expect(link.getAttribute('integrity'), path).to.equal(files[path]);
      expect(link.getAttribute('crossorigin'), path).to.equal('anonymous');
    }
    const order = [...loader.head.children].map((el) => el.getAttribute('rel') ?? el.localName);
    expect(order.indexOf('script')).to.be.below(order.indexOf('modulepreload'));
    expect(
      loader.querySelector('link[rel="preconnect"]')?.getAttribute('href'),
      'the feed’s origin connected early',
    ).to.equal(location.origin);
    const script = loader.querySelector('script[type="module"]')!;
    expect(script.getAttribute('integrity')).to.equal(files['dist/uzl-widgets.js']);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(loader.querySelector('uzl-news-list a'), 'the element and its fallback').to.exist;
    const all = parse('#integrity-all-code').querySelector('script')!;
    expect(all.getAttribute('integrity')).to.equal(files['dist/uzl-widgets.all.js']);

    const csp = get<HTMLTextAreaElement>(builder, '#csp-code').value;
    const feeds = location.origin;
    expect(csp).to.contain(`connect-src ${feeds};`);
    expect(csp).to.contain(`img-src ${feeds};`);
    // The import map's own hash, which the page's policy must allow.
    const text = loader.querySelector('script[type="importmap"]')!.textContent;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(csp).to.contain(`script-src https://cdn.jsdelivr.net 'sha256-${hash}';`);
    expect(csp).not.to.contain('unsafe-');
  });

  it('offers a frame and an embed URL for pages without scripts, each saying when to use it, and the frame shows the widget', async () => {
    const t = STRINGS.fr;
    // The static embed page of this server's dist/ as the embed service's address.
    const base = new URL('/dist/embed.html', location.href).href;
    const builder = await openBuilder(
      `?ui=fr&lang=fr&attr-limit=3&embed-base=${encodeURIComponent(base)}`,
    );
    const titles = [...builder.doc.querySelectorAll('.output h3')].map((h) => fold(h.textContent));
    expect(titles).to.deep.equal(
      [
        t.scriptTitle,
        t.integrityTitle,
        t.integrityAllTitle,
        t.cspTitle,
        t.frameTitle,
        t.urlTitle,
      ].map(fold),
    );
    const helps = [...builder.doc.querySelectorAll('.output > .help')].map((p) =>
      fold(p.textContent),
    );
    expect(helps).to.deep.equal(
      [t.snippetHelp, t.integrityHelp, t.integrityAllHelp, t.cspHelp, t.frameHelp, t.urlHelp].map(
        fold,
      ),
    );

    const url = new URL(get<HTMLTextAreaElement>(builder, '#embed-url').value);
    expect(`${url.origin}${url.pathname}`).to.equal(base);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'news-list',
      src: new URL('/demo/data/news.json', location.href).href,
      lang: 'fr',
      limit: '3',
    });

    const frameCode = () =>
      new DOMParser().parseFromString(
        get<HTMLTextAreaElement>(builder, '#frame-code').value,
        'text/html',
      );
    const iframe = frameCode().querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(url.href);
    expect(iframe.title).to.equal(t.widgetNames['news-list']);
    expect(Number(iframe.getAttribute('height'))).to.equal(BUILDER_WIDGETS['news-list'].room);
    expect(iframe.hasAttribute('data-uzl-embed')).to.equal(true);
    expect(frameCode().querySelector('script'), 'no script unless asked').to.equal(null);

    focusIn(builder, get<HTMLInputElement>(builder, '#resize-script'));
    await sendKeys({ press: ' ' });
    await until(() => frameCode().querySelector('script') !== null, 'the resize script');
    expect(frameCode().querySelector('script')!.getAttribute('src')).to.match(
      /\/dist\/uzl-embed-resize\.js$/,
    );

    // The frame, pasted into a page, shows the French news list with three items.
    const pasted = document.createElement('iframe');
    const loaded = new Promise((done) => pasted.addEventListener('load', done, { once: true }));
    pasted.src = iframe.getAttribute('src')!;
    pasted.style.cssText = 'width: 500px; height: 600px; border: 0';
    document.body.append(pasted);
    frames.push(pasted);
    await loaded;
    const items = () =>
      pasted
        .contentDocument!.querySelector('uzl-news-list')
        ?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
    await until(() => items() === 3, 'three items in the framed news list');
    expect(pasted.contentDocument!.documentElement.lang).to.equal('fr');
  });

  it('copies the snippet with its button, and names a setting only while it differs from the default', async () => {
    const builder = await openBuilder('?ui=nl&attr-limit=3');
    const t = STRINGS.nl;
    expect(parseSnippet(snippetOf(builder)).attributes.limit).to.equal('3');
    await typeInto(builder, '#attr-limit', '5');
    await until(
      () => !new URL(builder.win.location.href).searchParams.has('attr-limit'),
      'attr-limit to leave the URL',
    );
    expect(Object.keys(parseSnippet(snippetOf(builder)).attributes)).to.deep.equal(['src']);

    const copy = get<HTMLButtonElement>(builder, '.copy-row button');
    expect(fold(copy.textContent)).to.equal(t.copy);
    focusIn(builder, copy);
    await sendKeys({ press: 'Enter' });
    const status = () => fold(get(builder, '#copy-status').textContent);
    await until(() => status() === t.copied, `"${t.copied}"; saw "${status()}"`);
    // The keyboard stays on the button the person pressed.
    expect(focusOf(builder), 'focus after copying').to.equal(nameOf(copy));
    // And the code is on the clipboard: pasted with the keys, as the person will.
    const pasted = await pasteHere();
    expect(pasted).to.equal(snippetOf(builder));
  });

  it('selects the code for the person to copy when the page may not write to the clipboard', async () => {
    const builder = await openBuilder('?ui=fr');
    const t = STRINGS.fr;
    // A browser that refuses (an insecure origin, a permission prompt dismissed).
    Object.defineProperty(builder.win.navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      configurable: true,
    });
    const copy = get<HTMLButtonElement>(builder, '.copy-row button');
    focusIn(builder, copy);
    await sendKeys({ press: 'Enter' });
    const status = () => fold(get(builder, '#copy-status').textContent);
    await until(() => status() === fold(t.copyFailed), `"${t.copyFailed}"; saw "${status()}"`);
    // The keyboard is on the code, all of it selected, ready for the person's own Ctrl+C.
    const area = get<HTMLTextAreaElement>(builder, '#snippet');
    expect(focusOf(builder), 'focus after a refused copy').to.equal(nameOf(area));
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    await pressKeys('Control', 'c');
    expect(await pasteHere()).to.equal(snippetOf(builder));
  });

  it('is linked from the demo page, in the page’s language', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const link = doc.querySelector<HTMLAnchorElement>('a[href^="builder.html"]');
    expect(link, 'a link to builder.html').to.exist;
    expect(link!.dataset.i18nHref, 'its address follows the language switch').to.equal(
      'builderHref',
    );
  });

  it('done when: the snippet pasted into an empty page shows the French news list in the partner colour', async () => {
    const builder = await openBuilder(
      `?ui=en&element=news-list&lang=fr&attr-limit=3&primary=${encodeURIComponent(PRIMARY)}`,
    );
    const code = snippetOf(builder);
    const cdn = await cdnUrl();
    expect(code).to.contain(cdn);
    // The stylesheet that keeps the widget's room comes from the same place.
    const cdnDist = cdn.replace(/uzl-widgets\.js$/, '');
    expect(code).to.contain(`<link rel="stylesheet" href="${cdnDist}uzl-widgets.css" />`);

    const frame = document.createElement('iframe');
    frame.title = 'Empty page with the snippet';
    frame.style.cssText =
      'position: fixed; top: 0; left: 0; width: 800px; height: 800px; border: 0; background: white;';
    const floor = olderEngine ? '<script src="/test/floor/older-engine.js"></script>' : '';
    frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>Partner page</title>${floor}</head><body>${code.replaceAll(cdnDist, '/dist/')}</body></html>`;
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('uzl-news-list')!;
    expect(el, 'the pasted element').to.exist;
    const title = await newestFrenchTitle();
    await until(
      () =>
        fold(el.shadowRoot?.textContent).includes(title) &&
        el.shadowRoot!.querySelectorAll('[part~="item"]').length === 3,
      `the pasted widget to show 3 French items; it shows "${fold(el.shadowRoot?.textContent).slice(0, 200)}"`,
      12000,
    );
    expect(
      frame.contentWindow!.getComputedStyle(el).getPropertyValue('--uzl-color-primary').trim(),
    ).to.equal(PRIMARY);
    // The fallback link is hidden while the news shows.
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'the fallback link’s boxes').to.equal(0);
  });
});
