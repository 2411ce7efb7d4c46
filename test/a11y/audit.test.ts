// The automated audit (#16): what a hand audit against WCAG 2.2 AA checks beyond axe, measured
// on all five widgets, on their demo feeds, as a visitor meets them at 320 and 1280 px, light
// and dark, in nl and fr, with the visitor's text spacing on (1.4.12) and text at 200 % (1.4.4):
//  - nothing sticks out of its widget and nothing scrolls sideways (1.4.10);
//  - no text is cut off by a box that hides overflow (1.4.4, 1.4.12); summaries clamped on
//    purpose are left to their own test (they offer a way to read the rest);
//  - text contrast ≥ 4.5:1 (3:1 when large at 100 %), computed from the engine's colours (1.4.3);
//  - form fields show a boundary ≥ 3:1 against what is around them (1.4.11);
//  - pointer targets at least 24 × 24 px, links inside running text excepted (2.5.8);
//  - text in a language other than the page's carries `lang` (3.1.2).
// Each widget's page is built once per setting; the findings of all settings are listed in one
// failure, so a regression shows everything it breaks at once.
import { expect } from '@open-wc/testing';
import '../../src/uzl-widgets.js'; // defines every widget
import { backgroundOf, contrast, parseColor, ratio, textColorOf } from '../helpers/contrast.js';
import { nextEvent } from '../helpers/feeds.js';
import { WIDGETS } from '../helpers/widgets.js';

/** A visitor's text-spacing style sheet (the WCAG 1.4.12 values), as a bookmarklet adds it. */
const TEXT_SPACING = `
  * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }
  p { margin-block-end: 2em !important; }
`;

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

interface Setting {
  width: 320 | 1280;
  theme: 'light' | 'dark';
  lang: 'nl' | 'fr';
}

const SETTINGS: Setting[] = [];
for (const width of [320, 1280] as const)
  for (const theme of ['light', 'dark'] as const)
    for (const lang of ['nl', 'fr'] as const) SETTINGS.push({ width, theme, lang });

/** Every element of the widget's shadow tree, nested shadow roots included. */
function elementsOf(host: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return found;
}

/** Hidden from sight on purpose: not rendered, visually hidden, or the loading skeleton. */
function unseen(el: Element): boolean {
  if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) return true;
  const rect = el.getBoundingClientRect();
  return rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden';
}

/** Clamped on purpose (a summary cut to N lines, with its own way to read the rest). */
function clamped(el: Element): boolean {
  const style = getComputedStyle(el) as CSSStyleDeclaration & { webkitLineClamp?: string };
  const clamp = style.webkitLineClamp ?? style.getPropertyValue('-webkit-line-clamp');
  return !!clamp && clamp !== 'none';
}

/** The text directly inside `el` (not in its children), folded. */
function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

/** The language `el`'s text is read in: its nearest `lang`, through shadow hosts. */
function langOf(el: Element): string {
  for (let node: Element | null = el; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.toLowerCase();
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return '';
}

const label = (el: Element) => {
  const cls =
    typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  return `${el.localName}${cls}${part} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
};

/** The innermost descendant that reaches past `box`'s right edge, to name what overflows. */
function widest(box: Element): string {
  const right = box.getBoundingClientRect().right;
  const past = [...box.querySelectorAll('*')].filter(
    (child) => child.getBoundingClientRect().right > right + 1,
  );
  const innermost = past.filter(
    (child) => !past.some((other) => other !== child && child.contains(other)),
  );
  // Text runs past the edge too, without an element of its own.
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().right > right + 1 && node.parentElement)
      innermost.push(node.parentElement);
  }
  return innermost.length ? `, past its edge: ${innermost.slice(0, 3).map(label).join('; ')}` : '';
}

function audit(host: Element, scale: number): string[] {
  const findings: string[] = [];
  const hostRect = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1)
    findings.push(`scrolls sideways: ${host.scrollWidth} px in ${host.clientWidth} px`);
  for (const el of elementsOf(host)) {
    if (unseen(el)) continue;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);

    // 1.4.10: nothing sticks out of the widget.
    if (rect.right > hostRect.right + 1 || rect.left < hostRect.left - 1)
      findings.push(
        `sticks out (${Math.round(rect.left)}–${Math.round(rect.right)} px): ${label(el)}`,
      );

    // 1.4.4 / 1.4.12: no text cut off by a box that hides its overflow.
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    if (!clamped(el) && el.textContent?.trim()) {
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        findings.push(
          `text cut off sideways (${el.scrollWidth} in ${el.clientWidth} px): ${label(el)}${widest(el)}`,
        );
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        findings.push(
          `text cut off below (${el.scrollHeight} in ${el.clientHeight} px): ${label(el)}`,
        );
    }
    if (
      (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
      el.scrollWidth > el.clientWidth + 1
    )
      findings.push(`scrolls sideways (${el.scrollWidth} in ${el.clientWidth} px): ${label(el)}`);

    // 1.4.3: text contrast.
    // Text painted transparent is there for screen readers and layout only (the counter's final
    // value under its rolling digits); what is seen is checked on the visible layer.
    if (ownText(el) && parseColor(style.color)[3] > 0 && Number(style.opacity) > 0) {
      const size = parseFloat(style.fontSize) / scale;
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const value = contrast(textColorOf(el), backgroundOf(el));
      if (value < needed - 0.005)
        findings.push(`text contrast ${ratio(value)} (needs ${needed}:1): ${label(el)}`);
    }

    // 1.4.11: a form field's edge against what is around it.
    if (el.matches('input:not([type="hidden"]), select, textarea')) {
      const around = el.parentElement ? backgroundOf(el.parentElement) : backgroundOf(host);
      const edge = Math.max(
        parseFloat(style.borderTopWidth) > 0
          ? contrast(parseColor(style.borderTopColor), around)
          : 1,
        contrast(backgroundOf(el), around),
      );
      if (edge < 3 - 0.005)
        findings.push(`field boundary ${ratio(edge)} (needs 3:1): ${label(el)}`);
    }

    // 2.5.8: pointer targets, links inside running text excepted.
    const interactive = el.matches(
      'button, select, input:not([type="hidden"]), summary, [role="button"], [tabindex="0"], a[href]',
    );
    const inlineLink = el.matches('a[href]') && style.display === 'inline';
    if (interactive && !inlineLink && (rect.width < 23.5 || rect.height < 23.5))
      findings.push(
        `target ${Math.round(rect.width)} × ${Math.round(rect.height)} px: ${label(el)}`,
      );
  }
  return findings;
}

describe('the automated accessibility audit of the five widgets', function () {
  this.timeout(120000);
  let spacing: HTMLStyleElement;
  before(() => {
    spacing = document.createElement('style');
    spacing.textContent = TEXT_SPACING;
    document.head.append(spacing);
    document.documentElement.style.fontSize = '200%';
  });
  after(() => {
    spacing.remove();
    document.documentElement.style.fontSize = '';
  });

  it('finds nothing at 320 and 1280 px, light and dark, nl and fr, text spacing and 200 % text', async () => {
    const findings: string[] = [];
    for (const setting of SETTINGS) {
      const page = document.createElement('div');
      page.lang = setting.lang;
      page.style.width = `${setting.width}px`;
      page.style.background = setting.theme === 'dark' ? '#10161c' : '#ffffff';
      page.innerHTML = WIDGETS.map(
        (w) => `<${w.tag} src="/${w.file}" ${w.example} theme="${setting.theme}"></${w.tag}>`,
      ).join('');
      const loaded = [...page.children].map((el) => nextEvent(el, 'uzl-load', 12000));
      document.body.append(page);
      try {
        await Promise.all(loaded);
        await Promise.all([...page.children].map((el) => (el as Updating).updateComplete));
        for (const host of page.children)
          for (const finding of audit(host, 2))
            findings.push(
              `${setting.width} px ${setting.theme} ${setting.lang} <${host.localName}>: ${finding}`,
            );
      } finally {
        page.remove();
      }
    }
    expect(findings, findings.slice(0, 40).join('\n')).to.deep.equal([]);
  });

  /** One widget on a page in `lang`, loaded; `check` reads it; the page goes afterwards. */
  async function onPage(
    lang: string,
    tag: string,
    check: (host: Updating) => Promise<void> | void,
  ) {
    const page = document.createElement('div');
    page.lang = lang;
    page.innerHTML = tag;
    const host = page.firstElementChild as Updating;
    const loaded = nextEvent(host, 'uzl-load', 12000);
    document.body.append(page);
    try {
      await loaded;
      await host.updateComplete;
      await check(host);
    } finally {
      page.remove();
    }
  }

  it('marks the language of text that is not in the page’s language', async () => {
    // The demo's publications are written in English only: on a nl page they must say so.
    const tag = `<uzl-ai-publications src="/demo/data/ai-publications.json" sections="publications"></uzl-ai-publications>`;
    await onPage('nl', tag, async (host) => {
      // Publications show inside their domain's panel: open every panel.
      for (const toggle of host.shadowRoot!.querySelectorAll<HTMLButtonElement>(
        '[part~="domain-toggle"]',
      ))
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      await host.updateComplete;
      const titles = elementsOf(host).filter((el) => el.matches('.publication-title'));
      expect(titles.length, 'publication titles found').to.be.above(0);
      expect(titles.map(langOf)).to.deep.equal(titles.map(() => 'en'));
    });
  });

  it('gives our interface its language on a page in a language we do not speak', async () => {
    const tag = `<uzl-news-list src="/demo/data/news.json" limit="2"></uzl-news-list>`;
    await onPage('de', tag, (host) => {
      // The interface (the "more" link, dates) is English here; the page says German.
      const more = host.shadowRoot!.querySelector('[part~="more"]')!;
      expect(langOf(more)).to.equal('en');
    });
  });
});
