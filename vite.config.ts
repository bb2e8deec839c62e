/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One config for the app (dev server, build, preview) and for Vitest.
// Both servers fall back to index.html for unknown paths, so client-side routes survive a reload.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  preview: {
    port: 4173,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Node by default; DOM tests opt in with `// @vitest-environment jsdom`.
    environment: 'node',
  },
});
