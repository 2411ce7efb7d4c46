// The widgets' form fields as a visitor sees them: the publications' search box and domain
// filter, the calendar's category filter. Each shows where it is by its edge, which must stand
// out 3:1 from the colours beside it, inside and out (WCAG 1.4.11), and the search box's
// placeholder must read 4.5:1 (1.4.3): computed from the colours the engine paints, in light,
// in dark, and in forced colours (Windows' contrast themes, light and dark) where the engine's
// test driver can show them.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/event-calendar/uzl-event-calendar.js';
import '../../src/ai-publications/uzl-ai-publications.js';
import { feedUrl, nextEvent, uniqueId } from '../helpers/feeds.js';
import { $ } from '../helpers/widgets.js';
import { skipIn, withForcedColors } from '../helpers/engine.js';
import { backgroundOf, contrast, over, parseColor, ratio, type Rgba } from '../helpers/contrast.js';

type Loaded = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(tag: string, file: string, attrs: string): Promise<Loaded> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const loaded = nextEvent(container, 'uzl-load', 12000);
  container.innerHTML = `<${tag} ${attrs} src="${feedUrl(uniqueId(`fields-${tag}`), 'ok', { file })}"></${tag}>`;
  await loaded;
  const el = container.firstElementChild as Loaded;
  await el.updateComplete;
  return el;
}

/** The three fields, each with the widget it is in. */
async function fields(theme: string) {
  const attr = theme ? `theme="${theme}"` : '';
  const ai = await mount('uzl-ai-publications', 'demo/data/ai-publications.json', attr);
  const calendar = await mount(
    'uzl-event-calendar',
    'demo/data/events.json',
    `${attr} month="2026-01"`,
  );
  return {
    search: $<HTMLInputElement>(ai, 'input[part~="search"]')!,
    list: [
      ['the publications search box', $(ai, 'input[part~="search"]')!],
      ['the publications domain filter', $(ai, 'select[part~="filter"]')!],
      ['the calendar category filter', $(calendar, 'select[part~="filter"]')!],
    ] as const,
  };
}

/**
 * Whether getComputedStyle answers for `::placeholder` (WebKit's answers for the field itself).
 * Asked once, as the file loads, before any test forces colours.
 */
const computesPlaceholder = ((): boolean => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>input::placeholder { color: rgb(1, 2, 3) }</style><input placeholder="x">';
  const answer = getComputedStyle(root.querySelector('input')!, '::placeholder').color;
  host.remove();
  return answer === 'rgb(1, 2, 3)';
})();

/** The rules in `sheets` (through @media and @supports that apply) whose selector names `::placeholder`. */
function placeholderRules(sheets: CSSStyleSheet[], input: Element): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && !matchMedia(rule.media.mediaText).matches) continue;
      if (rule instanceof CSSSupportsRule && !CSS.supports(rule.conditionText)) continue;
      if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      else if (rule instanceof CSSStyleRule && rule.selectorText.includes('::placeholder')) {
        const field = rule.selectorText.replace(/::placeholder/g, '');
        if (field.split(',').some((s) => input.matches(s.trim() || '*'))) found.push(rule);
      }
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules);
  return found;
}

/**
 * The placeholder's colour and opacity: as computed where the engine computes it; in WebKit,
 * the widget's own `::placeholder` rule, its colour resolved on a probe beside the field (null
 * when the widget has none and leaves it to the browser).
 */
function placeholderOf(input: HTMLInputElement): { color: Rgba; opacity: number } | null {
  if (computesPlaceholder) {
    const style = getComputedStyle(input, '::placeholder');
    return { color: parseColor(style.color), opacity: Number(style.opacity) };
  }
  const root = input.getRootNode() as ShadowRoot;
  const sheets = [
    ...root.adoptedStyleSheets,
    ...[...root.querySelectorAll('style')].map((s) => s.sheet!),
  ];
  const rule = placeholderRules(sheets, input).at(-1);
  if (!rule?.style.color) return null;
  const probe = document.createElement('span');
  probe.style.color = rule.style.color;
  input.parentElement!.append(probe);
  const color = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return { color, opacity: Number(rule.style.opacity || '1') };
}

/** Every shortfall of the fields' edges (3:1 beside them) and the placeholder (4.5:1). */
async function shortfalls(theme: string): Promise<string[]> {
  const { search, list } = await fields(theme);
  const found: string[] = [];
  for (const [name, field] of list) {
    const style = getComputedStyle(field);
    const width = parseFloat(style.borderTopWidth);
    if (style.borderTopStyle === 'none' || width < 1) {
      found.push(`${name}: no edge (${style.borderTopStyle} ${width}px)`);
      continue;
    }
    const inside = backgroundOf(field);
    const outside = backgroundOf(field.parentElement!);
    const edge = over(parseColor(style.borderTopColor), outside);
    for (const [where, colour] of [
      ['inside', inside],
      ['outside', outside],
    ] as const) {
      const value = contrast(edge, colour);
      if (value < 3) found.push(`${name}: its edge is ${ratio(value)} against ${where}`);
    }
  }
  const placeholder = placeholderOf(search);
  if (!placeholder)
    found.push('the search box: the widget leaves its placeholder colour to the browser');
  else {
    const field = backgroundOf(search);
    const value = contrast(over(placeholder.color, field, placeholder.opacity), field);
    if (value < 4.5) found.push(`the search box: its placeholder is ${ratio(value)}`);
  }
  return found;
}

describe('form fields: edges 3:1 and placeholder 4.5:1', function () {
  this.timeout(30000);
  afterEach(() => fixtureCleanup());

  for (const theme of ['', 'light', 'dark']) {
    it(`in ${theme ? `theme="${theme}"` : 'a light page without theme'}`, async () => {
      const found = await shortfalls(theme);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    skipIn(['firefox', 'webkit'], 'its test driver cannot force colours')(
      `in forced colours, the ${scheme} contrast theme`,
      async () => {
        await withForcedColors(scheme, async () => {
          const found = [...(await shortfalls('')), ...(await shortfalls(scheme))];
          expect(found, found.join('\n')).to.deep.equal([]);
        });
      },
    );
  }
});
