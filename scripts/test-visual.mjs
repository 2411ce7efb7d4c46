// The Storybook lane: the built Storybook's stories, each loaded once, photographed and audited.
// - Screenshots that guard the look: every story light and dark at 1280 and 320 px in
//   Chromium, and the stories whose widgets show data in Firefox (light at 1280, dark at
//   320: each theme and width once), each clipped to the story's content and compared pixel
//   by pixel (scripts/visual-compare.mjs) with the baseline recorded for that engine's major
//   version, within the story's tolerance in test/visual/tolerance.json (0 unless a reason is
//   written there).
// - The accessibility panel's axe (scripts/story-axe.mjs) on every story, light and dark, in
//   Chromium; and the manager's toolbars, Accessibility panel and Tokens page
//   (scripts/storybook-manager.mjs).
//
//   npm run build-storybook && npm run test:visual                 # compare and audit
//   npm run test:visual -- --update                                # record the baselines
//   npm run test:visual -- --engines chromium --only news-list     # a part
//
// Stable pictures: the clock is frozen (Date), the visitor asks for reduced motion (no count-up,
// no transitions), animations are run to their end, images decoded, the layout still for two
// frames, and every text uses the font in test/visual/font/ (Noto Mono, OFL), not the
// machine's. A browser whose major version has no baselines yet gets a warning, not a
// failure, until --update records them.
/* global performance */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkManager } from './storybook-manager.mjs';
import { auditStory } from './story-axe.mjs';
import { compare, samePixels } from './visual-compare.mjs';
import { compactPng } from './visual-png.mjs';
import { fitStory, launchVisualChromium, launchVisualFirefox } from './visual-engines.mjs';
import {
  contentBox,
  openStory,
  serveStorybook,
  storyEntries,
  storyIsReady,
  switchGlobals,
} from './storybook-static.mjs';

const root = resolve(import.meta.dirname, '..');
const VISUAL = join(root, 'test', 'visual');
const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    engines: { type: 'string', default: 'chromium,firefox' },
    only: { type: 'string' },
    tabs: { type: 'string', default: '3' },
  },
});
/** @type {{ default: number, why: string, stories: Record<string, { pixels: number, why: string }> }} */
const TOLERANCE = JSON.parse(readFileSync(join(VISUAL, 'tolerance.json'), 'utf8'));

/**
 * What each engine does with a story, in order, from one load (light at 1280 px): a picture
 * (`shoot`), an axe audit (`audit`), a width or a theme to change to. Chromium takes every
 * picture, each one change away from the one before; Firefox one per theme and width.
 * @typedef {{ shoot: string } | { audit: string } | { width: number } | { theme: string }} Step
 * @type {Record<string, { launch: () => Promise<import('./visual-engines.mjs').VisualBrowser>, readyOnly: boolean, tabs: number, steps: Step[] }>}
 */
const ENGINES = {
  chromium: {
    launch: launchVisualChromium,
    readyOnly: false,
    tabs: Math.max(1, Number(values.tabs)),
    steps: [
      { shoot: 'light-1280' },
      { audit: 'light' },
      { width: 320 },
      { shoot: 'light-320' },
      { theme: 'dark' },
      { shoot: 'dark-320' },
      { width: 1280 },
      { audit: 'dark' },
      { shoot: 'dark-1280' },
    ],
  },
  firefox: {
    launch: launchVisualFirefox,
    readyOnly: true,
    tabs: 1,
    steps: [{ shoot: 'light-1280' }, { width: 320 }, { theme: 'dark' }, { shoot: 'dark-320' }],
  },
};

/** Runs `work` over `items` with `n` workers; each worker gets its own `tab`. */
async function pool(
  /** @type {any[]} */ items,
  /** @type {any[]} */ tabs,
  /** @type {(item: any, tab: any) => Promise<void>} */ work,
) {
  let next = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      while (next < items.length) await work(items[next++], tab);
    }),
  );
}

/** One engine's pass over the stories; resolves to its problems. @param {string} name */
async function runEngine(
  name,
  /** @type {{ id: string }[]} */ stories,
  /** @type {string} */ base,
) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name} (${Object.keys(ENGINES).join(', ')})`);
  const started = performance.now();
  const browser = await engine.launch();
  const key = `${name}-${browser.major}`;
  const baselineDir = join(VISUAL, 'baselines', key);
  const outDir = join(VISUAL, 'output', key);
  rmSync(outDir, { recursive: true, force: true });
  /** @type {string[]} */
  const problems = [];
  if (!values.update && !existsSync(baselineDir)) {
    const others = existsSync(join(VISUAL, 'baselines'))
      ? readdirSync(join(VISUAL, 'baselines')).filter((d) => d.startsWith(`${name}-`))
      : [];
    console.warn(
      `visual: WARNING: ${name} ${browser.major} has no baselines` +
        (others.length ? ` (recorded: ${others.join(', ')})` : '') +
        `; its pictures are not compared. Look at them, then run \`npm run test:visual -- --update\` to record ${key}.`,
    );
    if (!engine.steps.some((step) => 'audit' in step)) {
      await browser.close();
      return problems;
    }
  }
  const compareShots = values.update || existsSync(baselineDir);
  const written = new Set();
  let [shots, audits] = [0, 0];
  /** Pixels changed in the pictures that passed within their tolerance. @type {number[]} */
  const within = [];
  try {
    if (name === 'chromium' && !values.only)
      problems.push(
        ...(await checkManager(browser.browser, base, stories).catch((/** @type {Error} */ e) => [
          `manager: ${e.message.split('\n')[0]}`,
        ])),
      );
    const tabs = await Promise.all(Array.from({ length: engine.tabs }, () => browser.newTab()));
    await pool(stories, tabs, async (story, tab) => {
      await tab.size(1280);
      const error = await openStory(tab.page, base, story.id, { theme: 'light' });
      if (error) return void problems.push(`${key} ${story.id}: Storybook error: ${error}`);
      await fitStory(tab, 1280);
      if (engine.readyOnly && !(await storyIsReady(tab.page))) return;
      for (const step of engine.steps) {
        if ('width' in step) await fitStory(tab, step.width);
        else if ('theme' in step) await switchGlobals(tab.page, { theme: step.theme });
        else if ('audit' in step) {
          audits++;
          for (const violation of await auditStory(tab.page))
            problems.push(`${key} ${story.id} (${step.audit}): axe: ${violation}`);
        } else if (compareShots) {
          const file = `${story.id}--${step.shoot}.png`;
          const picture = await tab.shoot(await contentBox(tab.page));
          shots++;
          written.add(file);
          const baseline = join(baselineDir, file);
          if (values.update) {
            // A picture with the same pixels keeps its file: no churn in the history.
            if (existsSync(baseline) && samePixels(readFileSync(baseline), picture)) continue;
            mkdirSync(baselineDir, { recursive: true });
            writeFileSync(baseline, compactPng(picture));
            continue;
          }
          const tolerance = TOLERANCE.stories[story.id]?.pixels ?? TOLERANCE.default;
          const { changed, problem } = compare(
            picture,
            baseline,
            outDir,
            file.slice(0, -4),
            tolerance,
          );
          if (problem) problems.push(`${key} ${file.slice(0, -4)}: ${problem}`);
          else if (changed) within.push(changed);
        }
      }
    });
  } finally {
    await browser.close();
  }
  // A full --update drops the baselines of stories that are gone.
  if (values.update && !values.only && existsSync(baselineDir))
    for (const file of readdirSync(baselineDir))
      if (!written.has(file)) rmSync(join(baselineDir, file));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `visual: ${key}: ${shots} screenshots ${values.update ? 'recorded' : 'compared'}` +
      (within.length
        ? ` (${within.length} within tolerance, at most ${Math.max(...within)} pixels)`
        : '') +
      (audits ? `, ${audits} axe audits` : '') +
      ` in ${seconds} s (${engine.tabs} tab${engine.tabs > 1 ? 's' : ''})`,
  );
  return problems;
}

const started = performance.now();
const stories = storyEntries().filter((s) => !values.only || s.id.includes(values.only));
const { server, base } = await serveStorybook(undefined, { flatImages: true });
/** @type {string[]} */
let problems = [];
try {
  // The engines side by side: each spends much of its time waiting on its pages.
  const results = await Promise.all(
    values.engines.split(',').map((name) => runEngine(name, stories, base)),
  );
  problems = results.flat();
} finally {
  server.close();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(
    `visual: ${problems.length} problem(s) in ${seconds} s:\n  ${problems.join('\n  ')}`,
  );
  console.error(
    `visual: diff images (changed pixels red) and the new pictures are in ${relative(root, join(VISUAL, 'output'))}/<engine>-<major>/;` +
      ' if a change is wanted, run `npm run test:visual -- --update` and commit the baselines.',
  );
  process.exit(1);
}
console.log(
  `visual: ${stories.length} stories, no picture changed, no axe violation (${seconds} s)`,
);
