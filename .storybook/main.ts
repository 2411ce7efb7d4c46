import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Feeds for the stories: `src="data/news.json"` is served from demo/data.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: {
    disableTelemetry: true,
  },
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The web-components renderer imports lit/directive-helpers.js; pre-bundle it with
      // `lit` so the dev server serves one copy of lit-html ("Multiple versions of Lit").
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
      // Storybook's own manager/preview chunks exceed Vite's 500 kB warning; not our code.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
