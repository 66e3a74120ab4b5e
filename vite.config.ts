import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the renderer into dist/renderer, served to the window from app://agentdesk/. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    target: 'chrome140',
    chunkSizeWarningLimit: 1500,
  },
});
