import { css, html, nothing, type TemplateResult } from 'lit';
import { textButton } from './button.js';
import type { FeedError } from './feed-error.js';
import { msg } from './localize.js';

/**
 * The views every widget shows around its data: loading, empty and error. They are
 * rendered inside the widget's own update, so `msg()` answers in the widget's language.
 */

/**
 * A quiet placeholder that takes about the space the data will take, so nothing below it
 * jumps when the data arrives. Each widget sets `--_uzl-loading-height` in its own styles
 * (a style sheet, not an inline style: inline styles break under a strict CSP).
 */
export function loadingView(): TemplateResult {
  return html`<div class="uzl-loading" part="loading">
    <span class="visually-hidden"
      >${msg('Loading…', { id: 'state.loading', desc: 'Every widget, while its data loads: read aloud by screen readers only, never seen. Any length.' })}</span
    >
    <div class="uzl-skeleton" aria-hidden="true"></div>
  </div>`;
}

/**
 * What a server renders (`@lit-labs/ssr`, into a declarative shadow root) in place of the
 * placeholder: the same room, holding the page author's fallback content (the element's
 * light-DOM children) and nothing that pretends to load. It shows until the script upgrades
 * the element, which renders afresh (`UzlElement.createRenderRoot`), and for good when
 * JavaScript is off, where the fallback link is all the visitor gets, as on a page without
 * server rendering.
 */
export function serverView(): TemplateResult {
  return html`<div class="uzl-loading" part="loading"><slot></slot></div>`;
}

export function emptyView(
  message: string = msg('Nothing to show at the moment.', {
    id: 'state.empty',
    desc: "Every widget, in place of its content when the feed has nothing to show (a widget's own empty message usually replaces it). One short sentence; wraps over the widget's width, which can be as narrow as 320 px.",
  }),
): TemplateResult {
  return html`<p class="uzl-empty" part="empty">${message}</p>`;
}

/** What the visitor is told; the developer's details go to the `uzl-error` event and the console. */
export function errorMessage(error: FeedError): string {
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return msg('The information could not be loaded. Check your connection and try again.', {
        id: 'error.unreachable',
        desc: 'Every widget, in place of its content when the network failed or timed out; a Retry button follows. One or two short sentences; wraps, widget can be 320 px wide.',
      });
    case 'http':
      switch (error.status) {
        case 404:
          return msg('The information could not be found.', {
            id: 'error.not-found',
            desc: "Every widget, in place of its content when the feed's address does not exist (HTTP 404). One short sentence; wraps.",
          });
        // An intranet feed without the visitor's login, or one that is not theirs to see:
        // waiting will not help, signing in may.
        case 401:
        case 403:
          return msg(
            'The information is only available after signing in, or is not available to you.',
            {
              id: 'error.forbidden',
              desc: 'Every widget, in place of its content when the feed needs a login the visitor does not have (HTTP 401/403). One sentence; wraps.',
            },
          );
        default:
          return msg('The information is temporarily unavailable. Please try again later.', {
            id: 'error.server',
            desc: "Every widget, in place of its content when the feed's server fails (HTTP 5xx); a Retry button follows. One or two short sentences; wraps.",
          });
      }
    default:
      return msg('The information could not be read.', {
        id: 'error.unreadable',
        desc: 'Every widget, in place of its content when the feed is not valid JSON or not in the expected shape. One short sentence; wraps.',
      });
  }
}

/**
 * The error message with a Retry button (when retrying can help) and the page author's
 * fallback content (the element's light-DOM children, e.g. a plain link to the source page).
 * `message` replaces the standard text for an error the widget explains itself.
 */
export function errorView(
  error: FeedError,
  onRetry: (() => void) | undefined,
  message: string = errorMessage(error),
): TemplateResult {
  return html`<div class="uzl-error" part="error">
    <p class="uzl-error-message">${message}</p>
    ${onRetry ? retryButton(onRetry) : nothing}
    <slot></slot>
  </div>`;
}

/** The Retry button: in the error box, and in the note above a last good copy (persisted-copy.ts). */
export function retryButton(onRetry: () => void): TemplateResult {
  return textButton(
    '',
    'retry',
    msg('Retry', {
      id: 'state.retry',
      desc: 'Every widget: the button under an error message that loads the feed again. Button label: one or two words, about 15 characters.',
    }),
    onRetry,
  );
}

/** A line shown above data that could not be refreshed: the data stays, the visitor knows it may be old. */
export function staleNotice(): TemplateResult {
  return html`<p class="uzl-stale" part="stale">
    ${msg('This information could not be updated just now; it may be out of date.', { id: 'state.stale', desc: 'Every widget: a line above content that is still shown although refreshing it failed. One sentence; wraps.' })}
  </p>`;
}

export const stateStyles = css`
  /*
   * A server-rendered element, not yet defined, holds its room with serverView inside its
   * declarative shadow root; the page's dist/uzl-widgets.css gives an undefined tag its room
   * with ::before. Both would stack (twice the height, the fallback link half-way down), so
   * here the inner one wins: an !important rule of a shadow root outweighs any of the page.
   */
  :host(:not(:defined))::before {
    content: none !important;
  }
  .uzl-loading {
    min-height: var(--_uzl-loading-height, 12rem);
    display: flex;
  }
  /* A server-rendered page with scripting off: the fallback link, not a room kept for good. */
  @media (scripting: none) {
    .uzl-loading {
      min-height: 0;
    }
  }
  .uzl-skeleton {
    flex: 1;
    border-radius: var(--_uzl-radius);
    background: linear-gradient(
      90deg,
      var(--_uzl-subtle) 30%,
      var(--_uzl-surface) 50%,
      var(--_uzl-subtle) 70%
    );
    background-size: 300% 100%;
    animation: uzl-shimmer 1.6s ease-in-out infinite;
  }
  @keyframes uzl-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .uzl-skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .uzl-skeleton {
      border: 1px dashed CanvasText;
    }
  }
  .uzl-empty,
  .uzl-stale {
    margin: 0;
    color: var(--_uzl-muted);
  }
  .uzl-stale {
    font-size: 0.875em;
    margin-block-end: calc(var(--_uzl-space) / 2);
  }
  .uzl-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_uzl-space) / 2) var(--_uzl-space);
    padding: var(--_uzl-space);
    border: 1px solid var(--_uzl-error);
    border-radius: var(--_uzl-radius);
  }
  .uzl-error-message {
    margin: 0;
    flex: 1 1 16rem;
  }
  .uzl-error ::slotted(*) {
    flex-basis: 100%;
    margin: 0;
  }
  /* A forced theme paints the widget's own surface, and the page's colours for its fallback
     content were chosen for the page's background, not this one: a blue link on the dark
     surface reads 2:1. Important, because a page's own rule for its links would otherwise win
     over ::slotted. */
  :host([theme]) ::slotted(*) {
    color: var(--_uzl-text) !important;
  }
  :host([theme]) ::slotted(a) {
    color: var(--_uzl-primary) !important;
  }
`;
