import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { textButton } from './button.js';
import { msg, str } from './localize.js';

/**
 * "Show N more" under a list: how many items a widget's lists have revealed beyond their first
 * page, and what revealing does. The list grows; the keyboard goes where reading goes on (the
 * first item revealed: its first link, else the item itself), so a screen reader reads that
 * item; where the keyboard stays on the button (the calendar's "Show earlier events"), the
 * widget says what came in its live region. Lists are told apart by a key (`''` for a widget's
 * only one).
 */
export class ShowMore {
  private readonly counts = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Items the list `key` shows beyond its first page. */
  revealed(key = ''): number {
    return this.counts.get(key) ?? 0;
  }

  /** Every list back to its first page (another feed, filter or page size); from `willUpdate`. */
  reset(): void {
    this.counts.clear();
  }

  /**
   * Reveals `count` more items of the list `key`, and once they are rendered puts the keyboard
   * on what `focus` returns (nothing: it stays where it is).
   */
  async reveal(key: string, count: number, focus: () => Element | null | undefined): Promise<void> {
    this.counts.set(key, this.revealed(key) + count);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const item = focus();
    const target = (item?.querySelector('a[href], [tabindex]') ?? item) as HTMLElement | null;
    // An item without a link is made focusable by script only, as an article with tabindex="-1" is.
    if (target && target.tabIndex < 0) target.tabIndex = -1;
    target?.focus();
  }
}

/** The item that will follow the last one `list` holds now: the first one a reveal adds. */
export function nextItem(list: Element | null | undefined): () => Element | undefined {
  const index = list?.children.length ?? 0;
  return () => list?.children[index];
}

/** "Show 5 more" (`part="show-more"`); `key` names its list in `data-key`, for the click handler. */
export function showMoreButton(
  next: number,
  onClick: (event: Event) => void,
  key?: string,
): TemplateResult {
  const label = msg(str`Show ${next} more`, {
    id: 'list.show-more',
    desc: 'News list and AI publications: button under a list that shows the next items; the value is how many (5). Button label, about 20 characters.',
  });
  return textButton('show-more', 'show-more', label, onClick, { key });
}
