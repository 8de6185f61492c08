import { describe, expect, it } from 'vitest';
import { createAtlas, dataset } from '../../src/index.js';
import { isValidated, markValidated } from '../../src/integrity/validated.js';
import type { Dataset } from '../../src/model/dataset.js';

// createAtlas skips its check only for data that passed it and cannot have changed since.
describe('datasets remembered as checked', () => {
  it('remembers a frozen dataset, never one that can still change', () => {
    const open: Dataset = { ...dataset };
    markValidated(open);
    expect(isValidated(open)).toBe(false);
    const frozen: Dataset = Object.freeze({ ...dataset });
    markValidated(frozen);
    expect(isValidated(frozen)).toBe(true);
    expect(isValidated(null)).toBe(false);
    expect(isValidated('dataset')).toBe(false);
  });
});

describe('names two countries share', () => {
  it('resolve to the first country that lists them', () => {
    const [first, second] = dataset.countries;
    if (first === undefined || second === undefined) throw new Error('the seed has countries');
    const atlas = createAtlas({
      ...dataset,
      countries: [
        { ...first, aliases: [...first.aliases, 'The Allies'] },
        { ...second, aliases: [...second.aliases, 'The Allies'] },
        ...dataset.countries.slice(2),
      ],
    });
    expect(atlas.resolveCountry('the allies')?.id).toBe(first.id);
  });
});
