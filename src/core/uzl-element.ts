import { adoptStyles, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emitEvent, type UzlEventDetail, type UzlEventName } from './events.js';
import { LanguageController, type Lang } from './language.js';
import { inLanguage } from './localize.js';
import { tokens } from './tokens.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every uzl widget shares: a guarded `define()`, its language, localized rendering,
 * the design tokens and typed events.
 *
 * @cssprop --uzl-color-primary - Accent colour: links, buttons, highlights.
 * @cssprop --uzl-color-on-primary - Text on the accent colour.
 * @cssprop --uzl-color-text - Main text colour.
 * @cssprop --uzl-color-muted - Secondary text (dates, captions).
 * @cssprop --uzl-color-surface - Background of cards and panels.
 * @cssprop --uzl-color-subtle - Background of quiet areas (placeholders, hovered rows).
 * @cssprop --uzl-color-border - Borders and separators.
 * @cssprop --uzl-color-field-border - The edge of form fields (search box, filters); keep it at least 3:1 against the surface.
 * @cssprop --uzl-color-focus - Focus ring.
 * @cssprop --uzl-color-error - Error border and text.
 * @cssprop --uzl-font-family - Font; inherits the page's font by default.
 * @cssprop --uzl-font-size - Base font size; inherits the page's by default.
 * @cssprop --uzl-radius - Corner radius of cards and buttons (default 8px).
 * @cssprop --uzl-space - Base spacing unit (default 1rem).
 */
export abstract class UzlElement extends LitElement {
  static override styles = [...tokens];

  /**
   * Defines the element under `tag` unless that tag is already taken (another copy of the
   * library on the same page, another version): a second definition never throws.
   *
   * @internal The define modules (`uzl-widgets/news-list.js` …) call it; a page imports
   * those, so custom-elements.json leaves it out.
   */
  static define(tag: string): void {
    if (!customElements.get(tag))
      customElements.define(tag, this as unknown as CustomElementConstructor);
  }

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the visitor's system setting). Without it the
   * widget follows the page's own `color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** @internal */
  protected readonly language = new LanguageController(this);

  /** The language this element renders in: `nl`, `en` or `fr`, resolved from `lang` attributes and the browser. */
  get resolvedLang(): Lang {
    return this.language.value;
  }

  /**
   * The shadow root, rendered afresh. A server (`@lit-labs/ssr`) leaves a declarative shadow
   * root holding its snapshot of the element; we empty it and render from scratch rather than
   * hydrate it. Hydration needs the first render in the browser to equal the server's, and it
   * cannot: the server knows neither the page's language (only the element's own `lang`) nor
   * `data` set before the upgrade, and a different template makes Lit's hydration throw, a
   * different text leaves the server's text in place. Emptying happens during the upgrade and
   * the first render follows in a microtask, before the next paint, so nothing flashes. Not
   * calling `super` for such a root also keeps `@lit-labs/ssr-client`'s hydration support
   * (which Astro's and Next.js's Lit integrations load for every Lit element) out of ours.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues): void {
    inLanguage(this.language.value, () => super.update(changed));
    // Every link a widget renders leaves without a handle on the partner's page or its address
    // (README, "Privacy"): one rule here rather than an attribute in each widget's templates.
    // A link that chose its own `rel` (the news list's new-tab links) keeps it.
    for (const link of this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[href]:not([rel])'))
      link.rel = 'noopener noreferrer';
  }

  /** Runs `work` with `msg()` in this element's language, for text made outside `render()` (announcements). */
  protected localize<T>(work: () => T): T {
    return inLanguage(this.language.value, work);
  }

  /** Fires a bubbling, composed event: it reaches listeners outside any shadow root. */
  protected emit<K extends UzlEventName>(name: K, detail: UzlEventDetail<K>): boolean {
    return emitEvent(this, name, detail);
  }
}
