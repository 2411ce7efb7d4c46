import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tags starting with uzl- are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('uzl-') } },
    }),
  ],
  // The feeds are the library's demo feeds, served at the app's root (news.json, events.json, …).
  publicDir: fileURLToPath(new URL('../../demo/data', import.meta.url)),
});
