import { describe, expect, it } from 'vitest';
import { sourceDates } from '../../src/data/source-dates.js';
import { sources } from '../../src/data/sources.js';
import { SEED_STATUS_DATA } from '../../src/query/status-of.js';

// The status helpers answer `knownAt` from this small table so that `isMember` alone does not
// carry the whole sources collection into a bundle. It must say exactly what the sources say.
describe('the seed source dates', () => {
  it('list every source, in order, with its publication date (npm run generate:source-dates)', () => {
    expect(sourceDates).toEqual(sources.map(({ id, published }) => ({ id, published })));
  });

  it('are what the seed status queries read', () => {
    expect(SEED_STATUS_DATA.sources).toBe(sourceDates);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(sourceDates)).toBe(true);
    for (const row of sourceDates) expect(Object.isFrozen(row)).toBe(true);
  });
});
