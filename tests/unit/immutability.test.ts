import { describe, expect, it } from 'vitest';
import * as aukus from '../../src/index.js';
import {
  createAtlas,
  dataset,
  pillarPartners,
  statusOf,
  timeline,
  toDataPackage,
  toGraph,
  toRows,
  toTimelineItems,
} from '../../src/index.js';
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

describe('shapes made for tools are theirs to change', () => {
  // Vega writes a Symbol id into each datum, Cytoscape writes ids and positions, d3 writes x and y.
  const makers = {
    toGraph: () => toGraph({ asOf: '2024-10-01', minStatus: 'floated', include: ['projects'] }),
    toRows: () => toRows(),
    toTimelineItems: () => toTimelineItems(),
    toDataPackage: () => toDataPackage(),
  };

  function scribble(value: unknown, seen = new Set<unknown>()): number {
    if (typeof value !== 'object' || value === null || seen.has(value)) return 0;
    seen.add(value);
    let count = 0;
    for (const [key, child] of Object.entries(value)) {
      count += scribble(child, seen);
      if (Array.isArray(value)) continue;
      (value as Record<string, unknown>)[key] = typeof child === 'string' ? `${child}!` : 0;
      count += 1;
    }
    (value as Record<symbol, unknown>)[Symbol.for('vega_id')] = 1;
    if (Array.isArray(value)) value.push('extra', 'entries');
    return count;
  }

  for (const [name, make] of Object.entries(makers)) {
    it(`${name} returns fresh, unfrozen objects, and scribbling on them changes no later answer`, () => {
      const pristine = JSON.stringify(make());
      const seed = JSON.stringify(dataset);
      const first = make();
      expect(unfrozen(first, name)).not.toEqual([]);
      expect(scribble(first)).toBeGreaterThan(10);
      expect(JSON.stringify(first)).not.toBe(pristine);
      expect(JSON.stringify(make())).toBe(pristine);
      expect(JSON.stringify(dataset)).toBe(seed);
    });
  }

  it('gives every container a fresh object: nothing is shared between two answers', () => {
    const containers = (value: unknown, found = new Set<unknown>()): Set<unknown> => {
      if (typeof value === 'object' && value !== null && !found.has(value)) {
        found.add(value);
        for (const child of Object.values(value)) containers(child, found);
      }
      return found;
    };
    for (const make of Object.values(makers)) {
      const a = containers(make());
      for (const object of containers(make())) expect(a.has(object)).toBe(false);
      for (const object of a) expect(Object.isFrozen(object)).toBe(false);
    }
  });
});
