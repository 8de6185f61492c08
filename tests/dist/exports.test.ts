import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const require = createRequire(import.meta.url);

describe('the built entries', () => {
  for (const entry of ['index', 'schema']) {
    it(`dist/${entry}: import and require expose the same names`, async () => {
      const esm = await import(pathToFileURL(join(root, 'dist', `${entry}.js`)).href);
      const cjs = require(join(root, 'dist', `${entry}.cjs`));
      expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
      expect(Object.keys(esm).length).toBeGreaterThan(5);
    });
  }

  it('answers the same from both formats', async () => {
    const esm = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
    const cjs = require(join(root, 'dist', 'index.cjs'));
    const ask = (lib: typeof esm) => lib.statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
    expect(ask(cjs)).toEqual(ask(esm));
  });
});
