// Runs one journey in the session: opens its page, presses each step's keys, collects what Orca
// said after them and checks the step's words. Returns the transcript (the steps and their
// utterances, without the language tag speech-dispatcher got) and the failures, worded for a
// person reading the lane's output.

/** Spaces as a visitor hears them: no-break and narrow no-break spaces are spaces. */
const norm = (/** @type {string} */ text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** How often `part` occurs in `text`, letter case aside (CSS may capitalize a heading). */
const count = (/** @type {string} */ text, /** @type {string} */ part) =>
  part === '' ? 0 : norm(text).toLowerCase().split(norm(part).toLowerCase()).length - 1;
/** An utterance as said, without Orca's closing full stop. */
const utterance = (/** @type {string} */ line) => norm(line).replace(/\.$/, '');

/**
 * @param {import('./session.mjs').Session} session
 * @param {import('./journeys.mjs').Journey} journey
 * @param {string} url the journey's page
 * @param {(seconds: number) => Promise<() => Promise<string[]>>} listen starts recording the
 *   browser's selection changes; what it returns stops and gives them
 * @param {Record<string, string>} orca Orca's words in its language
 * @param {{ liveMaySkip?: boolean }} [options] an announcement never heard is noted, not a
 *   failure: Firefox sometimes passes no event for live text at all (TOOLCHAIN.md), a fault of
 *   neither the widget nor the journey; heard twice is still a failure
 * @returns {Promise<{ transcript: string[], failures: string[], voices: Set<string>, skipped: string[] }>}
 */
export async function runJourney(session, journey, url, listen, orca, options = {}) {
  const { liveMaySkip = false } = options;
  /** @type {string[]} announcements the browser did not pass on at all (Firefox) */
  const skipped = [];
  /** @type {string[]} */
  const transcript = [];
  /** @type {string[]} */
  const failures = [];
  const voices = new Set();
  await session.heard(300, 3000);
  for (let [index, step] of journey.steps.entries()) {
    const events =
      step.selectionChanges !== undefined ? await listen(step.keys.length ? 4 : 8) : undefined;
    if (index === 0) {
      await session.open(url, {
        width: journey.page.width,
        reducedMotion: journey.page.reducedMotion,
        tag: journey.page.state === 'loading' ? undefined : `uzl-${journey.widget}`,
      });
    }
    if (step.reload) {
      // A new visit: what Orca said of the old page is not this step's.
      await session.open(url, {
        width: journey.page.width,
        reducedMotion: journey.page.reducedMotion,
        tag: `uzl-${journey.widget}`,
      });
      await session.heard(900, 8000);
    }
    if (step.wait) await new Promise((resolve) => setTimeout(resolve, step.wait));
    if (step.hash) await session.setHash(step.hash);
    await session.press(step.keys);
    if (step.type) await session.type(step.type);
    // Say-all reads for a while; a page loading or a search waits for the widget to speak.
    let lines = await session.heard(
      step.keys.includes('KP_Add') ? 1500 : (step.quiet ?? 900),
      20000,
    );
    if (step.focusMode) {
      // Orca switches to focus mode on a widget by itself, but not always (it keeps browse
      // mode while it thinks the page still loads): then the visitor presses Orca+A.
      const modes = [...transcript, ...lines.map((line) => line.replace(/^\S+ /, ''))]
        .map(utterance)
        .filter((line) => line === orca['focus mode'] || line === orca['browse mode']);
      if (modes.at(-1) !== orca['focus mode']) {
        await session.press(['Insert+a']);
        lines = [...lines, ...(await session.heard(900, 5000))];
        step = { ...step, keys: [...step.keys, 'Insert+a'] };
      }
      await session.press(step.then ?? []);
      lines = [...lines, ...(await session.heard(900, 8000))];
      step = { ...step, keys: [...step.keys, ...(step.then ?? [])] };
    }
    const said = lines.map((line) => {
      const [voice, ...rest] = line.split(' ');
      voices.add(voice ?? '');
      return norm(rest.join(' '));
    });
    const typed = step.type ? ` "${step.type}"` : '';
    transcript.push(
      `> ${step.say}${step.keys.length || typed ? ` (${[...step.keys].join(' ')}${typed})` : ''}`,
    );
    for (const line of said) transcript.push(line);
    const all = said.join(' \n ');
    const where = `${journey.widget} "${journey.name}", ${step.say}`;
    for (const words of step.hear ?? [])
      if (count(all, words) === 0) failures.push(`${where}: did not hear "${words}"`);
    // An announcement is an utterance of its own: count those, not the words inside others (a
    // day "9 February 2026" is not the month's announcement "February 2026").
    for (const words of step.once ?? []) {
      const n = said.filter((line) => utterance(line) === utterance(words)).length;
      if (n === 0 && liveMaySkip) skipped.push(`${where}: "${words}"`);
      else if (n !== 1) failures.push(`${where}: heard "${words}" ${n} times, not once`);
    }
    // What the widget shows after the step, said once: a count a search left, never one of the
    // counts it went through while the visitor typed.
    if (step.shownOnce) {
      const shown = await session.shownText(`uzl-${journey.widget}`, step.shownOnce.selector);
      const n = said.filter((line) => utterance(line) === utterance(shown)).length;
      if (!shown) failures.push(`${where}: the widget shows no ${step.shownOnce.selector}`);
      else if (n !== 1) failures.push(`${where}: heard "${shown}" ${n} times, not once`);
      const others = said.filter(
        (line) =>
          step.shownOnce?.like.test(utterance(line)) && utterance(line) !== utterance(shown),
      );
      if (others.length > 0)
        failures.push(
          `${where}: heard other counts too: ${others.map((l) => `"${l}"`).join(', ')}`,
        );
    }
    for (const words of step.never ?? [])
      if (count(all, words) > 0) failures.push(`${where}: heard "${words}"`);
    if (events) {
      const changes = await events();
      if (changes.length > (step.selectionChanges ?? 0))
        failures.push(
          `${where}: the browser reported ${changes.length} selection change(s) (${changes[0]}), ${step.selectionChanges} expected: Orca may take one nobody made for a move of the focus`,
        );
    }
    if ((step.hear?.length || step.once?.length) && said.length === 0)
      failures.push(`${where}: Orca said nothing`);
  }
  // A journey that is not quiet at its end leaves words for the next.
  await session.press(['Escape']);
  return { transcript, failures, voices, skipped };
}
