/**
 * The feed request the drop-in loader started for a tag before its widget was defined
 * (src/loader/start-early.ts), in the page-wide table both files name by
 * `Symbol.for('uzl-widgets.started-early')`, under `<credentials> <URL>`. Each is taken once,
 * by the first widget whose own first request it stands for; a page without the loader (the
 * all-in-one file, an app's bundle) has none, and the widget asks for itself.
 */
interface HeadStart {
  response: Promise<Response>;
  abort: () => void;
}

const KEY = Symbol.for('uzl-widgets.started-early');

function take(key: string): HeadStart | undefined {
  const started = (globalThis as Record<symbol, Map<string, HeadStart> | undefined>)[KEY];
  const start = started?.get(key);
  started?.delete(key);
  return start;
}

/** The feed request the loader started for `url` with these `credentials`, if no one took it yet. */
export const takeStartedFeed = (url: string, credentials: RequestCredentials) =>
  take(`${credentials} ${url}`);
