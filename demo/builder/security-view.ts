/**
 * The builder's "with integrity" outputs (integrity-code.ts): the script snippet at the exact
 * version with the loader's import map of hashes, the same with the all-in-one file, and the
 * Content-Security-Policy lines for the feed chosen. Rendered through the view's own `output`.
 */
import { html, type TemplateResult } from 'lit';
import { cspLines, integritySnippet } from './integrity-code.js';
import { snippet } from './snippet.js';
import type { Strings } from './strings.js';
import type { OutputParts, ViewModel } from './view.js';

/** The three outputs' texts for the state (the hashes' table loaded, or a sentence why not). */
export function securityCode(
  model: ViewModel,
  t: Strings,
): Record<'integrity' | 'integrity-all' | 'csp', string> {
  const { state, secure } = model;
  if (!secure)
    return {
      integrity: t.integrityMissing,
      'integrity-all': t.integrityMissing,
      csp: cspLines(state, "'sha256-…'"),
    };
  const element = snippet(state);
  return {
    integrity: integritySnippet(state, secure.table, 'loader', element),
    'integrity-all': integritySnippet(state, secure.table, 'all', element),
    csp: cspLines(state, secure.hash),
  };
}

export function securityOutputs(
  t: Strings,
  model: ViewModel,
  output: (parts: OutputParts) => TemplateResult,
): TemplateResult {
  const code = securityCode(model, t);
  return html`${output({
    id: 'integrity',
    field: 'integrity-code',
    title: t.integrityTitle,
    help: t.integrityHelp,
    label: t.integrityLabel,
    copy: t.copy,
    code: code.integrity,
  })}
  ${output({
    id: 'integrity-all',
    field: 'integrity-all-code',
    title: t.integrityAllTitle,
    help: t.integrityAllHelp,
    label: t.integrityLabel,
    copy: t.copy,
    code: code['integrity-all'],
  })}
  ${output({
    id: 'csp',
    field: 'csp-code',
    title: t.cspTitle,
    help: t.cspHelp,
    label: t.cspLabel,
    copy: t.copy,
    code: code.csp,
  })}`;
}
