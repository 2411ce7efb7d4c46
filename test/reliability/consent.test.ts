// Waiting for consent (README, "Waiting for consent"): the script held by a consent manager
// as `<script type="text/plain" data-cookieconsent="preferences" src=…>` loads nothing, and
// each widget's fallback link shows; on consent the test does what managers do, one of two
// ways: re-insert the script with its original type (`data-type="module"`, the loader), or as
// a classic script (the classic starter, dist/uzl-widgets-classic.js, which imports the
// loader). Either way the five widgets upgrade in the room the stylesheet kept, without
// moving: each widget's height in the frame before its upgrade equals its height after
// (test/pages/probe.js samples every frame), and in Chromium no layout shift is reported.
import { expect } from '@open-wc/testing';
import { engine, olderEngine } from '../helpers/engine.js';
import { sleep } from '../helpers/feeds.js';
import {
  FAILING,
  KNOWN,
  closePages,
  expectWidgetsShowData,
  fallbackShown,
  openSecurityPage,
  settled,
} from '../helpers/security-page.js';

const IDS = [...Object.keys(KNOWN), FAILING];

/** A consent manager turning its held scripts on: a new element per held script. */
function consent(doc: Document, as: 'module' | 'classic'): void {
  for (const held of doc.querySelectorAll<HTMLScriptElement>(
    'script[type="text/plain"][data-cookieconsent]',
  )) {
    const script = doc.createElement('script');
    if (as === 'module') script.type = held.dataset.type ?? 'text/javascript';
    script.src = held.src;
    held.replaceWith(script);
  }
}

describe('waiting for consent', function () {
  this.timeout(60000);
  afterEach(closePages);

  for (const as of ['module', 'classic'] as const) {
    it(`held until consent, then re-inserted as a ${as} script: the fallback links show, then the widgets upgrade without moving`, async () => {
      const page = await openSecurityPage(`consent-${as}`);
      const shifts: number[] = [];
      const measured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      if (
        'PerformanceObserver' in page.win &&
        PerformanceObserver.supportedEntryTypes.includes('layout-shift')
      )
        new page.win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });

      // Before consent: nothing of ours requested, every fallback link there.
      await sleep(300);
      const early = await page.log();
      expect(
        early.filter((r) => r.url.includes('/dist/') && !r.url.endsWith('.css')),
        'scripts requested before consent',
      ).to.deep.equal([]);
      for (const id of IDS) expect(fallbackShown(page, id), `#${id} fallback link`).to.equal(true);
      const shiftsBefore = shifts.length;

      consent(page.doc, as);
      await settled(page);
      expectWidgetsShowData(page);
      expect(page.probe.errors, 'errors').to.deep.equal([]);

      // The upgrade: the last frame without a shadow root and the first with one, same height.
      const { frames, frameHeights } = page.probe;
      // (Not in the legacy lane: its floor rewrites the style sheets scripts build, the
      // widgets', not the linked uzl-widgets.css, so there the two meet different CSS engines;
      // test/reliability/reserved-space.test.ts holds them equal there.)
      for (const id of olderEngine ? [] : IDS) {
        const first = frames.findIndex((frame) => frame[id] !== undefined && frame[id] !== 'none');
        expect(first, `#${id} upgraded in a sampled frame`).to.be.greaterThan(0);
        expect(frames[first]![id], `#${id} first state`).to.equal('loading');
        const [before, after] = [frameHeights[first - 1]![id]!, frameHeights[first]![id]!];
        expect(Math.abs(after - before), `#${id} height ${before} → ${after} px`).to.be.below(1);
      }
      const upgradeShift = shifts.slice(shiftsBefore).reduce((sum, value) => sum + value, 0);
      console.log(
        `consent (${olderEngine ? 'legacy' : engine}, ${as}): layout shift after consent ${measured ? upgradeShift.toFixed(4) : 'not measured (no layout-shift entries in this engine)'}`,
      );
      if (measured) expect(upgradeShift, 'layout shift').to.be.below(0.01);
    });
  }
});
