// Subresource Integrity for the drop-in files (README, "Integrity"). The loader's snippet
// with an import map that holds each chunk's sha384 (dist/integrity.json), and the all-in-one
// file with `integrity`, each served once intact and once with one byte of one file changed
// (test/server/security-pages.mjs). An engine that checks import-map integrity refuses the
// changed chunk: that widget keeps the page's fallback link, the others work, the loader says
// so once and asks no more. The import map's `integrity` key: Chrome 127, Firefox 138,
// Safari 18; the lanes here are newer (Chromium 156, Firefox ESR 153, WebKitGTK 2.50) and all
// refuse, each lane's outcome logged. The legacy lane is Chromium underneath: its floor script
// cannot take the check away, so it refuses too; a real Safari 16.4–17 or Firefox 115–137
// ignores the key and runs the changed chunk (README, "Integrity").
import { expect } from '@open-wc/testing';
import { engine, olderEngine } from '../helpers/engine.js';
import { sleep, until } from '../helpers/feeds.js';
import {
  FAILING,
  KNOWN,
  closePages,
  expectWidgetsShowData,
  fallbackShown,
  openSecurityPage,
  settled,
} from '../helpers/security-page.js';

const ALTERED = 'campus';
const ALTERED_TAG = 'uzl-campus-card';

describe('integrity of the drop-in files', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('the loader with an import map of integrity hashes: every widget renders, nothing refused', async () => {
    const page = await openSecurityPage('loader');
    await settled(page);
    expectWidgetsShowData(page);
    expect(page.probe.errors, 'errors').to.deep.equal([]);
  });

  it(`one byte changed in <${ALTERED_TAG}>'s chunk: refused, its fallback link stays, the others work, one request`, async () => {
    const page = await openSecurityPage(`altered-${ALTERED_TAG}`);
    const others = Object.keys(KNOWN).filter((id) => id !== ALTERED);
    await settled(page, others);
    expectWidgetsShowData(page, others);
    // Room for a refused import to be retried, if anything were to retry it.
    await sleep(1000);
    const defined = page.win.customElements.get(ALTERED_TAG) !== undefined;
    const requests = (await page.log()).filter((r) => r.url.includes(`/cdn/${ALTERED_TAG}-`));
    console.log(
      `integrity (${olderEngine ? 'legacy' : engine}): the changed chunk was ${defined ? 'RUN (import-map integrity not checked)' : 'REFUSED'}`,
    );
    expect(requests.length, 'requests for the changed chunk').to.equal(1);
    expect(defined, `<${ALTERED_TAG}> defined from a changed chunk`).to.equal(false);
    expect(page.host(ALTERED).shadowRoot, 'no shadow root').to.equal(null);
    expect(fallbackShown(page, ALTERED), 'its fallback link shows').to.equal(true);
    // The loader says which file failed, once; nothing throws.
    const said = page.probe.errors.filter((e) =>
      e.includes(`<${ALTERED_TAG}> could not be loaded`),
    );
    expect(said.length, `errors: ${JSON.stringify(page.probe.errors)}`).to.equal(1);
    expect(page.probe.rejections, 'unhandled rejections').to.deep.equal([]);
    expect(
      page.probe.errors.filter((e) => e.startsWith('uncaught')),
      'uncaught errors',
    ).to.deep.equal([]);
    // Still so a moment later: no loop of retries or errors.
    const before = page.probe.errors.length;
    await sleep(500);
    expect(page.probe.errors.length).to.equal(before);
  });

  it('the all-in-one file with `integrity`: renders intact; one byte changed: refused, every fallback link shows', async () => {
    const page = await openSecurityPage('all');
    await settled(page);
    expectWidgetsShowData(page);

    const altered = await openSecurityPage('altered-uzl-widgets.all');
    await until(
      () => altered.probe.errors.some((e) => e.includes('uzl-widgets.all.js')),
      `the refused script's error event; errors ${JSON.stringify(altered.probe.errors)}`,
    );
    await sleep(500);
    for (const id of [...Object.keys(KNOWN), FAILING]) {
      expect(altered.host(id).shadowRoot, `#${id}`).to.equal(null);
      expect(fallbackShown(altered, id), `#${id} fallback link`).to.equal(true);
    }
    const requests = (await altered.log()).filter((r) => r.url.endsWith('/uzl-widgets.all.js'));
    expect(requests.length, 'requests for the changed file').to.equal(1);
  });
});
