// Writes src/react/react-components.ts (`uzl-widgets/react`) from the registry
// (src/widgets.ts): one @lit/react component per widget, named after its element class, with
// the widget's own events as typed props beside `onUzlLoad` and `onUzlError`. The build runs
// it first (scripts/build.mjs); test/node/registry.test.mjs fails when the committed copy is
// stale. `node scripts/react-components.mjs` writes it by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { WIDGETS } from './registry.mjs';

export const REACT_COMPONENTS = fileURLToPath(
  new URL('../src/react/react-components.ts', import.meta.url),
);

const HEADER = `// Generated from the registry (src/widgets.ts) by scripts/react-components.mjs: do not edit.
/**
 * \`uzl-widgets/react\`: the widgets as React components, made with \`@lit/react\`.
 *
 * React 19 already sets properties on defined custom elements; these wrappers add what it
 * does not: the element is defined by importing this module (no \`[object Object]\` attribute
 * when React renders first), props are typed from the element classes (\`data\` by its feed),
 * and the \`uzl-…\` events come as camel-case props with typed details (\`onUzlLoad\`).
 *
 * The components carry the elements' names (\`UzlNewsList\` here is the React component; the
 * element class of that name comes from \`uzl-widgets\`). \`react\` and \`@lit/react\` are optional
 * peer dependencies: only this entry imports them.
 */`;

/** `uzl-month-change` → `onUzlMonthChange`. */
const propName = (event) =>
  `on${event.replace(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase())}`;

/** The event as a typed prop: its detail is the one GlobalEventHandlersEventMap declares. */
const eventProp = (event) =>
  `${propName(event)}: '${event}' as EventName<GlobalEventHandlersEventMap['${event}']>,`;

/** The module's text, before prettier. */
function source() {
  const imports = WIDGETS.map(
    (w) => `import { ${w.className} as ${w.className}Element } from '../${w.id}/${w.tag}.js';`,
  );
  const components = WIDGETS.map((w, index) => {
    const events =
      w.events.length === 0
        ? 'feedEvents'
        : `{ ...feedEvents, ${w.events.map(eventProp).join(' ')} }`;
    return `/** \`<${w.tag}>\`: ${w.summary} */
export const ${w.className} = createComponent({
  tagName: '${w.tag}',
  elementClass: ${w.className}Element,
  ${index === 0 ? '// Named by hand: a minifier may rename the class React DevTools would show.\n  ' : ''}displayName: '${w.className}',
  react: React,
  events: ${events},
});`;
  });
  return `${HEADER}
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
${imports.join('\n')}

/** The events every widget fires, as React props. */
const feedEvents = {
  ${eventProp('uzl-load')}
  ${eventProp('uzl-error')}
};

${components.join('\n\n')}
`;
}

/** The module as it should read, formatted as the repository's prettier does. */
export async function reactComponents() {
  const options = await resolveConfig(REACT_COMPONENTS);
  return format(source(), { ...options, filepath: REACT_COMPONENTS });
}

/** Writes the module when it differs; returns whether it did. */
export async function writeReactComponents() {
  const text = await reactComponents();
  const current = readFileSync(REACT_COMPONENTS, 'utf8');
  if (current === text) return false;
  writeFileSync(REACT_COMPONENTS, text);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeReactComponents();
