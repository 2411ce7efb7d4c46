// Hostile feed content for every widget's security tests. Any payload that ran would set
// `window.__pwned`; the tests check it stays unset and that no such URL reaches the DOM.

/** Text that would run script if it were ever parsed as HTML. */
export const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
];

/**
 * URLs with schemes no link or image may keep, in mixed case and with escapes. (URLs with
 * white space inside never pass the schema's uri-reference format, so they are tested on
 * safeUrl itself in test/core/format-and-urls.test.ts.)
 */
export const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'jAvAsCrIpT://%0Awindow.__pwned=1',
  'data:text/html,%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  'DATA:image/svg+xml,%3Csvg%20onload=%22window.__pwned=1%22%3E',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];

// ---- the wider catalogue -------------------------------------------------------------------
// Kept apart from the two lists above: the per-widget tests size their fixtures by those
// lists (cards, figures, warnings), so they stay as they are. The systematic suites in
// test/reliability use everything below as well.

/** The page-level flag every executable payload sets. */
export const PWNED_FLAG = '__pwned';

/** Whether any payload ever ran on this page. */
export const pwned = (): boolean =>
  (window as unknown as Record<string, unknown>)[PWNED_FLAG] !== undefined;

/** Clears the flag, between tests. */
export const resetPwned = (): void => {
  delete (window as unknown as Record<string, unknown>)[PWNED_FLAG];
};

/** More text that must stay text: tags, attribute breakers, template and Lit look-alikes, odd Unicode. */
export const HOSTILE_TEXT_EXTRA = [
  "'><img src=x onerror=window.__pwned=1>",
  '`><img src=x onerror=window.__pwned=1>',
  'x" onmouseover="window.__pwned=1" autofocus onfocus="window.__pwned=1" x="',
  "x' onfocus='window.__pwned=1' autofocus x='",
  'x` onfocus=`window.__pwned=1',
  '<img\nsrc=x\tonerror="window.__pwned=1">',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<details open ontoggle="window.__pwned=1">',
  '<body onload="window.__pwned=1">',
  '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
  '<style>@import "javascript:window.__pwned=1";</style>',
  '&lt;img src=x onerror=window.__pwned=1&gt; &amp; &#60;script&#62;',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<!--?lit$123456789$--><img src=x onerror="window.__pwned=1">',
  '<?lit$123456789$>',
  'lit$123456789$',
  '--><img src=x onerror="window.__pwned=1"><!--',
  ']]><img src=x onerror="window.__pwned=1">',
  'abc\u202Egnp.exe\u202C <b>\u202Ejavascript:</b>',
  '\u200F\u202B<img src=x onerror="window.__pwned=1">\u202C',
  'nul\u0000and\u001fcontrols\u0007<script>window.__pwned=1</script>',
  'lone \uD83D surrogate \uDE00',
  `${'A'.repeat(20_000)}<img src=x onerror="window.__pwned=1">`,
];

/**
 * More URLs that the schema's uri-reference format accepts (no white space, controls,
 * quotes or angle brackets), so they reach `safeUrl`: entity and percent encodings (which
 * resolve to harmless relative paths), other schemes, protocol-relative URLs.
 */
export const HOSTILE_URLS_EXTRA = [
  'javascript:window.__pwned=1//https://example.org/',
  'javascript://example.org/%0Awindow.__pwned=1',
  "jAvAsCrIpT:window['__pw'+'ned']=1",
  '&#106;avascript:window.__pwned=1',
  '&#x6A;&#x61;vascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'jav&#x09;ascript:window.__pwned=1',
  'javascript%3Awindow.__pwned=1',
  '%6Aavascript:window.__pwned=1',
  '\u202Ejavascript:window.__pwned=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:window.__pwned=1',
  'blob:https://example.org/0b1c9e4e-0000-4000-8000-000000000000',
  'file:///etc/passwd',
  'filesystem:https://example.org/temporary/x',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.org/',
  'ftp://example.org/x',
  'ws://example.org/',
  'https:javascript:window.__pwned=1',
  '//evil.example/x',
  '///evil.example/x',
  'mailto:a@b.be?body=%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  'tel:+32;ext=javascript:window.__pwned=1',
];

/**
 * URLs the schema's uri-reference format rejects (white space, tabs or newlines inside the
 * scheme, control characters, quotes, angle brackets, backslashes): in a feed they make
 * their item skipped; `safeUrl` must drop or neutralise them by itself too.
 */
export const HOSTILE_URLS_RAW = [
  ' javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'java\rscript:window.__pwned=1',
  'JaVa\u0000ScRiPt:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  '\u001fjavascript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'javascript:\u0000window.__pwned=1',
  ' \n\t data:text/html,<script>window.__pwned=1</script>',
  'vb\tscript:window.__pwned=1',
  'javascript:"><svg onload="window.__pwned=1">',
  "javascript:'><img src=x onerror=window.__pwned=1>",
  '"javascript:window.__pwned=1"',
  '\\\\evil.example\\x',
  '/\\evil.example/x',
  'https://example.org/"><svg onload="window.__pwned=1">',
  'https://example.org/` onerror=`window.__pwned=1',
];

/** Every text payload. */
export const ALL_HOSTILE_TEXT = [...HOSTILE_TEXT, ...HOSTILE_TEXT_EXTRA];

/** Every URL payload, accepted by the schema or not. */
export const ALL_HOSTILE_URLS = [...HOSTILE_URLS, ...HOSTILE_URLS_EXTRA, ...HOSTILE_URLS_RAW];

// ---- auditing what a widget rendered --------------------------------------------------------

/** Schemes a link may keep; images (and everything else that loads) only HTTP(S). */
export const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
export const LOAD_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Attributes that hold a URL the browser follows or loads. */
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'lowsrc',
  'manifest',
  'codebase',
  'longdesc',
];

/** Elements feed text must never turn into. */
const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, base, form, meta, link, svg, math, ' +
  'foreignObject, portal, noscript, template';

/** Every element under `root`, through every open shadow root on the way. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Every text node's data under `root` (through shadow roots), and alt/title/aria-label texts. */
export function deepText(root: ParentNode): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push((child as Text).data);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        for (const name of ['alt', 'title', 'aria-label'])
          if (el.hasAttribute(name)) parts.push(el.getAttribute(name)!);
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    }
  };
  visit(root);
  return parts.join(' ');
}

/**
 * What is wrong with the DOM under `root` (a widget's shadow root): `on*` attributes, elements
 * feed text must never become, URL attributes whose resolved protocol is not allowed, new-tab
 * links without `rel="noopener noreferrer"`. Empty when all is well.
 */
export function auditDom(root: ParentNode): string[] {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const cls = el.getAttribute('class')?.trim().replace(/\s+/g, '.');
    return `<${el.localName}${cls ? `.${cls}` : ''}>`;
  };
  for (const el of deepElements(root)) {
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`${describe(el)} has ${name}=${JSON.stringify(value)}`);
    }
    if (el.matches(FORBIDDEN_ELEMENTS)) problems.push(`${describe(el)} must not exist`);
    const isLink = el.localName === 'a' || el.localName === 'area';
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const urls =
        name === 'srcset' || name === 'ping'
          ? value
              .split(name === 'srcset' ? ',' : /\s+/)
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [value];
      const allowed =
        isLink && (name === 'href' || name === 'xlink:href') ? LINK_PROTOCOLS : LOAD_PROTOCOLS;
      for (const url of urls) {
        let protocol: string;
        try {
          protocol = new URL(url, el.baseURI).protocol;
        } catch {
          problems.push(`${describe(el)} ${name}=${JSON.stringify(url)} does not parse`);
          continue;
        }
        if (!allowed.has(protocol))
          problems.push(`${describe(el)} ${name}=${JSON.stringify(url)} (${protocol})`);
      }
    }
    if (isLink && el.getAttribute('target') === '_blank') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(
          `${describe(el)} opens a new tab with rel=${JSON.stringify(el.getAttribute('rel'))}`,
        );
    }
  }
  return problems;
}
