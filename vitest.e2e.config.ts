import { defineConfig } from 'vitest/config';

// The browser tests of the example pages: run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Each file builds a page with Vite and drives a Chromium: one at a time on a small machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
