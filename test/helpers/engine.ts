// Which engine runs the tests, and the engine-neutral forms of what only some engines' test
// drivers can do (media emulation, viewport, key chords). A test that truly cannot run in an
// engine is skipped there by name with `skipIn`, and the lane's summary lists it.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(): Engine {
  const ua = navigator.userAgent;
  if (/\bFirefox\//.test(ua)) return 'firefox';
  if (/\b(Chrome|Chromium|HeadlessChrome)\//.test(ua)) return 'chromium';
  return 'webkit';
}

/** The engine under test. */
export const engine: Engine = detect();

/** True in the legacy lane: current Chromium with the floor's missing features taken away (test/floor/older-engine.js). */
export const olderEngine = Boolean((window as { __uzlOlderEngine?: boolean }).__uzlOlderEngine);

/**
 * `it`, except in the engines named, where the test is skipped with the reason in its title
 * (the lane's summary prints it). For tests that cannot mean anything there, not for bugs.
 */
export function skipIn(engines: readonly Engine[], reason: string) {
  if (!engines.includes(engine)) return it;
  return (title: string, fn?: Mocha.Func | Mocha.AsyncFunc) =>
    it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn);
}

// Every test starts on a page whose document has keyboard focus (see
// test/server/engine-commands.mjs, focus-page): a root hook, registered once per test file
// by importing this module. A download or a new tab in Firefox can take the focus away.
// The focus arrives a moment after the tab is brought to the front: wait for it (2 s at most).
beforeEach(async () => {
  if (document.hasFocus()) return;
  await executeServerCommand('focus-page');
  window.focus();
  const until = performance.now() + 2000;
  while (!document.hasFocus() && performance.now() < until) {
    await new Promise((done) => setTimeout(done, 20));
  }
});

type MatchMedia = typeof window.matchMedia;

/**
 * Runs `work` as for a visitor who prefers reduced motion. Chromium emulates the media feature
 * itself (CSS and script see it); elsewhere `win.matchMedia` answers the query as matching,
 * which is what the widgets' scripts ask (no engine's WebDriver emulates media features).
 */
export async function withReducedMotion(
  work: () => Promise<void>,
  win: Window = window,
): Promise<void> {
  let restore: () => Promise<void> | void;
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
    restore = () => emulateMedia({ reducedMotion: 'no-preference' });
  } catch {
    const real: MatchMedia = win.matchMedia;
    win.matchMedia = (query: string) => {
      const list = real.call(win, query);
      if (!/prefers-reduced-motion:\s*reduce/.test(query)) return list;
      return new Proxy(list, {
        get: (target, key) => (key === 'matches' ? true : Reflect.get(target, key, target)),
      });
    };
    restore = () => {
      win.matchMedia = real;
    };
  }
  try {
    await work();
  } finally {
    await restore();
  }
}

/** Sizes the page's viewport (the browser window's inner size, in CSS px), in every engine. */
export async function setPageSize(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('page-size', size);
}

/** Presses keys together, as a chord (`['Shift', 'Tab']`), in every engine. */
export async function pressKeys(...keys: string[]): Promise<void> {
  await executeServerCommand('press-keys', { keys });
}

/**
 * Whether this engine's test driver can show a page in forced colours (Windows' high contrast
 * mode): Chromium's DevTools protocol can, the legacy lane's Chromium too; no WebDriver can.
 */
export const canForceColors = engine === 'chromium';

/**
 * Runs `work` with the page in forced colours (`forced-colors: active`, the system colours
 * forced on it) and the visitor's light or dark preference (Windows' light and dark contrast
 * themes). Chromium only: see `canForceColors`, and skip elsewhere by name with `skipIn`.
 */
export async function withForcedColors(
  colorScheme: 'light' | 'dark',
  work: () => Promise<void>,
): Promise<void> {
  await executeServerCommand('forced-colors', { active: true, colorScheme });
  try {
    await work();
  } finally {
    await executeServerCommand('forced-colors', { active: false });
  }
}
