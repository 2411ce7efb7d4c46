// A cem analyzer plugin that turns what `cem analyze --litelement` reads from src/ into the
// manifest the *package* needs: the one editors, Storybook, framework type generators and
// the package's users read (custom-elements.json, shipped in the tarball).
//
// What cem 0.11 gets wrong for our source, and what this plugin does about it:
//   - `UzlNewsList.define('uzl-news-list')` is not a `customElements.define()` call, so no tag
//     had a `custom-element-definition`: every `<Class>.define('<tag>')` call becomes one.
//   - `customElements.define(tag, this as …)` inside `UzlElement.define` became a definition of
//     a class named `anonymous_0`: definitions and declarations named `anonymous_<n>` go.
//   - `@internal` / `@ignore` on a field hides it only until cem meets an assignment to it in
//     the constructor (`this.feed = …`): members so marked are removed from their class.
//   - Private and protected members are implementation and subclassing hooks, not what a page
//     or a framework can use: only public members stay (the .d.ts files have the rest).
//   - Attribute types named by an alias (`NewsListLayout`): cem-plugin-expanded-types writes
//     the union next to it as `expandedType`; here it replaces `type`, and aliases from the DOM
//     library (`RequestCredentials`) are written out from TypeScript's lib.dom.d.ts.
//   - Defaults that name a constant (`DEFAULT_LIMIT`) become the constant's literal value.
//   - Members inherited from a generic base (`data?: T` from `UzlFeedElement<T>`) get the
//     subclass's type argument (`NewsFeed`).
//   - Module paths were the src/*.ts files, which the package does not ship: `distModule`
//     (from the config) maps each module to the built file that holds it, modules mapped to
//     the same file are merged, modules it does not map (internal helpers) are left out, and
//     every `module` reference (exports, superclass, inheritedFrom) is rewritten to match.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';

const HIDDEN_TAGS = new Set(['internal', 'ignore']);
const ANONYMOUS = /^anonymous_\d+$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NOT_CONSTANTS = new Set(['undefined', 'null', 'true', 'false', 'NaN', 'Infinity']);

/**
 * @param {object} options
 * @param {(srcPath: string) => string | undefined} options.distModule the built module (a path
 *   in the package, `dist/….js`) that holds what the source module `src/….ts` declares, or
 *   undefined for a module the manifest leaves out.
 */
export function packageManifestPlugin({ distModule }) {
  /** Top-level `const NAME = <literal>` per source module: path → name → literal text. */
  const constants = new Map();
  /** Per class name: its type parameters and the type arguments it passes to its superclass. */
  const generics = new Map();

  return {
    name: 'uzl-package-manifest',

    analyzePhase({ ts, node, moduleDoc, context }) {
      if (ts.isVariableStatement(node) && ts.isSourceFile(node.parent)) {
        if (!(node.declarationList.flags & ts.NodeFlags.Const)) return;
        for (const declaration of node.declarationList.declarations) {
          const literal = literalText(ts, declaration.initializer);
          if (ts.isIdentifier(declaration.name) && literal !== undefined) {
            if (!constants.has(moduleDoc.path)) constants.set(moduleDoc.path, new Map());
            constants.get(moduleDoc.path).set(declaration.name.text, literal);
          }
        }
      } else if (ts.isClassDeclaration(node) && node.name) {
        const extendsClause = node.heritageClauses?.find(
          (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword,
        );
        generics.set(node.name.text, {
          typeParameters: node.typeParameters?.map((p) => p.name.text) ?? [],
          superTypeArguments: extendsClause?.types[0]?.typeArguments?.map((a) => a.getText()) ?? [],
        });
        const hidden = new Set(
          node.members
            .filter((member) =>
              ts.getJSDocTags(member).some((tag) => HIDDEN_TAGS.has(tag.tagName.text)),
            )
            .map((member) => member.name?.getText()),
        );
        const doc = moduleDoc.declarations.find((d) => d.name === node.name.text);
        if (doc && hidden.size > 0) {
          doc.members = doc.members?.filter((member) => !hidden.has(member.name));
          doc.attributes = doc.attributes?.filter((attr) => !hidden.has(attr.fieldName));
        }
      } else if (isDefineCall(ts, node)) {
        // `UzlNewsList.define('uzl-news-list')`: UzlElement's guarded customElements.define.
        const className = node.expression.expression.text;
        const imported = context.imports?.find((i) => i.name === className);
        const module = imported
          ? imported.isBareModuleSpecifier
            ? undefined
            : posix.join(posix.dirname(moduleDoc.path), imported.importPath)
          : moduleDoc.path;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: node.arguments[0].text,
            declaration: module
              ? { name: className, module }
              : { name: className, package: imported.importPath },
          },
        ];
      }
    },

    packageLinkPhase({ customElementsManifest: manifest }) {
      const domAliases = libDomAliases();
      for (const mod of manifest.modules) {
        mod.exports = mod.exports?.filter((e) => !ANONYMOUS.test(e.declaration?.name ?? ''));
        mod.declarations = mod.declarations?.filter((d) => !ANONYMOUS.test(d.name));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // cem's inheritance shares one object between a base class and its subclasses; each
          // class gets its own before anything below changes it for that class.
          declaration.members = structuredClone(
            declaration.members?.filter((m) => !m.privacy || m.privacy === 'public'),
          );
          declaration.attributes = structuredClone(declaration.attributes);
          declaration.events = structuredClone(declaration.events);
          const substitutions = typeArguments(declaration, generics);
          for (const item of [
            ...(declaration.members ?? []),
            ...(declaration.attributes ?? []),
            ...(declaration.events ?? []),
          ]) {
            if (item.expandedType) {
              item.type = { text: item.expandedType.text };
              delete item.expandedType;
            }
            if (item.type?.text) item.type.text = expandAliases(item.type.text, domAliases);
            if (item.inheritedFrom?.name && item.type?.text) {
              const args = substitutions.get(item.inheritedFrom.name);
              if (args) item.type.text = substitute(item.type.text, args);
            }
            if (typeof item.default === 'string' && isConstantName(item.default)) {
              const source = item.inheritedFrom?.module
                ? sourcePath(item.inheritedFrom.module, mod.path)
                : mod.path;
              const value = constants.get(source)?.get(item.default);
              if (value !== undefined) item.default = value;
            }
          }
          // An attribute is its field seen from HTML: what cem could not tell about the
          // attribute (a type inferred from the constant, the constant's value) the field has.
          for (const attr of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.name === attr.fieldName);
            if (!field) continue;
            if (!attr.type && field.type) attr.type = { ...field.type };
            if (typeof attr.default === 'string' && isConstantName(attr.default))
              attr.default = field.default;
          }
        }
      }
      toPackagePaths(manifest, distModule);
    },
  };
}

/** `Name.define('x-y')`, the call every define module makes. */
function isDefineCall(ts, node) {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'define' &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text !== 'customElements' &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0]) &&
    node.arguments[0].text.includes('-')
  );
}

/** The source text of a literal initializer (`5`, `-1`, `'list'`, `true`), else undefined. */
function literalText(ts, node) {
  if (!node) return undefined;
  if (
    ts.isNumericLiteral(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isPrefixUnaryExpression(node) &&
      node.operator === ts.SyntaxKind.MinusToken &&
      ts.isNumericLiteral(node.operand))
  ) {
    return node.getText();
  }
  return undefined;
}

function isConstantName(text) {
  return IDENTIFIER.test(text) && !NOT_CONSTANTS.has(text);
}

/**
 * For a class, the type arguments it gives its generic superclass's parameters, by superclass:
 * `UzlNewsList extends UzlFeedElement<NewsFeed>` → UzlFeedElement → { T: 'NewsFeed' }. (One
 * level, as our classes have; members from further up keep their own types.)
 */
function typeArguments(declaration, generics) {
  const result = new Map();
  const parent = declaration.superclass?.name;
  const own = generics.get(declaration.name);
  const parentInfo = parent && generics.get(parent);
  if (own && parentInfo && parentInfo.typeParameters.length > 0) {
    result.set(
      parent,
      Object.fromEntries(
        parentInfo.typeParameters.map((p, i) => [p, own.superTypeArguments[i] ?? 'unknown']),
      ),
    );
  }
  return result;
}

function substitute(text, args) {
  return text.replace(/\b[A-Za-z_$][\w$]*\b/g, (word) => args[word] ?? word);
}

/**
 * String-literal aliases of the DOM library (`type RequestCredentials = "include" | "omit" |
 * "same-origin";`), read from the TypeScript that compiles the package.
 */
function libDomAliases() {
  const require = createRequire(import.meta.url);
  const lib = readFileSync(require.resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
  const aliases = new Map();
  for (const [, name, union] of lib.matchAll(/^type (\w+) = ("[^"\n]*"(?: \| "[^"\n]*")*);$/gm))
    aliases.set(name, union.replaceAll('"', "'"));
  return aliases;
}

/** `RequestCredentials | undefined` → `'include' | 'omit' | 'same-origin' | undefined`. */
function expandAliases(text, aliases) {
  const parts = text.split('|').map((part) => part.trim());
  if (!parts.some((part) => aliases.has(part))) return text;
  return parts.map((part) => aliases.get(part) ?? part).join(' | ');
}

/**
 * A module reference as cem writes it, as the path of a source module: relative to the
 * referring module (`./news-list.js`), rooted (`/src/core/uzl-feed-element.js`) or plain, with
 * `.js` for `.ts` as TypeScript imports are written.
 */
function sourcePath(reference, from) {
  const path = reference.startsWith('.')
    ? posix.join(posix.dirname(from), reference)
    : reference.replace(/^\/+/, '');
  return path.replace(/\.js$/, '.ts');
}

/** Module paths and references from src/*.ts to the built files of the package (see above). */
function toPackagePaths(manifest, distModule) {
  const sources = [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path));
  /** The reference in the package, or undefined when its module is not in the manifest. */
  const mapReference = (from) => (ref) => {
    if (typeof ref?.module !== 'string') return ref;
    const module = distModule(sourcePath(ref.module, from));
    return module ? { ...ref, module } : undefined;
  };

  /** Built path → the class declarations it holds and the source modules it is made of. */
  const built = new Map();
  for (const mod of sources) {
    const path = distModule(mod.path);
    if (!path) continue;
    if (!built.has(path)) built.set(path, { declarations: [], exports: [], sources: [] });
    const target = built.get(path);
    target.sources.push(mod);
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      // A superclass or inheritedFrom outside the manifest would be a reference nobody can
      // follow: stop the build rather than ship it.
      const map = (ref) => {
        const mapped = mapReference(mod.path)(ref);
        if (!mapped)
          throw new Error(
            `custom-elements.json: ${declaration.name} refers to ${ref.name} in ${ref.module}, which no package module holds`,
          );
        return mapped;
      };
      target.declarations.push(rewriteReferences(declaration, map));
    }
  }

  const declared = new Set(
    [...built].flatMap(([path, mod]) => mod.declarations.map((d) => `${path}#${d.name}`)),
  );
  const exists = (ref) => ref && (ref.package || declared.has(`${ref.module}#${ref.name}`));

  manifest.modules = [...built]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, mod]) => {
      const exports = [];
      const add = (entry) => {
        const duplicate = exports.some((e) => e.kind === entry.kind && e.name === entry.name);
        if (!duplicate && exists(entry.declaration)) exports.push(entry);
      };
      for (const source of mod.sources) {
        for (const entry of source.exports ?? []) {
          const declaration = mapReference(source.path)(entry.declaration);
          if (!declaration) continue;
          if (entry.kind === 'js' && entry.name === '*') {
            // `export * from './news-list.js'`: the classes that module declares, by name.
            for (const d of built.get(declaration.module)?.declarations ?? [])
              add({
                kind: 'js',
                name: d.name,
                declaration: { name: d.name, module: declaration.module },
              });
          } else {
            add({ ...entry, declaration });
          }
        }
      }
      return {
        kind: 'javascript-module',
        path,
        declarations: mod.declarations,
        exports,
      };
    });
}

/** A copy of `value` with every `{ name, module }` reference mapped by `map`. */
function rewriteReferences(value, map) {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, map));
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    const mapped =
      item && typeof item === 'object' && typeof item.module === 'string' ? map(item) : item;
    copy[key] = rewriteReferences(mapped, map);
  }
  return copy;
}
