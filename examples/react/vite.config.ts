import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The feeds are the library's demo feeds, served at the app's root (news.json, events.json, …).
export default defineConfig({
  plugins: [react()],
  publicDir: fileURLToPath(new URL('../../demo/data', import.meta.url)),
});
