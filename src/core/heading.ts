import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Headings at the level a page asks for (`heading-level`), so a widget fits the page's
 * outline wherever it is placed.
 */

/** `heading-level` as a usable level: rounded, and kept within `2`…`max` (h1 is the page's own). */
export function clampHeadingLevel(value: number, fallback: number, max = 6): number {
  const level = Math.round(value);
  return Number.isFinite(level) ? Math.min(max, Math.max(2, level)) : fallback;
}

/** The level of a heading under one at `level`: one below, but no lower than h6, the last there is. */
export function subheadingLevel(level: number): number {
  return Math.min(6, level + 1);
}

/** What a heading carries besides its level and content. */
export interface HeadingAttributes {
  class: string;
  part?: string;
  id?: string;
  /** `-1` for a heading that script focuses (a panel's title as the panel opens). */
  tabindex?: number;
  /** The language of feed text in the heading, when it is not the widget's (`PickedText.lang`). */
  lang?: string | undefined;
}

/** An `<h2>`…`<h6>`: one template per level, as plain Lit templates cannot choose a tag name at run time. */
export function renderHeading(
  level: number,
  content: unknown,
  attrs: HeadingAttributes,
): TemplateResult {
  const { class: cls, part, id, tabindex, lang } = attrs;
  // One line per level, however long: prettier would break a template over lines and so put
  // white space around `content`, in every widget's headings.
  // prettier-ignore
  switch (level) {
    case 2:
      return html`<h2 class=${cls} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 4:
      return html`<h4 class=${cls} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${cls} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h3 class=${cls} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h3>`;
  }
}
