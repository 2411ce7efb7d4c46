/** The warnings each element has given, so that re-renders and repeated attributes do not repeat them. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * One `console.warn` to the page's developer, `<tag> message`, given once per element and
 * message: a widget's settings that name what the feed lacks (core/match-id.ts), a `data`
 * attribute.
 */
export function warnOnce(host: Element, message: string): void {
  const said = warned.get(host) ?? new Set<string>();
  if (said.has(message)) return;
  warned.set(host, said.add(message));
  console.warn(`<${host.localName}> ${message}`);
}
