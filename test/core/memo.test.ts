// memoize (src/core/memo.ts): the widgets derive their views (sorted, filtered, indexed) through
// it once per change of feed or setting. What it must do: answer again without computing for the
// same arguments, compute again for any other, and hand back the very same object, so that a
// render that passes it on sees nothing changed.
import { expect } from '@open-wc/testing';
import { memoize } from '../../src/core/memo.js';

/** A memoized `compute` and the arguments of each real computation. */
function counted<A extends unknown[], R>(compute: (...args: A) => R) {
  const calls: A[] = [];
  const memo = memoize((...args: A) => {
    calls.push(args);
    return compute(...args);
  });
  return { memo, calls };
}

describe('memoize', () => {
  it('answers the same arguments again without computing, with the very same object', () => {
    const items = [3, 1, 2];
    const { memo, calls } = counted((list: number[], order: string) =>
      [...list].sort((a, b) => (order === 'up' ? a - b : b - a)),
    );
    const first = memo(items, 'up');
    expect(first).to.deep.equal([1, 2, 3]);
    expect(memo(items, 'up')).to.equal(first);
    expect(memo(items, 'up')).to.equal(first);
    expect(calls.length).to.equal(1);
  });

  it('computes again when any argument changes, compared with === (a copy is another argument)', () => {
    const items = [3, 1, 2];
    const { memo, calls } = counted((list: number[], order: string) =>
      [...list].sort((a, b) => (order === 'up' ? a - b : b - a)),
    );
    const up = memo(items, 'up');
    const down = memo(items, 'down');
    expect(down).to.deep.equal([3, 2, 1]);
    // Equal content, another array: a feed fetched again is new data.
    const copy = memo([...items], 'down');
    expect(copy).to.deep.equal([3, 2, 1]);
    expect(copy).to.not.equal(down);
    expect(up).to.not.equal(down);
    expect(calls.length).to.equal(3);
  });

  it('remembers only the last answer: going back to earlier arguments computes again', () => {
    const { memo, calls } = counted((n: number) => ({ n }));
    const one = memo(1);
    memo(2);
    const again = memo(1);
    expect(again).to.deep.equal({ n: 1 });
    expect(again).to.not.equal(one);
    expect(calls.map(([n]) => n)).to.deep.equal([1, 2, 1]);
  });

  it('counts the arguments: an extra undefined is another call', () => {
    const { memo, calls } = counted((a: string, b?: string) => `${a}${b ?? ''}`);
    memo('x');
    memo('x', undefined);
    memo('x', undefined);
    expect(calls.length).to.equal(2);
  });

  it('remembers an answer that is itself undefined or falsy', () => {
    const { memo, calls } = counted((n: number) => (n > 0 ? n : undefined));
    expect(memo(0)).to.equal(undefined);
    expect(memo(0)).to.equal(undefined);
    expect(calls.length).to.equal(1);
  });

  it('does not remember a computation that threw', () => {
    let fail = true;
    const { memo, calls } = counted((n: number) => {
      if (fail) throw new Error('not yet');
      return n * 2;
    });
    expect(() => memo(2)).to.throw('not yet');
    fail = false;
    expect(memo(2)).to.equal(4);
    expect(calls.length).to.equal(2);
  });
});
