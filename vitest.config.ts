import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The recipes in docs/recipes import 'aukus' as a user would; run them against the source.
  resolve: {
    alias: [
      { find: /^aukus$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/docs/**/*.test.ts'],
    // Property and fuzz tests run many cases; give them room on a 2-core machine.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Type-only modules hold no code to cover; main.ts only wires run() to the process.
      exclude: [
        'src/cli/main.ts',
        'src/**/index.ts',
        'src/model/!(status).ts',
        'src/query/standing.ts',
        'src/data/ids.ts',
        'src/data/seed-record.ts',
        'src/internal/mutable.ts',
      ],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
