import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/index.js';
import { ALPHA2_HINTS, ASSIGNED_ALPHA2 } from '../../src/internal/iso-3166.js';

const codes = ASSIGNED_ALPHA2.match(/../g) ?? [];
const debian = '/usr/share/iso-codes/json/iso_3166-1.json';

describe('the generated ISO 3166-1 table', () => {
  it('holds sorted, unique two-letter codes, among them every seed country', () => {
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(
      codes.every((code, i) => /^[A-Z]{2}$/.test(code) && (i === 0 || codes[i - 1]! < code)),
    ).toBe(true);
    for (const country of countries) expect(codes).toContain(country.id);
    for (const unassigned of ['UK', 'EL', 'XX', 'ZZ', 'EU'])
      expect(codes).not.toContain(unassigned);
  });

  it('hints only at assigned codes, never from one', () => {
    for (const entry of ALPHA2_HINTS.split('|')) {
      expect(codes).not.toContain(entry.slice(0, 2));
      expect(codes).toContain(entry.slice(2, 4));
    }
  });

  it.runIf(existsSync(debian))('matches the installed iso-codes list it was generated from', () => {
    const list: { alpha_2: string }[] = JSON.parse(readFileSync(debian, 'utf8'))['3166-1'];
    expect(codes).toEqual(list.map((c) => c.alpha_2).sort());
  });
});
