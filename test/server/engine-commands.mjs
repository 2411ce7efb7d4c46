// Test-runner commands that the stock ones lack in some engine:
//   await executeServerCommand('press-keys', { keys: ['Shift', 'Tab'] })
//     → presses the keys together (a chord), in every engine: @web/test-runner-commands'
//       sendKeys has no `down`/`up` over WebDriver, so Shift+Tab was Chromium-only.
//   await executeServerCommand('page-size', { width: 1000, height: 900 })
//     → the page's viewport in CSS px, in every engine: over WebDriver, the window is sized so
//       that its inner size is the one asked for (the stock setViewport is puppeteer/playwright only).
//   await executeServerCommand('focus-page')
//     → brings the test page's tab to the front, so its document has focus: Firefox does not
//       turn Enter or Space on a focused button into a click while it lacks focus, and a
//       download or a new tab in an earlier test file can leave it without.
//   await executeServerCommand('heap-usage') → { usedSize } in bytes, after a full GC.
//     Chromium only (DevTools protocol); other engines have no way to force a collection.
//   await executeServerCommand('forced-colors', { active: true, colorScheme: 'dark' })
//     → the page as in Windows' high contrast mode (forced-colors: active, the system colours
//       forced on it), with a dark or light preference; `{ active: false }` ends it.
//       Chromium only (DevTools protocol): puppeteer's emulateMediaFeatures refuses
//       forced-colors, and no WebDriver can force colours.
// (import { executeServerCommand } from '@web/test-runner-commands').

/** WebDriver's code points for the named keys we press (W3C WebDriver, "keyboard actions"). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** @param {unknown} payload @returns {string[]} */
function keysOf(payload) {
  const keys = /** @type {{ keys?: unknown }} */ (payload ?? {}).keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) {
    throw new Error("press-keys needs { keys: ['Shift', 'Tab'] }");
  }
  return keys;
}

async function pressKeys(session, keys) {
  if (session.browser.type === 'puppeteer') {
    const { keyboard } = session.browser.getPage(session.id);
    for (const key of keys) await keyboard.down(key);
    for (const key of [...keys].reverse()) await keyboard.up(key);
    return true;
  }
  if (session.browser.type === 'webdriver') {
    const codes = keys.map((key) => WEBDRIVER_KEYS[key] ?? key);
    await session.browser.driverManager.performActions(session.id, [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          ...codes.map((value) => ({ type: 'keyDown', value })),
          ...[...codes].reverse().map((value) => ({ type: 'keyUp', value })),
        ],
      },
    ]);
    return true;
  }
  throw new Error(`press-keys: no support for ${session.browser.type}`);
}

async function pageSize(session, payload) {
  const { width, height } = /** @type {{ width?: unknown, height?: unknown }} */ (payload ?? {});
  if (!Number.isInteger(width) || !Number.isInteger(height)) {
    throw new Error('page-size needs { width, height } in whole CSS px');
  }
  if (session.browser.type === 'puppeteer') {
    await session.browser.getPage(session.id).setViewport({ width, height });
    return true;
  }
  if (session.browser.type === 'webdriver') {
    const { driver } = session.browser;
    // The window's frame and toolbars take room of their own: measure them, then size the window around the page.
    const [dx, dy] = await driver.execute(
      'return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]',
    );
    await driver.setWindowRect(null, null, width + dx, height + dy);
    return true;
  }
  throw new Error(`page-size: no support for ${session.browser.type}`);
}

async function heapUsage(session) {
  if (
    session.browser.type !== 'puppeteer' ||
    !session.browser.getPage(session.id).createCDPSession
  ) {
    throw new Error('heap-usage needs the DevTools protocol (Chromium)');
  }
  const page = session.browser.getPage(session.id);
  const cdp = await page.createCDPSession();
  try {
    // Twice: the first collection can leave objects that only the second one frees (weak maps, finalizers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize };
  } finally {
    await cdp.detach();
  }
}

/** Each test page's DevTools session that holds its forced-colors emulation (it ends with the session). */
const forcedColorSessions = new Map();

async function forcedColors(session, payload) {
  const { active, colorScheme = 'light' } =
    /** @type {{ active?: unknown, colorScheme?: unknown }} */ (payload ?? {});
  if (typeof active !== 'boolean' || !['light', 'dark'].includes(String(colorScheme))) {
    throw new Error("forced-colors needs { active: boolean, colorScheme?: 'light' | 'dark' }");
  }
  if (
    session.browser.type !== 'puppeteer' ||
    !session.browser.getPage(session.id).createCDPSession
  ) {
    throw new Error('forced-colors needs the DevTools protocol (Chromium)');
  }
  let cdp = forcedColorSessions.get(session.id);
  if (!active) {
    if (!cdp) return true;
    forcedColorSessions.delete(session.id);
    await cdp.send('Emulation.setEmulatedMedia', { features: [] });
    await cdp.detach();
    return true;
  }
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    forcedColorSessions.set(session.id, cdp);
  }
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: String(colorScheme) },
    ],
  });
  return true;
}

export function engineCommands() {
  return {
    name: 'uzl-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'press-keys') return pressKeys(session, keysOf(payload));
      if (command === 'focus-page') {
        // WebDriver's window is kept focused by the WebKit lane's script (xdotool).
        if (session.browser.type === 'puppeteer')
          await session.browser.getPage(session.id).bringToFront();
        return true;
      }
      if (command === 'page-size') return pageSize(session, payload);
      if (command === 'heap-usage') return heapUsage(session);
      if (command === 'forced-colors') return forcedColors(session, payload);
      return undefined;
    },
  };
}
