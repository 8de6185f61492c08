import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrozen } from '../../src/internal/parse-frozen.js';

/** Every object and array reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`)),
  ];
}

// The build ships each seed collection as JSON text read by parseFrozen (scripts/seed-as-json.mjs).
describe('parseFrozen', () => {
  it('gives back any JSON value unchanged, with every object and array in it frozen', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseFrozen(JSON.stringify(value));
        expect(parsed).toStrictEqual(JSON.parse(JSON.stringify(value)));
        expect(unfrozen(parsed)).toEqual([]);
      }),
    );
  });

  it('freezes nested records so that a write throws', () => {
    const records = parseFrozen<{ citations: { source: string }[] }[]>(
      '[{"citations":[{"source":"a"}]}]',
    );
    expect(() => {
      (records[0]?.citations[0] as { source: string }).source = 'b';
    }).toThrow(TypeError);
    expect(() => records[0]?.citations.push({ source: 'c' })).toThrow(TypeError);
  });

  it('fails loudly on text that is not JSON, as JSON.parse does', () => {
    expect(() => parseFrozen("{'a':1}")).toThrow(SyntaxError);
  });
});
