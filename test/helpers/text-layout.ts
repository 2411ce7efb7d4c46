// A visitor's text spacing (WCAG 2.2, 1.4.12) and what it must not do to a widget: text cut off
// by a box that hides its overflow, text sticking out of the widget, text over other text.

/**
 * The spacing 1.4.12 names, as visitors apply it: a user style sheet or a bookmarklet that sets
 * it on every element with `!important` (the host element is one of them, its shadow tree is
 * not), and paragraph spacing on `p`.
 */
export const TEXT_SPACING_STAR =
  '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important }' +
  ' p { margin-block-end: 2em !important }';

/** The same set once on `body`, from where it is inherited. */
export const TEXT_SPACING_BODY =
  'body { letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5 } p { margin-block-end: 2em }';

/**
 * Adds `css` to the document (or a shadow root) as a style sheet of its own; returns its
 * removal. Chromium can leave computed styles inside shadow roots stale after such a change,
 * so the document is taken out of the layout and back, which recalculates every style.
 */
export function addStyleSheet(css: string, to: Document | ShadowRoot = document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  to.adoptedStyleSheets = [...to.adoptedStyleSheets, sheet];
  restyle();
  return () => {
    to.adoptedStyleSheets = to.adoptedStyleSheets.filter((s) => s !== sheet);
    restyle();
  };
}

function restyle(): void {
  document.body.style.display = 'none';
  void getComputedStyle(document.body).display;
  document.body.style.display = '';
  void document.body.getBoundingClientRect();
}

/** A text node as it is laid out: its element and the boxes of its lines. */
interface LaidOutText {
  node: Text;
  parent: Element;
  /** Each line's box, cut to what the boxes around it let show. */
  visible: DOMRect[];
}

const hides = (value: string) => value !== 'visible';
const truncates = (style: CSSStyleDeclaration) =>
  style.textOverflow === 'ellipsis' ||
  ((style as CSSStyleDeclaration & { webkitLineClamp?: string }).webkitLineClamp ?? 'none') !==
    'none';

function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** The box that `el` shows its content in when it hides overflow: inside its borders. */
function paddingBox(el: Element): DOMRect {
  const box = el.getBoundingClientRect();
  return new DOMRect(
    box.left + el.clientLeft,
    box.top + el.clientTop,
    el.clientWidth,
    el.clientHeight,
  );
}

const describe = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${
    el.classList.length ? ` class="${el.className}"` : ''
  }>`;
const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** Whether `el` or an ancestor inside the widget is hidden on purpose or not painted. */
function unseen(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.classList.contains('visually-hidden')) return true;
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.opacity === '0') return true;
    if (node.localName === 'option' || node.localName === 'select') return true;
  }
  return false;
}

/**
 * What is wrong with the text in `widget`'s shadow root, as a list of sentences (empty when
 * nothing is): a line cut off by a box that hides its overflow (a box that truncates with an
 * ellipsis or a line clamp does so on purpose, and text the widget hides from screen readers
 * because it draws it in a window, the stats counter's rolling digits, may be cut), a line
 * sticking out of the widget, the widget scrolling sideways, text over other text.
 */
export function textLayoutProblems(widget: Element): string[] {
  // Parts laid out only once they scroll into view (content-visibility: auto) are measured as
  // the visitor sees them there.
  const deferred = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (el) => getComputedStyle(el).contentVisibility === 'auto',
  );
  for (const el of deferred) el.style.contentVisibility = 'visible';
  try {
    return measureText(widget);
  } finally {
    for (const el of deferred) el.style.removeProperty('content-visibility');
  }
}

function measureText(widget: Element): string[] {
  const root = widget.shadowRoot!;
  const base = root.querySelector('.uzl-root') ?? widget;
  const bounds = base.getBoundingClientRect();
  const problems: string[] = [];
  if (base.scrollWidth > base.clientWidth + 1)
    problems.push(
      `the widget scrolls sideways: ${base.scrollWidth}px of content in ${base.clientWidth}px`,
    );

  // A control that sticks out is cut off where the widget ends (a select's arrow, a button's edge).
  for (const control of root.querySelectorAll('button, select, input')) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || unseen(control.parentElement ?? control)) continue;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1)
      problems.push(
        `${describe(control)} sticks out of the widget (${Math.round(box.left)}–${Math.round(box.right)} px, the widget ${Math.round(bounds.left)}–${Math.round(bounds.right)})`,
      );
  }

  const texts: LaidOutText[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest('style') || unseen(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!lines.length) continue;
    const decorative = parent.closest('[aria-hidden="true"]') !== null;
    const visible: DOMRect[] = [];
    for (const line of lines) {
      let shown = line;
      for (let box: Element | null = parent; box && box !== widget; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        const window = paddingBox(box);
        const cut = intersect(shown, window);
        const lost = shown.width - cut.width > 1 || shown.height - cut.height > 1;
        if (lost && !truncates(style) && !decorative)
          problems.push(
            `${quote(node.data)} in ${describe(parent)} is cut off by ${describe(box)} (${Math.round(shown.width)}×${Math.round(shown.height)} px shown in ${Math.round(window.width)}×${Math.round(window.height)})`,
          );
        shown = cut;
      }
      if (shown.width < 1 || shown.height < 1) continue;
      if (shown.left < bounds.left - 1 || shown.right > bounds.right + 1)
        problems.push(
          `${quote(node.data)} in ${describe(parent)} sticks out of the widget (${Math.round(shown.left)}–${Math.round(shown.right)} px, the widget ${Math.round(bounds.left)}–${Math.round(bounds.right)})`,
        );
      visible.push(shown);
    }
    texts.push({ node, parent, visible });
  }

  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      const hit = a.visible.some((ra) =>
        b.visible.some((rb) => {
          const both = intersect(ra, rb);
          return both.width > 2 && both.height > 2;
        }),
      );
      if (hit)
        problems.push(
          `${quote(a.node.data)} in ${describe(a.parent)} overlaps ${quote(b.node.data)} in ${describe(b.parent)}`,
        );
    }
  }
  return problems;
}

/** What a text element computes for the three spacings, in px. */
export function spacingOf(el: Element) {
  const style = getComputedStyle(el);
  const px = (value: string) => (value === 'normal' ? 0 : parseFloat(value));
  const fontSize = parseFloat(style.fontSize);
  return {
    fontSize,
    letter: px(style.letterSpacing),
    word: px(style.wordSpacing),
    // `normal` is about 1.2 times the font size; it never meets 1.5.
    line: style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight),
  };
}

/**
 * The elements of `widget`'s shadow root that show text a visitor reads (those with text of
 * their own, and the form fields, whose text the engine draws).
 */
export function textElements(widget: Element): Element[] {
  const found = new Set<Element>();
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest('style, option')) continue;
    if (parent.getClientRects().length === 0) continue;
    found.add(parent);
  }
  for (const field of widget.shadowRoot!.querySelectorAll('select, input, button'))
    if (field.getClientRects().length) found.add(field);
  return [...found];
}
