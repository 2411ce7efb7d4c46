// Editor data and framework types, generated from custom-elements.json by the maintained
// generators (break-stuff/cem-tools) as the last step of `npm run build`. They run as plain
// functions on the finished manifest, after the analyzer's plugins have written the package's
// module paths, literal unions and defaults into it. Everything lands in dist/ (build output,
// in package.json's `files`):
//
//   dist/jsx.d.ts                       `uzl-widgets/jsx`: the tags in React's JSX.IntrinsicElements
//   dist/jsx-elements.d.ts              the generated props of each tag, which jsx.d.ts registers
//   dist/vue.d.ts                       `uzl-widgets/vue`: the tags in Vue's GlobalComponents
//   dist/jsx.js, dist/vue.js            empty modules, so that `import 'uzl-widgets/jsx'` builds
//   dist/vscode.html-custom-data.json   VS Code: tags, attributes and their values
//   dist/vscode.css-custom-data.json    VS Code: --uzl-* custom properties and ::part() names
//   dist/web-types.json                 JetBrains IDEs (package.json `web-types`)
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUT = 'dist';

/**
 * Every generator writes into dist/. The editors list the CSS custom properties in their CSS
 * data, where they are completed and described; an element's hover need not repeat them (the
 * generators would also print "(default: undefined)" for each: our tokens give their defaults
 * in their descriptions).
 */
const editorOptions = { outdir: OUT, hideCssPropertiesDocs: true, hideLogs: true };

/**
 * The manifest as the type generators read it. They write an event's `type` into
 * `CustomEvent<…>` themselves, where the manifest (by its schema) has the whole event type;
 * the detail is the one each event declares in GlobalEventHandlersEventMap (src/core/events.ts
 * and beside each element), a global the package's types already bring along. Read-only
 * properties (`resolvedLang`) cannot be set from a template, so they are not props.
 */
function forTypeGenerators(manifest) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    declaration.members = declaration.members?.filter((m) => !m.readonly);
    for (const event of declaration.events ?? [])
      event.type = { text: `GlobalEventHandlersEventMap['${event.name}']['detail']` };
  }
  return copy;
}

const camelize = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The type generators' view for Vue. vue-tsc checks a template the way Vue compiles it:
 * `heading-level` as the prop `headingLevel`, `@uzl-load` as `onUzlLoad` (which Vue's runtime
 * listens to as `uzl-load`). The generator names props after the attribute and `on` + the
 * event name, so here they carry the names Vue looks up.
 */
function forVue(manifest) {
  const copy = forTypeGenerators(manifest);
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const attr of declaration.attributes ?? []) attr.name = camelize(attr.name);
    for (const event of declaration.events ?? []) {
      event.description = `\`@${event.name}\`: ${event.description ?? ''}`;
      const name = camelize(event.name);
      event.name = name[0].toUpperCase() + name.slice(1);
    }
  }
  return copy;
}

/** The package export that defines a tag: `dist/uzl-news-list.js` → `uzl-widgets/news-list.js`. */
function packageSpecifier(module) {
  const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
  return `${name}/${module.replace(/^dist\/uzl-/, '')}`;
}

export function generateIntegrations(manifest) {
  const typed = forTypeGenerators(manifest);
  // Types are looked up on the classes (`UzlNewsList['layout']`), so a prop accepts exactly
  // what the property does: `data` its feed type, `limit` a number.
  const shared = { ...editorOptions, globalTypePath: './index.js' };

  generateJsxTypes(typed, { ...shared, fileName: 'jsx-elements.d.ts' });
  // The generator leaves registering the tags to the user (`declare module "my-app"`); for
  // React 19 that is React's own JSX namespace, which `jsx: react-jsx` reads.
  writeFileSync(
    `${OUT}/jsx.d.ts`,
    `// uzl-widgets/jsx: the five tags, typed, in React's JSX (React 19, jsx: react-jsx).
// \`import type {} from 'uzl-widgets/jsx';\` once, or add it to tsconfig's "types".
import type { CustomElements } from './jsx-elements.js';

export type { CustomElements, ScopedElements } from './jsx-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
  );

  generateVuejsTypes(forVue(manifest), { ...shared, fileName: 'vue.d.ts' });
  // Besides Vue's GlobalComponents, the generator registers the tags in the global JSX
  // namespace with Vue component types. Vue 3.3+ does not read that namespace, and React
  // and Preact would get Vue types for these tags: keep the GlobalComponents part only.
  const vue = readFileSync(`${OUT}/vue.d.ts`, 'utf8');
  const globalJsx = /\n\s*declare global \{\s*namespace JSX \{[\s\S]*?\n\s*\}\s*\n\s*\}\s*$/;
  if (!globalJsx.test(vue)) throw new Error('integrations: vue.d.ts has changed shape');
  writeFileSync(`${OUT}/vue.d.ts`, vue.replace(globalJsx, '\n'));

  // Both entries are types. Written `import 'uzl-widgets/jsx'` (not `import type {}`), the
  // line type-checks, and a bundler then looks for a module to run: it finds one that does
  // nothing, instead of failing the build on an export with no JavaScript.
  for (const entry of ['jsx', 'vue']) {
    writeFileSync(
      `${OUT}/${entry}.js`,
      `// uzl-widgets/${entry} holds types only (${entry}.d.ts); this module is empty on purpose.\nexport {};\n`,
    );
  }

  generateVsCodeCustomElementData(manifest, {
    ...editorOptions,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  editJson(`${OUT}/vscode.css-custom-data.json`, (data) => {
    data.properties = unique(data.properties);
    data.pseudoElements = unique(data.pseudoElements);
  });

  generateJetBrainsWebTypes(manifest, {
    ...editorOptions,
    webTypesFileName: 'web-types.json',
    // An editor's auto-import: `import 'uzl-widgets/news-list.js'` defines the tag.
    modulePathTemplate: (_name, module) => packageSpecifier(module),
  });
  editJson(`${OUT}/web-types.json`, (data) => {
    const css = data.contributions.css;
    css.properties = unique(css.properties);
    css['pseudo-elements'] = unique(css['pseudo-elements']);
  });
}

/** The generators list the shared tokens and parts once per element that inherits them. */
function unique(entries) {
  const seen = new Set();
  return entries.filter((entry) => {
    const key = JSON.stringify(entry);
    return !seen.has(key) && seen.add(key);
  });
}

function editJson(file, edit) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
