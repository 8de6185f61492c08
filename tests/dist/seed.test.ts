import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { root } from './helpers.js';

const require = createRequire(import.meta.url);

function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen)),
  ];
}

// The build rewrites each seed module as JSON text parsed at import (scripts/seed-as-json.mjs,
// issue #17): what ships must be exactly the data of src/data, and as immutable.
describe('the built seed', () => {
  const formats = {
    esm: () => import(pathToFileURL(join(root, 'dist', 'index.js')).href),
    cjs: async () => require(join(root, 'dist', 'index.cjs')),
  };

  for (const [format, load] of Object.entries(formats)) {
    it(`${format}: every collection equals the source's, record for record`, async () => {
      const built = await load();
      const names = Object.keys(source.dataset);
      expect(Object.keys(built.dataset)).toEqual(names);
      for (const name of names) {
        expect(built.dataset[name], name).toStrictEqual(
          source.dataset[name as keyof typeof source.dataset],
        );
        // Some collections share their name with a query helper (`capabilityAreas()`).
        if (typeof built[name] !== 'function') expect(built[name], name).toBe(built.dataset[name]);
      }
    });

    it(`${format}: freezes every object reachable from every export`, async () => {
      const built = await load();
      for (const [name, value] of Object.entries(built)) {
        if (typeof value !== 'function') expect(unfrozen(value, name)).toEqual([]);
      }
      expect(() => {
        built.events[0].title = 'Changed';
      }).toThrow(TypeError);
      expect(() => built.sources.push({})).toThrow(TypeError);
    });
  }

  it('ships ASCII-only code, which V8 decodes and scans on its one-byte path', () => {
    for (const file of ['index.js', 'index.cjs', 'cli.js']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      expect(/[^\x00-\x7f]/.exec(text)?.[0], file).toBeUndefined();
    }
  });
});
