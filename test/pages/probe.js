// Host-page probe for test/reliability/host-pages.test.ts. A classic script that every page in
// test/pages/ loads BEFORE the widgets, so it sees everything that happens while they load:
//   window.__probe.violations   securitypolicyviolation events (CSP and Trusted Types)
//   window.__probe.errors       uncaught errors, failed resource loads, console.error calls
//   window.__probe.rejections   unhandled promise rejections
//   window.__probe.warnings     console.warn calls (reported, not failures)
//   window.__probe.defines      every successful customElements.define, by tag
//   window.__probe.definedAt    when each tag was defined (performance.now(), ms), by tag
//   window.__probe.events       uzl-load / uzl-error events, with the widget's tag
// A page without a bundle <script> gets it only when the test posts 'uzl-load-bundle' to it
// (a dynamic import, which is neither inline script nor a Trusted Types sink), or the modules
// it names, in order, when it posts { uzlImport: [url, …] } (window.__probe.imported then).
// window.__probe.frames       with <script src="probe.js" data-frames>: per animation frame,
//                             what each widget's shadow root holds (see below)
// window.__probe.frameHeights the same frames: each widget's height in CSS px, by id
/* global window, document, customElements, location, performance */
(function probe() {
  'use strict';
  const record = {
    violations: [],
    errors: [],
    rejections: [],
    warnings: [],
    defines: [],
    definedAt: {},
    events: [],
    bundleRequested: false,
    bundleLoaded: false,
    imported: false,
    frames: [],
    frameHeights: [],
  };
  window.__probe = record;

  // The pages are seen as by a visitor who prefers reduced motion: the stats counter shows its
  // final figures at once, so two pages show the same text. A stub, not media emulation, so it
  // means the same in every engine (no WebDriver emulates media features).
  const matchMedia = window.matchMedia;
  window.matchMedia = function (query) {
    const list = matchMedia.call(window, query);
    if (!/prefers-reduced-motion:\s*reduce/.test(query)) return list;
    return new Proxy(list, {
      get: (target, key) => (key === 'matches' ? true : Reflect.get(target, key, target)),
    });
  };

  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      violated: event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  });

  window.addEventListener(
    'error',
    (event) => {
      if (event.target && event.target !== window) {
        const target = event.target;
        record.errors.push(
          `resource failed: <${String(target.localName)}> ${String(target.src || target.href || '')}`,
        );
      } else {
        record.errors.push(`uncaught: ${String(event.message || event.error)}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    record.rejections.push(String(event.reason && (event.reason.stack || event.reason)));
  });

  const text = (args) => args.map((arg) => String(arg)).join(' ');
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record.errors.push(`console.error: ${text(args)}`);
    consoleError(...args);
  };
  const consoleWarn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(text(args));
    consoleWarn(...args);
  };

  const define = customElements.define;
  customElements.define = function defineAndRecord(name, constructor, options) {
    define.call(this, name, constructor, options);
    record.defines.push(name);
    record.definedAt[name] ??= performance.now();
  };

  for (const type of ['uzl-load', 'uzl-error']) {
    window.addEventListener(type, (event) => {
      const target = event.composedPath()[0];
      record.events.push({
        type,
        tag: target && target.localName,
        id: target && target.id,
        detail: event.detail,
      });
    });
  }

  // What the visitor could see in each frame, sampled before it is painted: per widget (by id)
  // 'none' (no shadow root), 'empty' (a shadow root without our box), 'error', 'loading' or
  // 'ready'. A server-rendered page must never paint 'empty' or 'error' while upgrading.
  const sample = () => {
    const frame = {};
    const heights = {};
    for (const el of document.querySelectorAll('[id]')) {
      if (!el.localName.startsWith('uzl-')) continue;
      heights[el.id] = el.getBoundingClientRect().height;
      const root = el.shadowRoot;
      frame[el.id] = !root
        ? 'none'
        : root.querySelector('[part~="error"]')
          ? 'error'
          : !root.querySelector('[part~="base"]')
            ? 'empty'
            : root.querySelector('[part~="loading"]')
              ? 'loading'
              : 'ready';
    }
    record.frames.push(frame);
    record.frameHeights.push(heights);
    if (record.frames.length < 2000) window.requestAnimationFrame(sample);
  };
  if (document.currentScript && document.currentScript.hasAttribute('data-frames')) {
    window.requestAnimationFrame(sample);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    if (event.data && Array.isArray(event.data.uzlImport)) {
      event.data.uzlImport
        .reduce((previous, url) => previous.then(() => import(url)), Promise.resolve())
        .then(
          () => {
            record.imported = true;
          },
          (error) => {
            record.errors.push(`import failed: ${String(error)}`);
          },
        );
      return;
    }
    if (event.data !== 'uzl-load-bundle') return;
    if (record.bundleRequested) return;
    record.bundleRequested = true;
    import('/dist/uzl-widgets.js').then(
      () => {
        record.bundleLoaded = true;
      },
      (error) => {
        record.errors.push(`bundle import failed: ${String(error)}`);
      },
    );
  });
})();
