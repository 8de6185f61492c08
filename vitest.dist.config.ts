import { defineConfig } from 'vitest/config';

// Tests of the built package: run after `npm run build` (they read dist/ and the packed tarball).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
