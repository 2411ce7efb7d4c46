// debounce (src/core/debounce.ts), with the browser's real timers: the publications search
// waits for a pause in the typing, runs at once on Enter, and drops a waiting run when the
// element leaves the page. Waits are short (a 40 ms delay); every "not yet" is checked by a
// timer due before the debounced one, which the browser runs first even when the page is slow.
import { expect } from '@open-wc/testing';
import { debounce } from '../../src/core/debounce.js';
import { sleep, until } from '../helpers/feeds.js';

const DELAY = 40;

/** A debounced recorder: each run's argument and when it ran. */
function recorder() {
  const runs: { value: string; at: number }[] = [];
  const debounced = debounce((value: string) => {
    runs.push({ value, at: performance.now() });
  }, DELAY);
  return { debounced, runs };
}

describe('debounce', () => {
  it('runs once, with the last arguments, a full delay after the last call', async () => {
    const { debounced, runs } = recorder();
    debounced('l');
    await sleep(DELAY / 4);
    debounced('lu');
    await sleep(DELAY / 4);
    const last = performance.now();
    debounced('lun');
    await sleep(DELAY / 2);
    expect(runs, 'nothing runs while the calls keep coming').to.deep.equal([]);
    await until(() => runs.length > 0, 'the debounced run');
    await sleep(DELAY * 2);
    expect(runs.map((r) => r.value)).to.deep.equal(['lun']);
    // Timers never fire early; a millisecond for the clocks' rounding.
    expect(runs[0]!.at - last).to.be.at.least(DELAY - 1);
  });

  it('runs again for a call after the last run', async () => {
    const { debounced, runs } = recorder();
    debounced('a');
    await until(() => runs.length === 1, 'the first run');
    debounced('b');
    await until(() => runs.length === 2, 'the second run');
    expect(runs.map((r) => r.value)).to.deep.equal(['a', 'b']);
  });

  it('now() runs at once with its own arguments and drops the waiting run (Enter)', async () => {
    const { debounced, runs } = recorder();
    debounced('lun');
    debounced.now('lung');
    expect(runs.map((r) => r.value)).to.deep.equal(['lung']);
    await sleep(DELAY * 3);
    expect(
      runs.map((r) => r.value),
      'the waiting run never comes',
    ).to.deep.equal(['lung']);
  });

  it('cancel() drops the waiting run, and a later call still runs', async () => {
    const { debounced, runs } = recorder();
    debounced('gone');
    await sleep(DELAY / 2);
    debounced.cancel();
    await sleep(DELAY * 3);
    expect(runs).to.deep.equal([]);
    // Nothing waiting: cancel() again does no harm.
    debounced.cancel();
    debounced('back');
    await until(() => runs.length === 1, 'the run after cancel()');
    expect(runs[0]!.value).to.equal('back');
  });

  it('each debounced function waits on its own', async () => {
    const first = recorder();
    const second = recorder();
    first.debounced('one');
    second.debounced('two');
    second.debounced.cancel();
    await until(() => first.runs.length === 1, 'the first function’s run');
    await sleep(DELAY);
    expect(first.runs.map((r) => r.value)).to.deep.equal(['one']);
    expect(second.runs).to.deep.equal([]);
  });
});
