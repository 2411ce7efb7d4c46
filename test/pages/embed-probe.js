// Put first in the test embed pages (test/server/embed-pages.mjs): records what a visitor's
// console would show (errors, unhandled rejections, console.error) and the widget's uzl-load
// and uzl-error, and answers the parent's `{probe: 'report'}` with what the page shows. A
// sandboxed frame has an opaque origin: the test page cannot read it, only ask it.
/* global window, document, parent, addEventListener */
(() => {
  const probe = { errors: [], events: [] };
  window.__embedProbe = probe;
  addEventListener('error', (event) => probe.errors.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    probe.errors.push(`unhandled rejection: ${event.reason}`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    probe.errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  for (const type of ['uzl-load', 'uzl-error'])
    addEventListener(type, (event) => probe.events.push(`${type} ${event.target.localName}`), true);

  /** The links a visitor can click, across the widget's shadow root, with where they are. */
  const links = () => {
    const widget = document.querySelector('body > *');
    const root = widget?.shadowRoot ?? document;
    return [...root.querySelectorAll('a[href]')].map((a) => {
      const { x, y, width, height } = a.getBoundingClientRect();
      return { href: a.href, x, y, width, height };
    });
  };
  addEventListener('message', (event) => {
    if (event.source !== parent || event.data?.probe !== 'report') return;
    const widget = document.querySelector('body > *');
    parent.postMessage(
      {
        probe: {
          errors: probe.errors,
          events: probe.events,
          lang: document.documentElement.lang,
          title: document.title,
          body: document.body.getBoundingClientRect().height,
          text: (widget?.shadowRoot ?? document.body).textContent.replace(/\s+/g, ' ').trim(),
          alert: document.querySelector('[role="alert"]')?.textContent ?? null,
          links: links(),
        },
      },
      '*',
    );
  });
})();
