/**
 * The sentence that stands in for a widget asked to read its feed with the visitor's cookies
 * (`credentials="include"`) in a frame that has none (an opaque origin: sandboxed, as
 * WordPress frames are), followed by `link`, the feed's own page. A module of its own, loaded
 * only then: its translations would otherwise weigh on every embed page.
 */
import type { Lang } from '../core/language.js';
import { msg, speak } from './embed-messages.js';

export function refuse(lang: Lang, link: HTMLAnchorElement): void {
  speak(lang);
  const refusal = document.createElement('p');
  refusal.setAttribute('role', 'alert');
  refusal.textContent = msg(
    'This content is for signed-in visitors, and nobody can sign in inside an embedded frame. Open it on its own page:',
    {
      id: 'embed.no-cookies',
      desc: "Embed page (a widget inside an iframe): shown instead of the widget when its feed needs a login, above a link to the content's own page. One or two sentences; ends with a colon before the link.",
    },
  );
  document.body.replaceChildren(refusal, link);
}
