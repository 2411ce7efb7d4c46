// Nothing thrown that nobody caught: records window errors and unhandled rejections for the
// whole test file, and fails any test that leaves one behind. Call once at a file's top level.
import { expect } from '@open-wc/testing';

export function failOnUncaught(): void {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    uncaught.push(`unhandledrejection: ${String(event.reason)}`);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    expect(uncaught.splice(0), 'uncaught errors / unhandled rejections').to.deep.equal([]);
  });
}
