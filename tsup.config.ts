import { defineConfig } from 'tsup';
import { seedAsJson } from './scripts/seed-as-json.mjs';

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declaration flavour (.d.ts / .d.cts).
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    // Issue #17: the seed ships as JSON text, and the output is ASCII (one-byte source in V8).
    esbuildPlugins: [seedAsJson()],
    esbuildOptions(options) {
      options.charset = 'ascii';
    },
  },
  {
    // Build-time helpers, used by scripts/emit-data.mjs and never published.
    entry: { 'json-schema': 'src/schema/json-schema.ts' },
    format: ['esm'],
    dts: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    outDir: '.tmp/build',
  },
  {
    // The command: ESM only, with zod bundled so `npx aukus validate` works without a peer.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    noExternal: ['zod'],
    esbuildPlugins: [seedAsJson()],
    esbuildOptions(options) {
      options.charset = 'ascii';
    },
    banner: { js: '#!/usr/bin/env node' },
  },
]);
