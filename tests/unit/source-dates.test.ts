import { describe, expect, it } from 'vitest';
import { seedSourceDates } from '../../src/data/seed-source-dates.js';
import { sources } from '../../src/index.js';

describe('the generated table of source dates', () => {
  it('matches the sources; run `npm run generate:source-dates` after changing them', () => {
    expect(seedSourceDates()).toEqual(sources.map(({ id, published }) => ({ id, published })));
  });
});
