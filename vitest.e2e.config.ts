import { defineConfig } from 'vitest/config';

// The browser test of the example page: run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
