// downloadFile (src/core/download-file.ts): the calendar hands a visitor an .ics file through
// a Blob URL and an <a download>. What the page can see of it is checked: the link's click
// (caught on its way up and stopped, so no real download starts), the file name the link
// offers, the link inside the root it was given and gone afterwards, and the file itself,
// fetched from the Blob URL: its text byte for byte and its type. The previous file's URL is
// freed when the next download starts.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { downloadFile } from '../../src/core/download-file.js';

interface Caught {
  name: string;
  href: string;
  hidden: boolean;
  parent: ParentNode | null;
}

/** Runs `start` and catches the download link's click where it bubbles to `root`. */
function catchDownload(root: Node, start: () => void): Caught {
  let caught: Caught | undefined;
  const onClick = (event: Event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    caught = { name: link.download, href: link.href, hidden: link.hidden, parent: link.parentNode };
  };
  root.addEventListener('click', onClick);
  try {
    start();
  } finally {
    root.removeEventListener('click', onClick);
  }
  expect(caught, 'a link was clicked').to.not.equal(undefined);
  return caught!;
}

/** The file behind a Blob URL, as the browser would save it. */
async function fetched(href: string) {
  const response = await fetch(href);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { type: response.headers.get('content-type'), bytes };
}

const ICS = 'BEGIN:VCALENDAR\r\nSUMMARY:Café, zorg; en onderzoek\r\nEND:VCALENDAR\r\n';

describe('downloadFile', () => {
  afterEach(() => fixtureCleanup());

  it('offers the text as a file with the name and type given, from a link that is gone after', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const caught = catchDownload(root, () =>
      downloadFile('event.ics', ICS, 'text/calendar;charset=utf-8', root),
    );
    expect(caught.name).to.equal('event.ics');
    expect(caught.href).to.match(/^blob:/);
    expect(caught.hidden, 'the link is never seen').to.equal(true);
    // Booleans and counts, not nodes: a failure message then names no live DOM node.
    expect(caught.parent === root, 'clicked inside the root it was given').to.equal(true);
    expect(root.querySelectorAll('a').length, 'the link is removed after the click').to.equal(0);
    expect(document.querySelectorAll('a[download]').length, 'the host page gets no link').to.equal(
      0,
    );

    const file = await fetched(caught.href);
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    // UTF-8, the CRLF line ends as written.
    expect(file.bytes).to.deep.equal(new TextEncoder().encode(ICS));
  });

  it('makes a file name safe: runs of other characters than letters, digits, . - _ become -', () => {
    const caught = catchDownload(document.body, () =>
      downloadFile('UZ Leuven: events 2026/01 (all).ics', 'x', 'text/plain'),
    );
    expect(caught.name).to.equal('UZ-Leuven-events-2026-01-all-.ics');
    expect(caught.parent === document.body, 'without a root, the page body').to.equal(true);
    expect(document.querySelectorAll('a[download]').length, 'the link is removed').to.equal(0);
  });

  it('frees the previous file’s URL when the next download starts, not before', async () => {
    const first = catchDownload(document.body, () => downloadFile('a.ics', 'first', 'text/plain'));
    // The browser may still be reading the file after the click: the URL still answers.
    expect(new TextDecoder().decode((await fetched(first.href)).bytes)).to.equal('first');
    const second = catchDownload(document.body, () =>
      downloadFile('b.ics', 'second', 'text/plain'),
    );
    expect(second.href).to.not.equal(first.href);
    expect(new TextDecoder().decode((await fetched(second.href)).bytes)).to.equal('second');
    let failed = false;
    try {
      await fetch(first.href);
    } catch {
      failed = true;
    }
    expect(failed, 'the first file’s URL no longer answers').to.equal(true);
  });
});
