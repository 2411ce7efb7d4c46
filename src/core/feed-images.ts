import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang } from './language.js';
import { pickLocalized, type LocalizedText } from './localized-text.js';
import { safeUrl } from './safe-url.js';

/** An image as a feed gives it (a news item's, a campus's). */
export interface FeedImage {
  /** Image URL, absolute or relative to the feed. */
  src: string;
  /** Alternative text; without it the image is decorative. */
  alt?: LocalizedText;
  /** Intrinsic size in pixels, when the feed says: the browser keeps the room before it loads. */
  width?: number;
  height?: number;
}

/** The image block's look: the width of its box, cropped to the widget's `--_ratio`. */
export const feedImageStyles = css`
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    background: var(--_uzl-subtle);
  }
`;

/**
 * A widget's feed images: each shown as the same block (`class="image" part="image"`, loaded
 * lazily, its alt text in its own language, asked for without a `Referer`: the image's host
 * learns nothing of the partner's page, not even its origin, whatever the page's own referrer
 * policy; README, "Privacy"), and those that failed to load remembered, so
 * their item shows without a picture rather than with a broken one.
 */
export class FeedImages {
  private failed: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Where `image` is shown from: its URL resolved against `base`, unless unsafe or it failed. */
  src(image: FeedImage | undefined, base: string): string | undefined {
    const src = image && safeUrl(image.src, 'image', base);
    return src && !this.failed.has(src) ? src : undefined;
  }

  /** The `<img>` for `image`, at the `src` that `src()` gave. */
  render(image: FeedImage, src: string, lang: Lang): TemplateResult {
    const alt = pickLocalized(image.alt, lang);
    return html`<img
      class="image"
      part="image"
      src=${src}
      alt=${alt.text}
      lang=${ifDefined(alt.lang)}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.onError}
    />`;
  }

  /** Remembers the URL of an image that failed and renders again without it. */
  private readonly onError = (event: Event): void => {
    const src = (event.currentTarget as HTMLImageElement).getAttribute('src');
    if (!src || this.failed.has(src)) return;
    this.failed = new Set(this.failed).add(src);
    this.host.requestUpdate();
  };
}
