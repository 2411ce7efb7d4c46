/**
 * The live preview: the real element, kept in step with what the snippet says. The element
 * is replaced only when the widget changes; otherwise its attributes, tokens and fallback link
 * are updated in place, so the element re-renders as it would on a page whose script changes
 * them (a new `src` fetches, a new `lang` only re-renders).
 */
import type { ElementSpec } from './snippet.js';

/** Brings `container`'s element in line with `spec`, and returns it. */
export function syncPreview(container: HTMLElement, spec: ElementSpec): HTMLElement {
  let element = container.firstElementChild as HTMLElement | null;
  if (element?.localName !== spec.tag) {
    element = document.createElement(spec.tag);
    container.replaceChildren(element);
  }

  const wanted = new Map(spec.attributes);
  for (const { name } of [...element.attributes]) {
    if (!wanted.has(name) && name !== 'style') element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute
  // written as markup it would block); the snippet writes the same in a <style> block.
  const tokens = new Map(spec.tokens);
  for (const name of [...element.style]) {
    if (!tokens.has(name)) element.style.removeProperty(name);
  }
  for (const [name, value] of tokens) {
    if (element.style.getPropertyValue(name).trim() !== value)
      element.style.setProperty(name, value);
  }
  if (element.style.length === 0) element.removeAttribute('style');

  let link = element.querySelector('a');
  if (!link) {
    link = document.createElement('a');
    element.replaceChildren(link);
  }
  if (link.getAttribute('href') !== spec.fallback.href) link.href = spec.fallback.href;
  if (link.textContent !== spec.fallback.text) link.textContent = spec.fallback.text;
  return element;
}
