import { describe, expect, it } from 'vitest';
import { readDateInput } from '../../src/internal/date-input.js';
import { formatDay } from '../../src/internal/days.js';

// Dates are remembered by their text once read, in a bounded table: answers must not depend on
// what was read before, nor on the table being full.
describe('reading YYYY-MM-DD, remembered or not', () => {
  it('reads more distinct dates than it remembers, and reads them again the same', () => {
    const first = Date.UTC(1990, 0, 1) / 86_400_000;
    const texts = Array.from({ length: 3000 }, (_, i) => formatDay(first + i * 7));
    for (const round of [0, 1]) {
      for (const [i, text] of texts.entries()) {
        expect([round, readDateInput(text, 'asOf')]).toEqual([round, first + i * 7]);
      }
    }
    // A text read as a date, then the same text in a fresh string: one answer.
    expect(readDateInput(['2024', '04', '09'].join('-'), 'asOf')).toBe(
      readDateInput('2024-04-09', 'asOf'),
    );
  });

  it('never remembers a text that is not a date', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => readDateInput('2023-02-29', 'asOf')).toThrow(/not a real calendar date/);
      expect(() => readDateInput('2023-02', 'asOf')).toThrow(/partial date/);
    }
  });
});
