import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import customElements from '../custom-elements.json';

// Autodocs read attributes, properties, events, slots, parts and CSS custom properties
// from the manifest that `cem analyze` writes.
setCustomElementsManifest(customElements);

type Lang = 'nl' | 'en' | 'fr';

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
  },
  initialGlobals: {
    lang: 'en',
  },
  decorators: [
    (story, context) => {
      const lang = (context.globals['lang'] as Lang | undefined) ?? 'en';
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: {
      expanded: true,
    },
  },
};

export default preview;
