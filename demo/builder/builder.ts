/**
 * The embed builder (demo/builder.html): state in, page out. Each change makes a new state,
 * writes it into the URL, renders the page and brings the preview in line; a change of feed
 * (URL, widget, credentials, timeout) also checks the feed again.
 */
import { render } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { debounce } from '../../src/core/debounce.js';
import { checkFeed, type FeedCheck } from './feed-check.js';
import { keptValue } from './manifest-fields.js';
import { syncPreview } from './preview.js';
import { absoluteSrc, elementSpec, snippet } from './snippet.js';
import { fromQuery, toQuery, withWidget, type BuilderState } from './state.js';
import { embedUrl, iframeCode } from './embed-code.js';
import { importMap, loadIntegrity, scriptHash } from './integrity-code.js';
import { securityCode } from './security-view.js';
import { STRINGS } from './strings.js';
import { page, type Actions, type Output, type ViewModel, type WidgetReport } from './view.js';

/** How long typing in a URL or text field may pause before the preview follows it. */
const TYPING_PAUSE_MS = 600;

const root = document.getElementById('builder');
if (!root) throw new Error('builder.html has no #builder');

let state: BuilderState = fromQuery(new URLSearchParams(location.search));
let check: FeedCheck = { status: 'none' };
let report: WidgetReport;
let copyStatus: ViewModel['copyStatus'] = '';
let copied: Output = 'snippet';
/** What the last check was for, and the way to call it off. */
let checkedKey = '';
let checkRun: AbortController | undefined;

const preview = createRef<HTMLDivElement>();

function commit(next: BuilderState): void {
  state = next;
  copyStatus = '';
  const query = toQuery(state).toString();
  history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  draw();
}

type Change = (current: BuilderState) => BuilderState;

/**
 * Typing: the field shows what is typed at once, and the state (preview, URL, snippet)
 * follows after a pause, applied to the state as it is then (a choice made meanwhile stays).
 */
const changeLater = debounce((change: Change) => commit(change(state)), TYPING_PAUSE_MS);
const change = (work: Change, now = true) => (now ? changeLater.now : changeLater)(work);

function withAttribute(current: BuilderState, name: string, value: string | undefined) {
  const attributes = { ...current.attributes };
  if (value === undefined) delete attributes[name];
  else attributes[name] = value;
  return { ...current, attributes };
}

const actions: Actions = {
  setUi: (ui) => change((s) => ({ ...s, ui })),
  setWidget: (widget) => change((s) => withWidget(s, widget)),
  setSrc: (src, now) => change((s) => ({ ...s, src }), now),
  setLang: (lang) => change((s) => ({ ...s, lang })),
  setTheme: (theme) => change((s) => ({ ...s, theme })),
  setAttribute: (field, raw, now) =>
    change(
      (s) => withAttribute(s, field.name, raw === undefined ? undefined : keptValue(field, raw)),
      now,
    ),
  setToken: (key, value) => change((s) => ({ ...s, tokens: { ...s.tokens, [key]: value } })),
  setFallback: (key, value) => change((s) => ({ ...s, [key]: value })),
  setEmbedBase: (embedBase, now) => change((s) => ({ ...s, embedBase }), now),
  setResizeScript: (resizeScript) => change((s) => ({ ...s, resizeScript })),
  copy: (output) => void copyOutput(output),
  preview,
};

/** Each output's text and its field. */
const OUTPUTS: Record<Output, { text: () => string; field: string }> = {
  snippet: { text: () => snippet(state), field: 'snippet' },
  frame: {
    text: () => iframeCode(state, (lang) => STRINGS[lang].widgetNames[state.widget]),
    field: 'frame-code',
  },
  url: { text: () => embedUrl(state), field: 'embed-url' },
  integrity: { text: () => security().integrity, field: 'integrity-code' },
  'integrity-all': { text: () => security()['integrity-all'], field: 'integrity-all-code' },
  csp: { text: () => security().csp, field: 'csp-code' },
};

async function copyOutput(output: Output): Promise<void> {
  const text = OUTPUTS[output].text();
  copied = output;
  try {
    await navigator.clipboard.writeText(text);
    copyStatus = 'copied';
  } catch {
    // No clipboard permission (an insecure origin, a browser that asks): the code is selected
    // for the person to copy with their own keys.
    copyStatus = 'failed';
    const area = document.getElementById(OUTPUTS[output].field) as HTMLTextAreaElement | null;
    area?.focus();
    area?.select();
  }
  draw();
}

/** The preview's element tells what it made of the feed; kept for the status line. */
function listen(container: HTMLElement): void {
  container.addEventListener('uzl-load', () => {
    report = undefined;
    draw();
  });
  container.addEventListener('uzl-error', (event) => {
    report = { error: event.detail.message };
    draw();
  });
}

function checkIfChanged(): void {
  const url = absoluteSrc(state.src);
  const credentials = (state.attributes.credentials ?? 'same-origin') as RequestCredentials;
  const timeout = Number(state.attributes.timeout ?? 10);
  const key = JSON.stringify([state.widget, url, credentials, timeout]);
  if (key === checkedKey) return;
  checkedKey = key;
  checkRun?.abort();
  report = undefined;
  if (!url) {
    check = { status: 'none' };
    return;
  }
  check = { status: 'checking' };
  const run = new AbortController();
  checkRun = run;
  checkFeed({ widget: state.widget, url, credentials, timeout }, run.signal).then(
    (result) => {
      if (checkRun !== run) return;
      check = result;
      draw();
    },
    () => {
      // Called off: a newer check runs.
    },
  );
}

/**
 * Each output's text area shows the whole code, however it wraps: its height follows its
 * content (CSS `field-sizing: content` does this in the newest engines only).
 */
function fitSnippet(): void {
  for (const area of document.querySelectorAll<HTMLTextAreaElement>('textarea.code')) {
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
  }
}
addEventListener('resize', debounce(fitSnippet, 100));

let listening = false;

/** This version's hashes, read once (integrity-code.ts); the outputs say so until then. */
let secure: ViewModel['secure'];
void loadIntegrity().then(async (table) => {
  if (!table) return;
  secure = { table, hash: await scriptHash(importMap(table)) };
  draw();
});
const model = (): ViewModel => ({ state, check, report, copyStatus, copied, secure });
const security = () => securityCode(model(), STRINGS[state.ui]);

function draw(): void {
  document.documentElement.lang = state.ui;
  document.title = STRINGS[state.ui].docTitle;
  checkIfChanged();
  render(page(model(), actions), root!);
  fitSnippet();
  const container = preview.value;
  if (!container) return;
  if (!listening) {
    listen(container);
    listening = true;
  }
  syncPreview(container, elementSpec(state));
}

draw();
