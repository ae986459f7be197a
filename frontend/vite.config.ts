/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Django backend serves the API, the admin and its static files; in development the
// Vite server forwards those paths to it so the SPA talks to one origin, as in production.
const backend = 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': backend,
      '/admin': backend,
      '/static': backend,
    },
  },
  build: {
    // Sizes are checked (gzipped) by scripts/check-size.mjs, which reads dist/index.html.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The Lezer core and Python grammar: enough to highlight code on lesson pages.
            { name: 'lezer', test: /node_modules[\\/]@lezer[\\/](common|highlight|lr|python)[\\/]/, priority: 2 },
            // The editor: CodeMirror and the rest of its grammars, loaded by pages that edit code.
            {
              name: 'codemirror',
              test: /node_modules[\\/](@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
