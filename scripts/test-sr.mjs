// npm run test:sr: what a blind visitor hears, from a real screen reader (issue #30).
//
//   node scripts/test-sr.mjs            each widget's journeys in one language (rotated by the
//                                       day, so nl, en and fr all occur), the AT-SPI trees in all three
//   node scripts/test-sr.mjs --all      every journey in every language, in Chromium, then in
//                                       Firefox (the words that matter, not whole transcripts)
//   node scripts/test-sr.mjs --update   rewrites the transcripts and trees it compares
//   (--no-firefox: --all without Firefox, as for `--all --update`)
//
// As root it installs what is missing from Debian's packages (Orca, pyatspi, speech-dispatcher,
// dbus-x11, xdotool, Xvfb), then starts under one temp dir: Xvfb, a private session bus, the
// AT-SPI bus, speech-dispatcher writing each utterance to a file (no audio), Orca with its own
// settings (scripts/sr/desktop.mjs) in the language of the page, and Debian's Chromium, not
// headless (scripts/sr/session.mjs), on pages served from dist/ with fixed feeds
// (scripts/sr/site.mjs). Journeys (scripts/sr/journeys.mjs) press real keys and check the
// words Orca said; each widget's main journey is compared with its committed transcript
// (docs/screen-reader/) and each page's AT-SPI tree with its snapshot (test/screen-reader/trees/),
// and only on the Orca and Chromium versions they name. Everything it started is stopped by PID.
import { spawn, spawnSync } from 'node:child_process';
import { ORCA_LOCALES, PYTHON, startDesktop } from './sr/desktop.mjs';
import { journeys, stateJourneys, wordsFor } from './sr/journeys.mjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openLane, ROOT, seconds } from './lane/lane.mjs';
import { stillRunningIn, waitUntil } from './lane/processes.mjs';
import { readFileSync } from 'node:fs';
import { INTL_LOCALES, messagesOf } from './sr/messages.mjs';
import { checkRecord, transcriptBody, transcriptFile, treeFile } from './sr/records.mjs';
import { runJourney } from './sr/run-journey.mjs';
import { startChromium, startFirefox } from './sr/session.mjs';
import { pageTitle, startSite, WIDGETS } from './sr/site.mjs';

const PACKAGES = [
  'orca',
  'python3-pyatspi',
  'gir1.2-atspi-2.0',
  'speech-dispatcher',
  'speech-dispatcher-espeak-ng',
  'dbus-x11',
  'xdotool',
  'xvfb',
  'locales',
];
const args = process.argv.slice(2);
const ALL = args.includes('--all');
const UPDATE = args.includes('--update');
/** `--only <widget>` and `--no-trees`: for a quick look while working on one widget. */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const TREES = !args.includes('--no-trees');
const FIREFOX = args.includes('--firefox');
/** `--firefox --skip-chromium`: Firefox's journeys alone, while working on them. */
const SKIP_CHROMIUM = args.includes('--skip-chromium');
const JOURNEYS = !args.includes('--no-journeys');
/** @type {import('./sr/messages.mjs').Lang[]} */
const LANGS = ['nl', 'en', 'fr'];
const WIDGET_IDS = Object.keys(WIDGETS).filter((id) => !ONLY || id === ONLY);

const lane = openLane({
  id: 'sr',
  title: 'Screen reader lane',
  packages: PACKAGES,
  removed: 'temp dir',
});

// Chromium's crash handler detaches from it and outlives it; it is ours (its command line names
// the lane's dir), so it is stopped by its PID after everything else (undo runs newest first).
lane.undo.push(async () => {
  for (const line of stillRunningIn(lane.dir)) {
    const [pid, command] = [Number(line.split(' ')[0]), line.slice(line.indexOf(' ') + 1)];
    if (command.includes('chrome_crashpad_handler')) process.kill(pid, 'SIGTERM');
  }
  await sleep(300);
});

/** Each widget's language today: the day of the year turns the three over the five widgets. */
const day = Math.floor(Date.now() / 86400000);
const langOf = (/** @type {number} */ i) => LANGS[(i + day) % LANGS.length];
const langOfWidget = (/** @type {string} */ widget) => langOf(Object.keys(WIDGETS).indexOf(widget));

/** @param {string} line */
const say = (line) => {
  console.log(line);
  lane.lines.push(line);
};
const fail = (/** @type {string} */ line) => {
  lane.failed += 1;
  say(`  FAIL ${line}`);
};

try {
  const t = messagesOf(ROOT);
  const stats = JSON.parse(readFileSync(`${ROOT}/demo/data/stats.json`, 'utf8'));
  const site = await startSite(ROOT);
  lane.undo.push(site.close);
  const desktop = await startDesktop(lane.dir);
  const orcaVersion =
    spawnSync('orca', ['--version'], { encoding: 'utf8' }).stdout.trim().split(/\s+/).pop() ?? '';
  const session = await startChromium(desktop, lane.dir, `${site.origin}/start`);
  const versions = { orca: orcaVersion, browser: session.version };
  say(`  Orca ${orcaVersion}, ${session.version}`);

  /** Orca's own words in each language, from its catalogs. */
  const orcaWords = Object.fromEntries(
    LANGS.map((lang) => {
      const out = spawnSync(PYTHON, [`${ROOT}/scripts/sr/orca-words.py`], {
        env: { ...desktop.env, LANG: ORCA_LOCALES[lang], LANGUAGE: lang },
        encoding: 'utf8',
      });
      if (out.status !== 0) throw new Error(`orca-words.py ${lang}: ${out.stderr}`);
      return [lang, JSON.parse(out.stdout)];
    }),
  );

  /** Records the browser's selection changes for `seconds` (scripts/sr/atspi-events.py). */
  const listen = async (/** @type {number} */ seconds) => {
    const child = spawn(PYTHON, [`${ROOT}/scripts/sr/atspi-events.py`, String(seconds)], {
      env: desktop.env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await waitUntil(() => out.includes('listening'), 10000, 'the AT-SPI event listener');
    return async () => {
      await exited;
      return out.split('\n').filter((line) => line.startsWith('object:'));
    };
  };

  /** The AT-SPI tree of the page open now, as text. @param {string} title */
  const tree = (title) => {
    const out = spawnSync(PYTHON, [`${ROOT}/scripts/sr/atspi-tree.py`, 'chrom', title], {
      env: desktop.env,
      encoding: 'utf8',
      timeout: 20000,
    });
    if (out.status !== 0) throw new Error(`no AT-SPI tree for "${title}": ${out.stderr.trim()}`);
    return out.stdout;
  };
  const record = (
    /** @type {string} */ file,
    /** @type {string} */ title,
    /** @type {string} */ body,
    /** @type {string} */ what,
  ) => {
    const outcome = checkRecord(file, title, body, versions, UPDATE);
    const name = file.slice(ROOT.length + 1);
    if (outcome.status === 'differs') fail(`${what} no longer matches ${name}: ${outcome.detail}`);
    else if (outcome.status === 'missing') fail(`${what}: no ${name} (run with --update)`);
    else if (outcome.status === 'other-versions')
      lane.notes.push(
        `  WARNING ${name} not compared: ${outcome.detail}, this run has Orca ${versions.orca} and ${versions.browser} (not a widget failure; --update records them anew)`,
      );
    else if (outcome.status === 'written') say(`  wrote ${name}`);
  };

  // The AT-SPI trees: every widget ready in every language, its other states in its language of
  // the day (with --all in every language); no speech needed, so Orca waits.
  const treesStarted = Date.now();
  let trees = 0;
  for (const widget of TREES ? WIDGET_IDS : []) {
    for (const state of /** @type {const} */ (['ready', 'loading', 'error', 'empty'])) {
      for (const lang of LANGS) {
        if (lane.closing) break;
        if (!ALL && state !== 'ready' && lang !== langOfWidget(widget)) continue;
        // The calendar on a fixed month: its tree must not change with today's date.
        const month = widget === 'event-calendar' ? 'month="2026-01" ' : '';
        const url = site.pageUrl({ widget, lang, state, attrs: `${month}heading-level="2"` });
        await session.open(url, { tag: `uzl-${widget}`, busy: state === 'loading' });
        const title = pageTitle(widget, lang, state);
        let text = '';
        for (let attempt = 0; attempt < 3 && !text.includes(`uzl-${widget}`); attempt += 1)
          text = tree(title);
        // Fault b: a key figure's value and label glued into one word ("782 208Consultations")
        // in the text the browser gives screen readers and braille displays.
        if (widget === 'stats-counter' && state === 'ready')
          for (const stat of stats.stats) {
            const glued = `${new Intl.NumberFormat(INTL_LOCALES[lang]).format(stat.value)}${stat.label[lang] ?? stat.label}`;
            if (
              text.replace(/[\u00a0\u202f]/g, ' ').includes(glued.replace(/[\u00a0\u202f]/g, ' '))
            )
              fail(`the ${lang} key figures' tree reads "${glued}" as one word`);
          }
        record(
          treeFile(ROOT, widget, state, lang),
          `AT-SPI tree: uzl-${widget}, ${state}, ${lang}`,
          '```\n' + text.trimEnd() + '\n```',
          `the ${widget} ${state} tree (${lang})`,
        );
        trees += 1;
      }
    }
  }
  say(`  ${trees} AT-SPI trees in ${seconds(treesStarted)} s`);

  // The journeys, grouped by language so Orca starts once per language.
  const plan = LANGS.map((lang) => {
    const w = wordsFor(ROOT, lang, t, orcaWords[lang]);
    const widgets = WIDGET_IDS.filter((id) => ALL || langOfWidget(id) === lang);
    return {
      lang,
      list: [...journeys(w), ...stateJourneys(w)].filter((j) => widgets.includes(j.widget)),
    };
  });
  /**
   * Every journey of the plan in one browser. Chromium's main journeys are the transcripts;
   * Firefox checks the same words a visitor must hear, not whole transcripts.
   * @param {import('./sr/session.mjs').Session} browser @param {string} engine
   */
  const runPlan = async (browser, engine) => {
    const records = engine === 'chromium';
    for (const { lang, list } of plan) {
      if (list.length === 0 || lane.closing || !JOURNEYS) continue;
      const started = Date.now();
      await desktop.orca(lang);
      // Orca is ready once it has said so, in its language.
      const ready = orcaWords[lang]['screen reader on'];
      let heard = '';
      for (let waited = 0; waited < 30 && !heard.includes(ready); waited += 1)
        heard += (await browser.heard(1000, 5000)).join('\n');
      if (!heard.includes(ready)) throw new Error(`Orca (${lang}) did not say "${ready}"`);
      const voices = new Set();
      const tag = records ? '' : `${engine} `;
      for (const journey of list) {
        if (lane.closing) break;
        if (engine === 'firefox' && journey.page.reducedMotion) continue;
        const began = Date.now();
        const url = site.pageUrl({ widget: journey.widget, lang, ...journey.page });
        const result = await runJourney(browser, journey, url, listen, orcaWords[lang], {
          liveMaySkip: engine === 'firefox',
        });
        for (const what of result.skipped)
          lane.notes.push(
            `  WARNING ${tag}${lang} ${what} never heard (Firefox gave Orca no event)`,
          );
        for (const v of result.voices) voices.add(v);
        if (result.failures.length === 0)
          say(`  ok   ${tag}${lang} ${journey.widget}: ${journey.name} (${seconds(began)} s)`);
        for (const failure of result.failures) fail(`${tag}${lang} ${failure}`);
        if (journey.main && records)
          record(
            transcriptFile(ROOT, journey.widget, lang),
            `uzl-${journey.widget}, ${lang}: what a screen reader says`,
            transcriptBody(result.transcript),
            `the ${journey.widget} transcript (${lang})`,
          );
        if (process.env.UZL_SR_VERBOSE) console.log(result.transcript.join('\n'));
      }
      lane.notes.push(
        `  ${engine}: Orca in ${lang} (${ORCA_LOCALES[lang]}) spoke with the voice language(s) ${[...voices].join(', ')}; ${list.length} journeys in ${seconds(started)} s`,
      );
    }
  };
  if (!SKIP_CHROMIUM) await runPlan(session, 'chromium');
  // With --all, Firefox too (--firefox for a look at it without the rest of --all).
  if ((ALL || FIREFOX) && !args.includes('--no-firefox') && JOURNEYS && !lane.closing) {
    await session.close();
    const firefox = await startFirefox(desktop, lane.dir, `${site.origin}/start`, (pid) =>
      lane.undo.push(async () => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }),
    );
    say(`  then ${firefox.version} (reduced motion is Chromium's only: BiDi cannot emulate it)`);
    try {
      await runPlan(firefox, 'firefox');
    } finally {
      await firefox.close();
    }
  }
} catch (error) {
  if (!lane.closing) fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
await lane.close();
