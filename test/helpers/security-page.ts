// Opening the pages of test/server/security-pages.mjs (the five widgets as a partner embeds
// them: files from a "CDN" origin, feeds and images from the page's) in an iframe, for the
// integrity, CSP, privacy and consent tests; and what the page and the server saw.
import { expect } from '@open-wc/testing';
import { olderEngine } from './engine.js';
import { uniqueId, until } from './feeds.js';

export interface Probe {
  violations: { directive: string; blockedURI: string; sample: string; sourceFile: string }[];
  errors: string[];
  rejections: string[];
  defines: string[];
  events: { type: 'uzl-load' | 'uzl-error'; tag: string; id: string }[];
  frames: Record<string, string>[];
  frameHeights: Record<string, number>[];
}

export interface Logged {
  url: string;
  origin: string;
  referer: string;
  dest: string;
  cookie: string;
}

export type FrameWindow = Window &
  typeof globalThis & { __probe: Probe; __uzlOlderEngine?: boolean };

export interface SecurityPage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  probe: Probe;
  run: string;
  /** Every request the server saw for this page, in order. */
  log: () => Promise<Logged[]>;
  host: (id: string) => HTMLElement & { updateComplete?: Promise<boolean> };
}

/** The widgets on every page (widgets-body.html) and a text each shows from its demo feed. */
export const KNOWN: Record<string, string> = {
  news: 'Breast cancer patients too often receive unnecessary new cancer drugs',
  events: 'Fatigue and cancer',
  campus: 'Herestraat 49',
  stats: 'Consultations',
  ai: 'Immunotherapy increases survival rates in kidney cancer',
};
/** Its feed answers 404: the error box. */
export const FAILING = 'failing';

/** What clickThroughUpdates needs of a host page in a frame. */
interface UpdatablePage {
  host: (id: string) => HTMLElement & { updateComplete?: Promise<boolean> };
  probe: { events: { id: string }[] };
}

/**
 * Updates after the first render, through the same sinks a policy must allow: show more, open
 * a domain, another month, an event's details, the failing feed retried (it fails again).
 */
export async function clickThroughUpdates(page: UpdatablePage): Promise<void> {
  const click = (id: string, selector: string) => {
    const el = page.host(id).shadowRoot!.querySelector<HTMLElement>(selector);
    expect(el, `#${id} ${selector}`).to.exist;
    el!.click();
  };
  click('news', '[part="show-more"]');
  click('ai', '[part="domain-toggle"]');
  click('events', '.nav-button');
  click('events', '.chip');
  click(FAILING, '[part="retry"]');
  await until(
    () => page.probe.events.filter((e) => e.id === FAILING).length >= 2,
    'the retried feed to fail again',
  );
  for (const id of [...Object.keys(KNOWN), FAILING]) await page.host(id).updateComplete;
}

const frames: HTMLIFrameElement[] = [];

export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export async function openSecurityPage(
  snippet: string,
  { csp = false, width = 900 } = {},
): Promise<SecurityPage> {
  const run = uniqueId('sec');
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; border: 0; width: ${width}px; height: 850px; background: white;`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = `/__sec/${run}/page.html?snippet=${snippet}${csp ? '&csp=1' : ''}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  expect(win.__probe, `${snippet}: probe.js did not run`).to.exist;
  if (olderEngine) expect(win.__uzlOlderEngine, 'older-engine.js did not run').to.equal(true);
  const doc = frame.contentDocument!;
  return {
    frame,
    win,
    doc,
    probe: win.__probe,
    run,
    log: async () => (await (await fetch(`/__sec/${run}/log`)).json()) as Logged[],
    host: (id) => {
      const el = doc.getElementById(id);
      if (!el) throw new Error(`${snippet}: no #${id}`);
      return el;
    },
  };
}

/** Waits for uzl-load from `ids` and uzl-error from the failing widget, then two frames. */
export async function settled(page: SecurityPage, ids = Object.keys(KNOWN)): Promise<void> {
  const want = [...ids, FAILING];
  await until(
    () =>
      want.every((id) =>
        page.probe.events.some(
          (e) => e.id === id && e.type === (id === FAILING ? 'uzl-error' : 'uzl-load'),
        ),
      ),
    `uzl-load/uzl-error from ${want.join(', ')}; saw ${JSON.stringify(page.probe.events.map((e) => `${e.type} #${e.id}`))}, errors ${JSON.stringify(page.probe.errors)}, violations ${JSON.stringify(page.probe.violations)}`,
    15000,
  );
  for (const id of want) await page.host(id).updateComplete;
  await new Promise((done) => page.win.requestAnimationFrame(done));
  await new Promise((done) => page.win.requestAnimationFrame(done));
}

export const shadowText = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each widget of `ids` shows its feed's text, and the failing one its error. */
export function expectWidgetsShowData(page: SecurityPage, ids = Object.keys(KNOWN)): void {
  for (const id of ids)
    expect(shadowText(page.host(id)), `#${id} shows its feed`).to.contain(KNOWN[id]);
  expect(shadowText(page.host(FAILING)), '#failing').to.contain('could not be found');
}

/** The page's fallback link inside `id`: visible, with a box a visitor can click. */
export function fallbackShown(page: SecurityPage, id: string): boolean {
  const link = page.host(id).querySelector('a.fallback');
  if (!link) return false;
  const rect = link.getBoundingClientRect();
  return (
    rect.width > 0 && rect.height > 0 && page.win.getComputedStyle(link).visibility === 'visible'
  );
}
