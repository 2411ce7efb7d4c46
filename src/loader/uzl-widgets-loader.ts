/**
 * The drop-in (`dist/uzl-widgets.js`): a small loader that defines each widget when its tag
 * first appears in the document, by importing that widget's module, so a page with one
 * `<uzl-news-list>` downloads the news list and Lit, not the calendar.
 *
 * - Tags already in the page are found at once; tags added later (a CMS script, a tab that
 *   renders on click) by a MutationObserver on the whole document, until all five are loaded.
 * - Each widget's module is imported once, however many of its tags appear; a tag already
 *   defined (the loader loaded twice, another copy of the library) is not loaded again.
 * - The modules are resolved against this file's own URL (the bundler writes them relative to
 *   it), so the loader works from any origin or CDN path.
 * - A tag inside another component's shadow root is out of the document's sight: import that
 *   widget's module there (`uzl-widgets/news-list.js`), or use `dist/uzl-widgets.all.js`.
 * - The room a tag keeps until it is defined is `dist/uzl-widgets.css`'s job, not the loader's:
 *   a stylesheet in the page's head applies before the first paint, a module script runs after
 *   it.
 * - Each tag found before its widget is defined gets a head start (start-early.ts): its feed
 *   request begins beside the download of the code.
 * - Which tags there are, and the import of each one's module, the build writes from the
 *   registry (src/widgets.ts) into the virtual module imported here (vite.config.ts): the
 *   registry itself, with its schemas' imports and builder texts, stays out of the loader.
 */
import widgets from 'virtual:uzl-define-modules';
import { dropUntaken, startEarly } from './start-early.js';

/**
 * A module of the `core` chunk every widget imports. Asked for beside the first widget, so the
 * browser fetches both at once instead of finding the core only after the widget's chunk.
 */
const core = () => import('../core/uzl-feed-element.js');
let coreRequested = false;

const tags = new Set(Object.keys(widgets));
const waiting = new Set(tags);
const selector = [...tags].join(',');

function load(tag: string): void {
  waiting.delete(tag);
  if (customElements.get(tag)) return;
  dropUntaken(tag);
  if (!coreRequested) {
    coreRequested = true;
    // Its failure is the widget's failure, reported below.
    core().catch(() => undefined);
  }
  widgets[tag]!().catch((error: unknown) => {
    // The page keeps the tag's fallback content; the developer learns which file failed.
    console.error(`uzl-widgets: <${tag}> could not be loaded.`, error);
  });
}

/** Starts `element`'s feed unless its widget is defined (it then asks for it itself), and loads its widget. */
function found(element: Element): void {
  const tag = element.localName;
  if (customElements.get(tag)) return;
  startEarly(element);
  if (waiting.has(tag)) load(tag);
}

/** Finds the widgets' tags in `root` or `root` itself. */
function discover(root: Element | Document): void {
  if (root instanceof Element && tags.has(root.localName)) found(root);
  for (const element of root.querySelectorAll(selector)) found(element);
}

discover(document);
if (waiting.size > 0) {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
