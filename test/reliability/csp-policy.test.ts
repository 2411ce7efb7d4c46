// The README's Content-Security-Policy (scripts/security/csp-policy.json, the one file the
// README's block is checked against by test/node/security.test.mjs), filled with this
// server's hosts and sent as a response header by test/server/security-pages.mjs: every widget
// runs under exactly that policy, with the loader's integrity snippet (its import map allowed
// by its sha256) and with the all-in-one file, and not one `securitypolicyviolation` comes,
// through the first render and the updates after it.
import { expect } from '@open-wc/testing';
import {
  clickThroughUpdates,
  closePages,
  expectWidgetsShowData,
  openSecurityPage,
  settled,
  type SecurityPage,
} from '../helpers/security-page.js';

function expectQuiet(page: SecurityPage, what: string): void {
  expect(page.probe.violations, `${what}: securitypolicyviolation events`).to.deep.equal([]);
  expect(page.probe.errors, `${what}: errors`).to.deep.equal([]);
  expect(page.probe.rejections, `${what}: unhandled rejections`).to.deep.equal([]);
}

describe("the README's Content-Security-Policy", function () {
  this.timeout(60000);
  afterEach(closePages);

  for (const snippet of ['loader', 'all'] as const) {
    it(`${snippet === 'loader' ? 'the loader with its import map' : 'the all-in-one file'}: every widget renders and updates with no violation`, async () => {
      const page = await openSecurityPage(snippet, { csp: true });
      const response = await fetch(page.frame.src);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, 'sent as a header').to.contain('script-src');
      expect(policy).to.contain("require-trusted-types-for 'script'");
      expect(policy).not.to.contain('unsafe-');
      expect(/'sha256-/.test(policy), 'an import map hash').to.equal(snippet === 'loader');
      await settled(page);
      expectWidgetsShowData(page);
      expectQuiet(page, 'after load');

      await clickThroughUpdates(page);
      await new Promise((done) => page.win.requestAnimationFrame(done));
      expectQuiet(page, 'after interaction');
    });
  }
});
