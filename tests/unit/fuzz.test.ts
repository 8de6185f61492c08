import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';
import { DatasetError, parseDataset, safeParseDataset } from '../../src/schema/index.js';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Only a DatasetError may come out of parseDataset; anything else is a crash. */
function parsesSafely(input: unknown): void {
  try {
    parseDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
  }
  const result = safeParseDataset(input);
  if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
}

type Json = unknown;

/** A path into a JSON value, chosen by a sequence of numbers. */
function pick(
  value: Json,
  choices: readonly number[],
): { parent: Record<string, Json> | Json[]; key: string | number } | undefined {
  let current = value;
  let found: { parent: Record<string, Json> | Json[]; key: string | number } | undefined;
  for (const choice of choices) {
    if (Array.isArray(current) && current.length > 0) {
      const key = choice % current.length;
      found = { parent: current, key };
      current = current[key];
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      if (keys.length === 0) break;
      const key = keys[choice % keys.length] as string;
      found = { parent: current as Record<string, Json>, key };
      current = (current as Record<string, Json>)[key];
    } else break;
  }
  return found;
}

const mutation = fc.record({
  path: fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom('drop', 'duplicate', 'retype', 'hostile'),
  value: fc.jsonValue({ maxDepth: 2 }),
  hostile: fc.constantFrom(...HOSTILE_KEYS),
});

describe('parseDataset under fuzzing', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  it('survives arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => parsesSafely(value)),
      { numRuns: 6000 },
    );
  });

  it('survives mutated copies of the seed: dropped, duplicated, retyped and hostile keys', () => {
    const seedText = JSON.stringify(dataset);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        // JSON.parse makes "__proto__" an own key, as it would arrive from a file or a request.
        const copy = JSON.parse(seedText);
        for (const m of mutations) {
          const target = pick(copy, m.path);
          if (target === undefined) continue;
          const { parent, key } = target;
          if (m.kind === 'drop') {
            if (Array.isArray(parent)) parent.splice(key as number, 1);
            else delete parent[key as string];
          } else if (m.kind === 'duplicate') {
            if (Array.isArray(parent))
              parent.push(JSON.parse(JSON.stringify(parent[key as number] ?? null)));
            else parent[`${key}Copy`] = parent[key as string];
          } else if (m.kind === 'retype') {
            (parent as Record<string | number, Json>)[key] = m.value;
          } else {
            const victim = Array.isArray(parent) ? parent[key as number] : parent[key as string];
            const holder = typeof victim === 'object' && victim !== null ? victim : parent;
            // An own, enumerable key, exactly as JSON.parse creates it (assignment would call the
            // __proto__ setter instead).
            Object.defineProperty(holder as object, m.hostile, {
              value: { polluted: true, prototype: { polluted: true } },
              enumerable: true,
              configurable: true,
              writable: true,
            });
          }
        }
        parsesSafely(copy);
      }),
      { numRuns: 4000 },
    );
    // Parses the whole seed twice per run, so its time grows with the data: a budget, not a limit.
  }, 240_000);

  it('leaves Object.prototype untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
