// Turns current Chromium into the browser floor we promise to keep working: Safari 16.4 and
// Firefox ESR 115 (and Chrome/Edge of their age). It runs before any other script of the
// page, as a classic script, and takes away what those engines lack and we might use:
//
// - JavaScript APIs, deleted, so code that calls them without a fallback throws as it would
//   there (AbortSignal.any, ElementInternals.states and others newer than the floor);
// - CSS features, by rewriting every style sheet a script builds (Lit's adopted sheets) and
//   answering CSS.supports() for them with false: `light-dark()`, `round()`, the `lh` unit
//   and `:state()` become names the engine does not know, so a declaration or selector using
//   them is dropped (or a custom property holding one is invalid at computed-value time),
//   exactly as the older engine's parser would do.
//
// The legacy lane (UZL_ENGINE=legacy) puts this script first on every test page; the
// host-page tests put it before the drop-in bundle. `window.__uzlOlderEngine` says it ran.
/* global window, document, AbortSignal, Element, HTMLElement, ShadowRoot, Document, CSSStyleSheet, Node, HTMLStyleElement, CSS */
(() => {
  const remove = (owner, name) => {
    if (owner && name in owner) {
      // Own property or inherited accessor: delete where it is defined.
      let target = owner;
      while (target && !Object.prototype.hasOwnProperty.call(target, name)) {
        target = Object.getPrototypeOf(target);
      }
      if (target) delete target[name];
    }
  };

  // Absent in Safari 16.4 and/or Firefox ESR 115.
  remove(AbortSignal, 'any'); // Safari 17.4, Firefox 124
  remove(globalThis.ElementInternals?.prototype, 'states'); // Safari 17.4, Firefox 126
  remove(globalThis, 'CustomStateSet');
  remove(Object, 'groupBy'); // Safari 17.4, Firefox 119
  remove(Map, 'groupBy');
  remove(Promise, 'withResolvers'); // Safari 17.4, Firefox 121
  remove(Promise, 'try');
  remove(Array, 'fromAsync'); // Chrome 121 (Chrome/Edge of the floor's age lack it)
  remove(String.prototype, 'isWellFormed'); // Firefox 119
  remove(String.prototype, 'toWellFormed');
  for (const name of [
    'union',
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ]) {
    remove(Set.prototype, name); // Safari 17, Firefox 127
  }
  remove(URL, 'canParse'); // Safari 17
  remove(URL, 'parse');
  remove(Intl, 'Segmenter'); // Firefox 125
  remove(Intl, 'DurationFormat');
  remove(globalThis, 'Iterator'); // iterator helpers: Safari 18.4, Firefox 131
  remove(Element.prototype, 'checkVisibility'); // Safari 17.4
  remove(globalThis, 'requestIdleCallback'); // never in Safari
  remove(globalThis, 'cancelIdleCallback');
  remove(globalThis, 'scheduler');
  remove(HTMLElement.prototype, 'popover'); // Safari 17, Firefox 125
  remove(HTMLElement.prototype, 'showPopover');
  remove(Element.prototype, 'setHTMLUnsafe');
  remove(ShadowRoot.prototype, 'setHTMLUnsafe');
  remove(Document, 'parseHTMLUnsafe');

  const FEATURES = [
    // [what the sheet says, what an engine that lacks it reads]
    [/\blight-dark\(/g, 'uzl-absent-light-dark('],
    [/\bround\(/g, 'uzl-absent-round('],
    [/(\d)(r?lh)\b/g, '$1uzl-absent-$2'],
    [/:state\(/g, ':uzl-absent-state('],
  ];
  const withoutFeatures = (text) =>
    FEATURES.reduce(
      (css, [pattern, replacement]) => css.replace(pattern, replacement),
      String(text),
    );

  const sheet = CSSStyleSheet.prototype;
  const { replace, replaceSync, insertRule } = sheet;
  sheet.replaceSync = function (text) {
    return replaceSync.call(this, withoutFeatures(text));
  };
  sheet.replace = function (text) {
    return replace.call(this, withoutFeatures(text));
  };
  sheet.insertRule = function (rule, index) {
    return insertRule.call(this, withoutFeatures(rule), index);
  };
  // <style> elements a script fills (Lit's fallback when adopted sheets are missing).
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  Object.defineProperty(HTMLStyleElement.prototype, 'textContent', {
    configurable: true,
    get() {
      return text.get.call(this);
    },
    set(value) {
      text.set.call(this, withoutFeatures(value));
    },
  });

  // <style> elements the parser puts in declarative shadow roots (a server-rendered page):
  // read again through the rewriting setter once the document is parsed, before the tests
  // look, as the older engine's parser would have read them. (Safari 16.4 has declarative
  // shadow DOM; Firefox ESR 115 has not, and shows the fallback links as light DOM.)
  document.addEventListener('DOMContentLoaded', () => {
    for (const host of document.querySelectorAll('*')) {
      for (const style of host.shadowRoot?.querySelectorAll('style') ?? []) {
        style.textContent = text.get.call(style);
      }
    }
  });

  const supports = CSS.supports;
  CSS.supports = function (...args) {
    const asked = args.join(' ');
    if (withoutFeatures(asked) !== asked) return false;
    return supports.apply(CSS, args);
  };

  window.__uzlOlderEngine = true;
})();
