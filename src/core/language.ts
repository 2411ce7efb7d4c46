import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget speaks. English is the source language and the last resort. */
export type Lang = 'nl' | 'en' | 'fr';

/**
 * Maps a BCP 47 tag to a supported language by its primary subtag (`nl-BE` → `nl`,
 * `FR-fr` → `fr`), or `undefined` when we do not speak it.
 */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'en' || primary === 'fr' ? primary : undefined;
}

/** Parent in the flattened sense: crosses shadow roots so a widget inside another component still finds the page's `lang`. */
export function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language the page gives an element: its own `lang`, else the nearest ancestor's
 * (`<html lang>` being the last ancestor), as written (`nl-BE`, `de`); undefined when none
 * says. An empty `lang` means "unknown" in HTML: we keep looking outward rather than guess.
 */
export function declaredLang(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const declared = node.getAttribute('lang');
    if (declared) return declared;
  }
  return undefined;
}

/**
 * The language an element should speak: the declared one (`declaredLang`), else the
 * browser's preferred languages. The nearest declared language decides, like HTML itself:
 * `lang="de"` means English for us, it does not fall through to an outer `lang`.
 */
export function resolveLang(element: Element): Lang {
  const declared = declaredLang(element);
  if (declared) return toSupportedLang(declared) ?? 'en';
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const lang = toSupportedLang(preferred);
    if (lang) return lang;
  }
  return 'en';
}

type LanguageHost = ReactiveControllerHost & HTMLElement;

/**
 * One observer for the whole page, however many widgets: any `lang` attribute changing
 * anywhere in the document, or the browser's language changing, re-resolves every
 * connected widget. Widgets whose language did not change are not touched.
 */
const connected = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function recheckAll(): void {
  for (const controller of connected) controller.recheck();
}

/** Re-renders every connected widget: the page changed its wording (core/wording.ts). */
export function renderAll(): void {
  for (const controller of connected) controller.host.requestUpdate();
}

function startWatching(): void {
  if (observer) return;
  observer = new MutationObserver(recheckAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  window.addEventListener('languagechange', recheckAll);
}

function stopWatching(): void {
  observer?.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', recheckAll);
}

/**
 * Keeps `value` equal to the host's resolved language and re-renders the host when it
 * changes. It never writes any `lang` attribute outside the host's shadow root: the host
 * page's `<html lang>`, and the host element itself, are not ours.
 */
export class LanguageController implements ReactiveController {
  private current: Lang = 'en';
  private marked: Lang | undefined;

  constructor(readonly host: LanguageHost) {
    host.addController(this);
  }

  /** The language the host renders in right now. */
  get value(): Lang {
    return this.current;
  }

  /**
   * The `lang` the widget's own text needs inside its shadow root: its language, when that is
   * not what it inherits (an English widget on a `lang="de"` page, or on a page that declares
   * no language); undefined when the page's language is already the widget's.
   */
  get rootLang(): Lang | undefined {
    return this.marked;
  }

  hostConnected(): void {
    this.resolve();
    connected.add(this);
    startWatching();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) stopWatching();
  }

  /** Called by the shared observer. */
  recheck(): void {
    if (this.resolve()) this.host.requestUpdate();
  }

  /** Reads the host's language afresh; true when what it renders changes. */
  private resolve(): boolean {
    const declared = declaredLang(this.host);
    const next = resolveLang(this.host);
    const marked = declared && toSupportedLang(declared) === next ? undefined : next;
    const changed = next !== this.current || marked !== this.marked;
    this.current = next;
    this.marked = marked;
    return changed;
  }
}
