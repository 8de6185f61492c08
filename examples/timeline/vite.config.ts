import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page uses the built package, exactly as a user's app would after `npm install aukus`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: { aukus: fileURLToPath(new URL('../../dist/index.js', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
