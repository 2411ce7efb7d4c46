import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget speaks. English is the source language and the last resort. */
export type Lang = 'nl' | 'en' | 'fr';

export const SUPPORTED_LANGS: readonly Lang[] = ['en', 'nl', 'fr'];

/**
 * Maps a BCP 47 tag to a supported language by its primary subtag (`nl-BE` → `nl`,
 * `FR-fr` → `fr`), or `undefined` when we do not speak it.
 */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'en' || primary === 'fr' ? primary : undefined;
}

/** Parent in the flattened sense: crosses shadow roots so a widget inside another component still finds the page's `lang`. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (`<html lang>` being the last ancestor), else the browser's preferred languages.
 * The nearest declared language decides, like HTML itself: `lang="de"` means English for
 * us, it does not fall through to an outer `lang`.
 */
export function resolveLang(element: Element): Lang {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const declared = node.getAttribute('lang');
    // An empty lang means "unknown" in HTML; keep looking outward rather than guessing.
    if (declared) return toSupportedLang(declared) ?? 'en';
  }
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
 * changes. It never writes any `lang` attribute: the host page's `<html lang>` is not ours.
 */
export class LanguageController implements ReactiveController {
  private current: Lang = 'en';

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  /** The language the host renders in right now. */
  get value(): Lang {
    return this.current;
  }

  hostConnected(): void {
    this.current = resolveLang(this.host);
    connected.add(this);
    startWatching();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) stopWatching();
  }

  /** Called by the shared observer. */
  recheck(): void {
    const next = resolveLang(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
