// The benchmark's family "the visitor who returns" (#26): a partner's page with the five
// widgets on the drop-in (bench/page/cls.html), every feed answering 400 ms late. Per run, a
// new browser context (empty storage and HTTP cache): the first visit, then the same page
// again, the return visit; without `persist`, then with it (`data-uzl-persist` on the body,
// feeds sent `no-cache` so a copy may be kept). Measured per widget: the time from the
// navigation's start to its content (its first `uzl-load`), and from its upgrade (the tag
// defined) to its content, in ms and in frames the page showed meanwhile (counted by an
// animation-frame loop: 0 is content in the first frame after the upgrade); and the page's
// layout shift on the return visit.
//
//   node bench/return-visit.mjs [runs]   after `npm run build`: prints the table
// bench/run.mjs runs it in the full suite, beside the other families, and puts it in BENCHMARKS.md.
// The callbacks passed to page.evaluate() run in the page.
/* global window */
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/engines.mjs';
import { startServer } from './server.mjs';
import { markdownTable } from './markdown-table.mjs';

export const TAGS = [
  'uzl-news-list',
  'uzl-event-calendar',
  'uzl-campus-card',
  'uzl-stats-counter',
  'uzl-ai-publications',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** One visit to the page: per tag, ms to content and frames from upgrade to content; and CLS. */
async function visit(page, url) {
  await page.goto(url);
  await page.waitForFunction(
    (tags) => tags.every((tag) => window.__content[tag] !== undefined),
    TAGS,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(1000); // the network's answers, after a copy, and their shifts
  return page.evaluate(
    ({ tags }) => ({
      cls: window.__cls(),
      widgets: Object.fromEntries(
        tags.map((tag) => [
          tag,
          {
            content: window.__content[tag],
            ms: window.__content[tag] - window.__defined[tag],
            // Frames the page showed after the upgrade without the content.
            frames: window.__contentFrame[tag] - window.__definedFrame[tag],
            // The shifts that moved the widget itself (Chromium names it among their sources).
            shift: window.__shifts
              .filter((shift) => shift.sources.includes(tag))
              .reduce((sum, shift) => sum + shift.value, 0),
          },
        ]),
      ),
    }),
    { tags: TAGS },
  );
}

/**
 * Runs the family: `runs` new contexts per mode. Returns, per mode (`plain`, `persist`) and
 * visit (`first`, `return`), the medians per tag and of CLS.
 */
export async function measureReturnVisits(browser, serverUrl, runs) {
  const result = {};
  for (const mode of ['plain', 'persist', 'hinted']) {
    // The page as the README advises it: dist/uzl-widgets.css linked, so each tag keeps its
    // room before it is defined, and what moves is the widgets' own doing. `hinted`: with
    // persist, and the copy's code fetched with the rest (the builder's exact-version hint).
    const query = { plain: '', persist: '&persist=1', hinted: '&persist=1&hint=copy' }[mode];
    const url = `${serverUrl}cls.html?css=link${query}`;
    const visits = { first: [], return: [] };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        visits.first.push(await visit(page, url));
        visits.return.push(await visit(page, url));
      } finally {
        await context.close();
      }
    }
    result[mode] = Object.fromEntries(
      Object.entries(visits).map(([name, list]) => [
        name,
        {
          cls: median(list.map((v) => v.cls)),
          widgets: Object.fromEntries(
            TAGS.map((tag) => [
              tag,
              {
                content: median(list.map((v) => v.widgets[tag].content)),
                ms: median(list.map((v) => v.widgets[tag].ms)),
                frames: median(list.map((v) => v.widgets[tag].frames)),
                shift: median(list.map((v) => v.widgets[tag].shift)),
              },
            ]),
          ),
        },
      ]),
    );
  }
  return result;
}

/** The family's table, as Markdown rows: per widget, ms to content and frames after upgrade. */
export function returnVisitTable(result) {
  const ms = (v) => `${Math.round(v)} ms`;
  const frames = (v) => String(v);
  const head = [
    'widget (feeds 400 ms late)',
    'first visit',
    'return, no copy',
    'return, with the copy',
    'with the copy: from upgrade to content (frames shown without it)',
    'the same, the copy’s code hinted',
    'its layout shift: first visit / return with the copy',
  ];
  const rows = TAGS.map((tag) => [
    `\`<${tag}>\``,
    ms(result.plain.first.widgets[tag].content),
    ms(result.plain.return.widgets[tag].content),
    ms(result.persist.return.widgets[tag].content),
    `${ms(result.persist.return.widgets[tag].ms)} (${frames(result.persist.return.widgets[tag].frames)})`,
    `${ms(result.hinted.return.widgets[tag].ms)} (${frames(result.hinted.return.widgets[tag].frames)})`,
    `${result.plain.first.widgets[tag].shift.toFixed(3)} / ${result.persist.return.widgets[tag].shift.toFixed(3)}`,
  ]);
  rows.push([
    'page CLS',
    result.plain.first.cls.toFixed(3),
    result.plain.return.cls.toFixed(3),
    result.persist.return.cls.toFixed(3),
    '',
    '',
    '',
  ]);
  return markdownTable(head, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 5);
  const server = await startServer('');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    console.log(returnVisitTable(await measureReturnVisits(browser, server.url, runs)));
  } finally {
    await browser.close();
    await server.close();
  }
}
