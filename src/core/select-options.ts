import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One choice in a `<select>`. */
export interface SelectOption {
  value: string;
  label: string;
  /** The label's language, when it differs from the widget's. */
  lang?: string;
}

const same = (a: readonly SelectOption[], b: readonly SelectOption[]) =>
  a.length === b.length &&
  a.every((o, i) => o.value === b[i]!.value && o.label === b[i]!.label && o.lang === b[i]!.lang);

/**
 * Fills a `<select>` with its options and picks `chosen`:
 * `<select ${selectOptions(options, chosen)}>`.
 *
 * Why not a repeated `<option>` template: Lit inserts each repeated item before its end
 * marker, and Firefox inserts an option before another in time that grows with the options
 * already there. A feed with 100,000 categories froze Firefox for minutes; appended in one go
 * they take a few hundred milliseconds. The options are rebuilt only when they change.
 */
class SelectOptionsDirective extends Directive {
  private shown: readonly SelectOption[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('selectOptions() belongs on a <select>');
  }

  render(_options: readonly SelectOption[], _chosen: string) {
    return nothing;
  }

  override update(part: ElementPart, [options, chosen]: [readonly SelectOption[], string]) {
    const select = part.element as HTMLSelectElement;
    if (!same(options, this.shown)) {
      const doc = select.ownerDocument;
      const fragment = doc.createDocumentFragment();
      for (const { value, label, lang } of options) {
        const option = doc.createElement('option');
        option.value = value;
        option.textContent = label;
        if (lang) option.lang = lang;
        fragment.append(option);
      }
      select.replaceChildren(fragment);
      this.shown = options;
    }
    // An unknown value leaves no option selected: fall back to the first (usually "All").
    select.value = chosen;
    if (select.selectedIndex === -1 && select.options.length > 0) select.selectedIndex = 0;
    return noChange;
  }
}

export const selectOptions = directive(SelectOptionsDirective);
