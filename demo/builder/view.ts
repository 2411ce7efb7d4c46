/**
 * The builder's page, as lit-html templates rendered into the light DOM (the page's own CSS
 * and a screen reader's view of a plain form). Every control has a visible label; groups of
 * choices are fieldsets with a legend; help and errors are tied to their control with
 * `aria-describedby`; what changes by itself (the feed check, the contrast warning, the copy
 * result) is in a polite live region that exists from the first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Lang } from '../../src/core/language.js';
import { issueMessage, pathText, type ValidationIssue } from '../../src/core/validation-issue.js';
import { contrastProblems, type ContrastProblem } from './contrast.js';
import { defaultEmbedBase, embedUrl, iframeCode } from './embed-code.js';
import type { FeedCheck } from './feed-check.js';
import { fieldsOf, type Field } from './manifest-fields.js';
import type { IntegrityTable } from './integrity-code.js';
import { securityOutputs } from './security-view.js';
import { isColour, isSafeFont, snippet } from './snippet.js';
import {
  LANG_CHOICES,
  THEME_CHOICES,
  type BuilderState,
  type LangChoice,
  type ThemeChoice,
  type Tokens,
} from './state.js';
import { STRINGS, type Strings } from './strings.js';
import { WIDGETS, WIDGET_IDS, type WidgetId } from './widgets.js';

/** The preview element's last `uzl-error` message, when its last word was an error. */
export type WidgetReport = { error: string } | undefined;

/**
 * The outputs, each with its copy button: the script snippet, the same with integrity (the
 * loader, the all-in-one file), the CSP lines, the frame, the URL.
 */
export type Output = 'snippet' | 'integrity' | 'integrity-all' | 'csp' | 'frame' | 'url';

export interface ViewModel {
  state: BuilderState;
  check: FeedCheck;
  report: WidgetReport;
  copyStatus: '' | 'copied' | 'failed';
  /** The output the last copy was of. */
  copied: Output;
  /** This version's integrity hashes and its import map's sha256, once loaded. */
  secure?: { table: IntegrityTable; hash: string };
}

export interface Actions {
  setUi(lang: Lang): void;
  setWidget(widget: WidgetId): void;
  /** The feed URL as typed; `commit` when the person is done (change, Enter). */
  setSrc(src: string, commit: boolean): void;
  setLang(lang: LangChoice): void;
  setTheme(theme: ThemeChoice): void;
  /**
   * A generated field's raw value (undefined: the attribute is left out); `commit` is false
   * while a text field is being typed in.
   */
  setAttribute(field: Field, raw: string | undefined, commit: boolean): void;
  setToken(key: keyof Tokens, value: string): void;
  setFallback(key: 'fallbackText' | 'fallbackHref', value: string): void;
  copy(output: Output): void;
  setEmbedBase(base: string, commit: boolean): void;
  setResizeScript(on: boolean): void;
  /** Where the preview's element lives. */
  preview: Ref<HTMLDivElement>;
}

const UI_LANGS: Lang[] = ['nl', 'en', 'fr'];

/** JSDoc help text: `code` in backticks becomes <code>. It is English: marked so in nl and fr. */
function helpText(text: string, ui: Lang): TemplateResult {
  const parts = text.split('`');
  return html`<span lang=${ifDefined(ui === 'en' ? undefined : 'en')}
    >${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}</span
  >`;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function header(t: Strings, ui: Lang, actions: Actions): TemplateResult {
  return html`<header class="bar">
    <div class="wrap bar-inner">
      <p class="brand">uzl-widgets</p>
      <div class="lang-switch" role="group" aria-labelledby="ui-lang-label">
        <span id="ui-lang-label" class="lang-switch-label">${t.uiLanguage}</span>
        ${UI_LANGS.map(
          (lang) =>
            html`<button
              type="button"
              lang=${lang}
              aria-pressed=${lang === ui ? 'true' : 'false'}
              @click=${() => actions.setUi(lang)}
            >
              ${lang.toUpperCase()}<span class="visually-hidden">
                – ${STRINGS[lang].languageNames[lang]}</span
              >
            </button>`,
        )}
      </div>
    </div>
  </header>`;
}

/** A group of radio buttons: one fieldset, one legend, optional help under the legend. */
function radios<V extends string>(options: {
  name: string;
  legend: TemplateResult | string;
  help?: TemplateResult | string;
  choices: readonly V[];
  label: (value: V) => TemplateResult | string;
  checked: V;
  onPick: (value: V) => void;
}): TemplateResult {
  const helpId = `${options.name}-help`;
  return html`<fieldset
    class="choices"
    aria-describedby=${ifDefined(options.help ? helpId : undefined)}
  >
    <legend>${options.legend}</legend>
    ${options.help ? html`<p class="help" id=${helpId}>${options.help}</p>` : nothing}
    ${options.choices.map(
      (value) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${options.name}
            .value=${value as string}
            .checked=${value === options.checked}
            @change=${() => options.onPick(value)}
          />
          <span>${options.label(value)}</span>
        </label>`,
    )}
  </fieldset>`;
}

function widgetField(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  return radios({
    name: 'widget',
    legend: t.widgetLegend,
    choices: WIDGET_IDS,
    label: (id) => html`${t.widgetNames[id]} <code>&lt;${WIDGETS[id].tag}&gt;</code>`,
    checked: state.widget,
    onPick: (id) => actions.setWidget(id),
  });
}

function feedField(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  const demo = WIDGETS[state.widget].demoFeed;
  return html`<fieldset>
    <legend>${t.feedLegend}</legend>
    <div class="field">
      <label for="feed-url">${t.feedUrl}</label>
      <input
        id="feed-url"
        type="text"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        .value=${state.src}
        aria-describedby="feed-url-help"
        @input=${(e: Event) => actions.setSrc(valueOf(e), false)}
        @change=${(e: Event) => actions.setSrc(valueOf(e), true)}
      />
      <p class="help" id="feed-url-help">${t.feedHelp}</p>
      ${
        state.src === demo
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => actions.setSrc(demo, true)}>
              ${t.demoFeed}
            </button>`
      }
    </div>
  </fieldset>`;
}

function languageField(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  return radios({
    name: 'lang',
    legend: t.languageLegend,
    help: t.languageHelp,
    choices: LANG_CHOICES,
    label: (lang) =>
      lang === '' ? t.followPage : html`<span lang=${lang}>${t.languageNames[lang]}</span>`,
    checked: state.lang,
    onPick: (lang) => actions.setLang(lang),
  });
}

function themeField(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  const names: Record<ThemeChoice, string> = {
    '': t.themeFollow,
    light: t.themeLight,
    dark: t.themeDark,
    auto: t.themeAuto,
  };
  return radios({
    name: 'theme',
    legend: t.themeLegend,
    help: t.themeHelp,
    choices: THEME_CHOICES,
    label: (theme) => names[theme],
    checked: state.theme,
    onPick: (theme) => actions.setTheme(theme),
  });
}

/** One attribute's control, as its manifest entry describes it. */
function generatedField(field: Field, state: BuilderState, actions: Actions): TemplateResult {
  const t = STRINGS[state.ui];
  const id = `attr-${field.name}`;
  const helpId = `${id}-help`;
  const value = state.attributes[field.name];
  const help = helpText(field.help, state.ui);
  const name = html`<code>${field.name}</code>`;
  switch (field.kind) {
    case 'choice': {
      const choices = field.default === '' ? ['', ...field.values] : field.values;
      return radios({
        name: id,
        legend: name,
        help,
        choices,
        label: (choice) => (choice === '' ? t.notSet : html`<code>${choice}</code>`),
        checked: value ?? field.default,
        onPick: (choice) => actions.setAttribute(field, choice, true),
      });
    }
    case 'boolean':
      return html`<div class="field check">
        <input
          id=${id}
          type="checkbox"
          .checked=${value !== undefined}
          aria-describedby=${helpId}
          @change=${(e: Event) =>
            actions.setAttribute(
              field,
              (e.target as HTMLInputElement).checked ? '' : undefined,
              true,
            )}
        />
        <label for=${id}>${name}</label>
        <p class="help" id=${helpId}>${help}</p>
      </div>`;
    case 'number':
      return html`<div class="field">
        <label for=${id}>${name}</label>
        <input
          id=${id}
          type="number"
          min="0"
          step="1"
          inputmode="numeric"
          .value=${value ?? field.default}
          aria-describedby=${helpId}
          @input=${(e: Event) => actions.setAttribute(field, valueOf(e), true)}
        />
        <p class="help" id=${helpId}>
          ${help}${field.default === '' ? html` ${t.noDefaultHelp}` : nothing}
        </p>
      </div>`;
    case 'text':
      return html`<div class="field">
        <label for=${id}>${name}</label>
        <input
          id=${id}
          type="text"
          spellcheck="false"
          .value=${value ?? ''}
          aria-describedby=${helpId}
          @input=${(e: Event) => actions.setAttribute(field, valueOf(e), false)}
          @change=${(e: Event) => actions.setAttribute(field, valueOf(e), true)}
        />
        <p class="help" id=${helpId}>${help} ${t.noDefaultHelp}</p>
      </div>`;
  }
}

function attributeFields(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  const tag = WIDGETS[state.widget].tag;
  const fields = fieldsOf(tag);
  const group = (legend: TemplateResult | string, list: Field[]) =>
    list.length === 0
      ? nothing
      : html`<fieldset class="attributes">
          <legend>${legend}</legend>
          ${list.map((field) => generatedField(field, state, actions))}
        </fieldset>`;
  // Keyed by the widget: another widget's fields are new controls, not recycled ones.
  const own = fields.filter((f) => !f.shared);
  const shared = fields.filter((f) => f.shared);
  return html`${keyed(tag, html`${group(t.ownLegend(`<${tag}>`), own)}${group(t.sharedLegend, shared)}`)}`;
}

function contrastWarning(t: Strings, state: BuilderState, problems: ContrastProblem[]) {
  if (problems.length === 0) return nothing;
  const ratio = (value: number) =>
    // Rounded down: 4.48 must not read as the 4.5 it fails.
    new Intl.NumberFormat(state.ui, { maximumFractionDigits: 1 }).format(
      Math.floor(value * 10) / 10,
    );
  const colour = state.tokens.primary.trim();
  return html`<div class="warning">
    <p class="warning-title"><strong>${t.contrastTitle}</strong></p>
    <ul>
      ${problems.map((p) => {
        const scheme = p.scheme === 'light' ? t.schemeLight : t.schemeDark;
        const say = p.use === 'text' ? t.contrastText : t.contrastButton;
        return html`<li>${say(colour, ratio(p.ratio), p.against, scheme)}</li>`;
      })}
    </ul>
    <p>${t.contrastAdvice}</p>
  </div>`;
}

function looksFields(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  const { primary, font, radius } = state.tokens;
  const badColour = primary.trim() !== '' && !isColour(primary);
  const badFont = !isSafeFont(font);
  const problems = badColour ? [] : contrastProblems(primary, state.theme);
  const hex = /^#[0-9a-f]{6}$/i.test(primary.trim()) ? primary.trim().toLowerCase() : '#00648c';
  return html`<fieldset>
    <legend>${t.looksLegend}</legend>
    <div class="field">
      <label for="token-primary">${t.primary}</label>
      <div class="colour-row">
        <input
          id="token-primary"
          type="text"
          spellcheck="false"
          autocomplete="off"
          .value=${primary}
          aria-invalid=${badColour ? 'true' : 'false'}
          aria-describedby="token-primary-help token-primary-error contrast-warning"
          @input=${(e: Event) => actions.setToken('primary', valueOf(e))}
        />
        <input
          type="color"
          class="swatch"
          .value=${hex}
          aria-label=${t.primaryPicker}
          @input=${(e: Event) => actions.setToken('primary', valueOf(e))}
        />
      </div>
      <p class="help" id="token-primary-help">${t.primaryHelp}</p>
      <p class="error" id="token-primary-error">${badColour ? t.primaryInvalid : nothing}</p>
      <div id="contrast-warning" role="status">${contrastWarning(t, state, problems)}</div>
    </div>
    <div class="field">
      <label for="token-font">${t.font}</label>
      <input
        id="token-font"
        type="text"
        spellcheck="false"
        .value=${font}
        aria-invalid=${badFont ? 'true' : 'false'}
        aria-describedby="token-font-help token-font-error"
        @input=${(e: Event) => actions.setToken('font', valueOf(e))}
      />
      <p class="help" id="token-font-help">${t.fontHelp}</p>
      <p class="error" id="token-font-error">${badFont ? t.fontInvalid : nothing}</p>
    </div>
    <div class="field">
      <label for="token-radius">${t.radius}</label>
      <input
        id="token-radius"
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        .value=${radius}
        aria-describedby="token-radius-help"
        @input=${(e: Event) => actions.setToken('radius', valueOf(e))}
      />
      <p class="help" id="token-radius-help">${t.radiusHelp}</p>
    </div>
  </fieldset>`;
}

function fallbackFields(t: Strings, state: BuilderState, actions: Actions): TemplateResult {
  const lang = state.lang || state.ui;
  const widget = WIDGETS[state.widget];
  return html`<fieldset aria-describedby="fallback-help">
    <legend>${t.fallbackLegend}</legend>
    <p class="help" id="fallback-help">${t.fallbackHelp}</p>
    <div class="field">
      <label for="fallback-text">${t.fallbackText}</label>
      <input
        id="fallback-text"
        type="text"
        .value=${state.fallbackText}
        placeholder=${STRINGS[lang].fallbackDefaults[state.widget]}
        @input=${(e: Event) => actions.setFallback('fallbackText', valueOf(e))}
      />
    </div>
    <div class="field">
      <label for="fallback-href">${t.fallbackHref}</label>
      <input
        id="fallback-href"
        type="url"
        spellcheck="false"
        .value=${state.fallbackHref}
        placeholder=${widget.fallbackHref[lang]}
        @input=${(e: Event) => actions.setFallback('fallbackHref', valueOf(e))}
      />
    </div>
  </fieldset>`;
}

function issues(list: ValidationIssue[], ui: Lang): TemplateResult {
  // The widgets' own words, in English, with the path a feed author looks for.
  return html`<ul class="issues" lang=${ifDefined(ui === 'en' ? undefined : 'en')}>
    ${list.map((issue) => html`<li><code>${pathText(issue.path)}</code> ${issueMessage(issue)}</li>`)}
  </ul>`;
}

/** The one sentence the live region speaks about the feed. */
function checkSummary(t: Strings, check: FeedCheck): string {
  switch (check.status) {
    case 'none':
      return t.noFeed;
    case 'checking':
      return t.checking;
    case 'ok':
      return t.feedOk;
    case 'failed':
      switch (check.kind) {
        case 'network':
          return t.feedNetwork;
        case 'timeout':
          return t.feedTimeout(check.seconds ?? 10);
        case 'http': {
          const status = check.httpStatus ?? 0;
          const why =
            status === 401 || status === 403
              ? t.feedHttpLogin
              : status === 404 || status === 410
                ? t.feedHttpNotFound
                : status >= 500
                  ? t.feedHttpServer
                  : '';
          return `${t.feedHttp(status)} ${why}`.trim();
        }
        case 'parse':
          return t.feedParse;
        case 'invalid':
          return t.feedInvalid(check.problems.length || 1);
      }
  }
}

function checkDetails(t: Strings, state: BuilderState, check: FeedCheck, report: WidgetReport) {
  const ui = state.ui;
  if (check.status === 'ok') {
    return html`${
      check.skipped.length > 0
        ? html`<p>${t.skipped(check.skipped.length)}</p>
            ${issues(
              check.skipped.map((item) => item.problems[0]!),
              ui,
            )}`
        : nothing
    }
    ${
      report
        ? html`<p>${t.feedWidgetSays}</p>
            <p class="technical" lang=${ifDefined(ui === 'en' ? undefined : 'en')}>
              ${report.error}
            </p>`
        : nothing
    }`;
  }
  if (check.status !== 'failed') return nothing;
  if (check.kind === 'invalid') {
    return html`${issues(check.problems, ui)}
    ${
      check.otherWidget
        ? html`<p>${t.feedOtherWidget(t.widgetNames[check.otherWidget])}</p>`
        : nothing
    }`;
  }
  return html`${check.foreignOrigin ? html`<p>${t.feedCrossOrigin(check.foreignOrigin)}</p>` : nothing}
    <p>${t.details}</p>
    <p class="technical" lang=${ifDefined(ui === 'en' ? undefined : 'en')}>${check.message}</p>`;
}

function previewSection(t: Strings, model: ViewModel, actions: Actions): TemplateResult {
  const { state, check, report } = model;
  const tone = check.status === 'failed' ? 'bad' : check.status === 'ok' ? 'good' : 'neutral';
  return html`<section class="panel" aria-labelledby="preview-title">
    <h2 id="preview-title">${t.previewTitle}</h2>
    <p class="help">${t.previewHelp}</p>
    <div class="feed-status ${tone}">
      <p id="feed-status" role="status">${checkSummary(t, check)}</p>
      <div class="feed-details">${checkDetails(t, state, check, report)}</div>
    </div>
    <div
      class="preview"
      role="region"
      aria-label=${`${t.previewTitle}: <${WIDGETS[state.widget].tag}>`}
      tabindex="0"
      ${ref(actions.preview)}
    ></div>
  </section>`;
}

/** What one output shows: its title, when to use it, its code and its copy button's label. */
export interface OutputParts {
  id: Output;
  field: string;
  title: string;
  help: string;
  label: string;
  copy: string;
  code: string;
  extra?: TemplateResult;
}

/** One output: its title, one line on when to use it, the code, and its copy button. */
function output(model: ViewModel, actions: Actions, parts: OutputParts): TemplateResult {
  const t = STRINGS[model.state.ui];
  const status =
    model.copied !== parts.id
      ? ''
      : model.copyStatus === 'copied'
        ? t.copied
        : model.copyStatus === 'failed'
          ? t.copyFailed
          : '';
  const statusId = parts.id === 'snippet' ? 'copy-status' : `copy-status-${parts.id}`;
  return html`<div class="output">
    <h3 id=${`${parts.field}-title`}>${parts.title}</h3>
    <p class="help" id=${`${parts.field}-help`}>${parts.help}</p>
    ${parts.extra ?? nothing}
    <label for=${parts.field}>${parts.label}</label>
    <textarea
      id=${parts.field}
      class="code"
      readonly
      spellcheck="false"
      rows=${parts.code.trimEnd().split('\n').length}
      aria-describedby=${`${parts.field}-help`}
      .value=${parts.code}
      @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
    ></textarea>
    <div class="copy-row">
      <button type="button" class="primary" @click=${() => actions.copy(parts.id)}>
        ${parts.copy}
      </button>
      <p id=${statusId} role="status">${status}</p>
    </div>
  </div>`;
}

function snippetSection(t: Strings, model: ViewModel, actions: Actions): TemplateResult {
  const { state } = model;
  const name = (lang: Lang) => STRINGS[lang].widgetNames[state.widget];
  const base = html`<div class="field">
    <label for="embed-base">${t.embedBase}</label>
    <input
      id="embed-base"
      type="url"
      spellcheck="false"
      aria-describedby="embed-base-help"
      .value=${state.embedBase || defaultEmbedBase()}
      @input=${(e: Event) => actions.setEmbedBase(valueOf(e), false)}
      @change=${(e: Event) => actions.setEmbedBase(valueOf(e), true)}
    />
    <p class="help" id="embed-base-help">${t.embedBaseHelp}</p>
  </div>`;
  const resize = html`<div class="field check">
    <input
      id="resize-script"
      type="checkbox"
      .checked=${state.resizeScript}
      @change=${(e: Event) => actions.setResizeScript((e.target as HTMLInputElement).checked)}
    />
    <label for="resize-script">${t.frameResize}</label>
  </div>`;
  return html`<section class="panel" aria-labelledby="snippet-title">
    <h2 id="snippet-title">${t.snippetTitle}</h2>
    ${output(model, actions, {
      id: 'snippet',
      field: 'snippet',
      title: t.scriptTitle,
      help: t.snippetHelp,
      label: t.snippetLabel,
      copy: t.copy,
      code: snippet(state),
    })}
    ${securityOutputs(t, model, (parts) => output(model, actions, parts))}
    ${output(model, actions, {
      id: 'frame',
      field: 'frame-code',
      title: t.frameTitle,
      help: t.frameHelp,
      label: t.frameLabel,
      copy: t.copyFrame,
      code: iframeCode(state, name),
      extra: resize,
    })}
    ${output(model, actions, {
      id: 'url',
      field: 'embed-url',
      title: t.urlTitle,
      help: t.urlHelp,
      label: t.urlLabel,
      copy: t.copyUrl,
      code: embedUrl(state),
      extra: base,
    })}
  </section>`;
}

export function page(model: ViewModel, actions: Actions): TemplateResult {
  const { state } = model;
  const t = STRINGS[state.ui];
  return html`<a class="skip-link" href="#main">${t.skip}</a>
    ${header(t, state.ui, actions)}
    <main id="main" tabindex="-1">
      <div class="wrap">
        <h1>${t.title}</h1>
        <p class="lead">${t.lead}</p>
        <p><a href=${state.ui === 'nl' ? './' : `./?lang=${state.ui}`}>${t.demoLink}</a></p>
        <div class="layout">
          <form
            class="settings"
            aria-labelledby="settings-title"
            @submit=${(e: Event) => e.preventDefault()}
          >
            <h2 id="settings-title">${t.formLabel}</h2>
            ${widgetField(t, state, actions)} ${feedField(t, state, actions)}
            ${languageField(t, state, actions)} ${themeField(t, state, actions)}
            ${attributeFields(t, state, actions)} ${looksFields(t, state, actions)}
            ${fallbackFields(t, state, actions)}
          </form>
          <div class="results">
            ${previewSection(t, model, actions)} ${snippetSection(t, model, actions)}
          </div>
        </div>
      </div>
    </main>`;
}
