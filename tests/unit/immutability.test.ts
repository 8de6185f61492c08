import { describe, expect, it } from 'vitest';
import * as aukus from '../../src/index.js';
import { createAtlas, dataset, pillarPartners, statusOf, timeline } from '../../src/index.js';
import type { Dataset } from '../../src/model/dataset.js';
import { seedCopy } from './helpers.js';

function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen)),
  ];
}

describe('the seed is immutable', () => {
  it('freezes every object reachable from every export', () => {
    for (const [name, value] of Object.entries(aukus)) {
      if (typeof value === 'function') continue;
      expect(unfrozen(value, name)).toEqual([]);
    }
  });

  it('throws on mutation in strict mode and keeps the data unchanged', () => {
    const before = JSON.stringify(dataset);
    const country = dataset.countries[0] as { name: string };
    expect(() => {
      country.name = 'Changed';
    }).toThrow(TypeError);
    expect(() => (dataset.participations as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      delete (dataset.meta as { version?: string }).version;
    }).toThrow(TypeError);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('helpers never change what they are given or what others see', () => {
  it('leaves a caller’s dataset as it was', () => {
    const mine = seedCopy();
    const snapshot = JSON.stringify(mine);
    const atlas = createAtlas(mine as unknown as Dataset);
    atlas.statusOf('JP');
    atlas.pillarPartners('pillar-2', { minStatus: 'floated' });
    atlas.toGraph({ include: ['projects'] });
    atlas.toDataPackage();
    expect(JSON.stringify(mine)).toBe(snapshot);
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('returns results that cannot be used to change a later answer', () => {
    const first = statusOf('JP', { pillar: 'pillar-2' });
    expect(() => {
      (first as { status: string }).status = 'member';
    }).toThrow(TypeError);
    expect(() => (first.citations as unknown as unknown[]).pop()).toThrow(TypeError);
    const list = pillarPartners('pillar-2');
    expect(() => (list as unknown as unknown[]).push({ country: 'FR' })).toThrow(TypeError);
    const events = timeline();
    expect(() => (events as unknown as unknown[]).reverse()).toThrow(TypeError);
    expect(statusOf('JP', { pillar: 'pillar-2' })).toEqual(first);
    expect(pillarPartners('pillar-2')).toEqual(list);
  });
});
