// Framing the embed page (dist/embed.html, dist/uzl-embed.js) in the test page, through
// test/server/embed-pages.mjs, which puts test/pages/embed-probe.js first in it.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';
import type { TestWidget } from '../helpers/widgets.js';

/** What test/pages/embed-probe.js says a frame shows (asked, so it works in a sandbox too). */
export interface Report {
  errors: string[];
  events: string[];
  lang: string;
  title: string;
  body: number;
  text: string;
  alert: string | null;
  links: { href: string; x: number; y: number; width: number; height: number }[];
}

const frames: HTMLIFrameElement[] = [];

/** Every message a frame posted to this page, in order. */
export const received: { source: MessageEventSource | null; data: unknown }[] = [];
addEventListener('message', (event) => received.push({ source: event.source, data: event.data }));

/** The messages `frame` posted that `match`. */
export const postedBy = (
  frame: HTMLIFrameElement,
  match: (data: Record<string, unknown>) => boolean,
) =>
  received
    .filter(
      ({ source, data }) => source === frame.contentWindow && data && typeof data === 'object',
    )
    .map(({ data }) => data as Record<string, unknown>)
    .filter(match);

/** The embed page's query for `widget` with its demo feed at `src` and its steady attributes. */
export function query(widget: TestWidget, src: string, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ widget: widget.id, src });
  for (const [, name, value] of widget.steady.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    params.set(name!, value ?? '');
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

/** Frames `src` at `width` × `height` px (before any script resizes it), in view at the top left. */
export async function openFrame(
  src: string,
  {
    width,
    height = 150,
    attributes = {},
  }: { width: number; height?: number; attributes?: Record<string, string> },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px;`;
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

export function closeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Asks the frame's probe what it shows. */
export async function report(frame: HTMLIFrameElement): Promise<Report> {
  const answer = new Promise<Report>((resolve) => {
    const listen = (event: MessageEvent<{ probe?: Report }>) => {
      if (event.source !== frame.contentWindow || !event.data?.probe) return;
      removeEventListener('message', listen);
      resolve(event.data.probe);
    };
    addEventListener('message', listen);
  });
  frame.contentWindow!.postMessage({ probe: 'report' }, '*');
  return answer;
}

/** Waits for the frame's widget to load its feed (`uzl-load`), failing on `uzl-error`. */
export async function loaded(frame: HTMLIFrameElement, tag: string): Promise<Report> {
  let last: Report | undefined;
  await until(async () => {
    last = await report(frame);
    return last.events.length > 0;
  }, `<${tag}> in the frame to load`);
  expect(last!.events, `<${tag}>'s events`).to.deep.equal([`uzl-load ${tag}`]);
  return last!;
}
