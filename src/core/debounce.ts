/**
 * Work that waits for a pause: while calls keep coming (a visitor typing), only the last one
 * runs, `delay` ms after it. One helper instead of a timer field and its `clearTimeout`s kept
 * by hand in every element.
 */
export interface Debounced<A extends unknown[]> {
  /** Runs the work with these arguments once `delay` ms pass without another call. */
  (...args: A): void;
  /** Runs the work at once, dropping the run that was waiting (Enter in a search box). */
  now(...args: A): void;
  /** Drops the run that was waiting, if any (the element left the page). */
  cancel(): void;
}

export function debounce<A extends unknown[]>(
  work: (...args: A) => void,
  delay: number,
): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const later = (...args: A) => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      work(...args);
    }, delay);
  };
  return Object.assign(later, {
    now: (...args: A) => {
      cancel();
      work(...args);
    },
    cancel,
  });
}
