/**
 * The publications' controls: the domain filter, each domain with its number of matches, and
 * the search box.
 */
import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../core/format.js';
import type { Lang } from '../core/language.js';
import { msg } from '../core/localize.js';
import { pickLocalized } from '../core/localized-text.js';
import { selectOptions } from '../core/select-options.js';
import type { Publication } from './ai-publications-feed.js';
import type { IndexedDomain } from './publication-index.js';

export interface ControlsContext {
  lang: Lang;
  /** The chosen domain's id, `''` for all domains. */
  chosen: string;
  /** The search box's text: what the visitor typed, searched or not yet. */
  typed: string;
  onDomainChange: (event: Event) => void;
  onSearchInput: (event: Event) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
}

/** The filter and the search box; `found[i]` is what the search leaves of `domains[i]`. */
export function renderControls(
  domains: readonly IndexedDomain[],
  found: readonly (readonly Publication[])[],
  context: ControlsContext,
): TemplateResult {
  const { lang } = context;
  const all = found.reduce((sum, list) => sum + list.length, 0);
  return html`<div class="controls">
    <label class="field">
      <span class="field-label"
        >${msg('Domain', { id: 'ai.domain', desc: 'AI publications: label above the domain filter (a drop-down), beside the search box. One word, about 12 characters.' })}</span
      >
      <select
        part="filter"
        @change=${context.onDomainChange}
        ${selectOptions(
          [
            {
              value: '',
              label: `${msg('All domains', { id: 'ai.all-domains', desc: "AI publications: the domain filter's first option, followed by the total count in brackets (All domains (42)). Drop-down option, about 20 characters." })} (${formatNumber(all, lang)})`,
            },
            ...domains.map((d, i) => {
              const label = pickLocalized(d.domain.label, lang);
              return {
                value: d.domain.id,
                label: `${label.text} (${formatNumber(found[i]!.length, lang)})`,
                lang: label.lang,
              };
            }),
          ],
          context.chosen,
        )}
      ></select>
    </label>
    <label class="field search">
      <span class="field-label"
        >${msg('Search', { id: 'ai.search', desc: 'AI publications: label above the search box, beside the domain filter. One word, about 12 characters.' })}</span
      >
      <input
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${msg('Title, author or journal', { id: 'ai.search-hint', desc: 'AI publications: grey hint inside the empty search box, which can be 280 px wide: about 30 characters.' })}
        .value=${context.typed}
        @input=${context.onSearchInput}
        @keydown=${context.onSearchKeydown}
      />
    </label>
  </div>`;
}
