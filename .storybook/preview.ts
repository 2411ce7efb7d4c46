import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import customElements from '../custom-elements.json';
import { BRANDS, brandStyle } from './brands.js';

// Autodocs read attributes, properties, events, slots, parts and CSS custom properties
// from the manifest that `cem analyze` writes.
setCustomElementsManifest(customElements);

type Lang = 'nl' | 'en' | 'fr';
type Theme = 'light' | 'dark' | 'auto';

/**
 * The page's colour scheme for each theme. The widgets follow the page's `color-scheme`
 * (their colours are `light-dark()`), so the stories are themed the way a partner's page
 * themes them, not through the `theme` attribute, which paints a box of its own.
 */
const COLOR_SCHEME: Record<Theme, string> = {
  light: 'light',
  dark: 'dark',
  auto: 'light dark',
};

/** The widths the widgets are designed for: a phone, a sidebar or half page, a tablet, a desktop. */
const VIEWPORTS = {
  w320: { name: '320 px (phone)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  w560: { name: '560 px (column)', styles: { width: '560px', height: '800px' }, type: 'mobile' },
  w768: { name: '768 px (tablet)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  w1280: {
    name: '1280 px (desktop)',
    styles: { width: '1280px', height: '800px' },
    type: 'desktop',
  },
} as const;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets (sets lang on a wrapper element)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the widgets (auto follows the system)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'A partner hospital’s colours, font and radius through the --uzl-* tokens',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'uzl', title: 'UZ Leuven (defaults)' },
          ...Object.entries(BRANDS).map(([value, brand]) => ({
            value,
            title: brand.title,
            right: brand.description,
          })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    lang: 'en',
    theme: 'light',
    brand: 'uzl',
  },
  decorators: [
    (story, context) => {
      const lang = (context.globals['lang'] as Lang | undefined) ?? 'en';
      const theme = (context.globals['theme'] as Theme | undefined) ?? 'light';
      const brand = BRANDS[(context.globals['brand'] as string | undefined) ?? ''];
      // Canvas and CanvasText follow color-scheme: the page behind the widgets turns dark too.
      const style =
        `color-scheme: ${COLOR_SCHEME[theme] ?? 'light'}; background: Canvas; color: CanvasText; ` +
        brandStyle(brand);
      // The whole preview too, so the canvas around a story (and a docs page) is dark in dark.
      document.documentElement.style.colorScheme = COLOR_SCHEME[theme] ?? 'light';
      return html`<div class="uzl-story" lang=${lang} style=${style}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: {
      expanded: true,
    },
    viewport: { options: VIEWPORTS },
  },
};

export default preview;
