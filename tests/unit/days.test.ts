import { describe, expect, it } from 'vitest';
import {
  certainEnd,
  certainStart,
  dayOf,
  formatDay,
  isPartialDate,
  partialDateBounds,
} from '../../src/internal/days.js';

describe('day numbers', () => {
  it('round-trip calendar dates', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2024-02-29', '2025-12-31']) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      expect(formatDay(dayOf(y, m, d) as number)).toBe(date);
    }
  });

  it('reject impossible dates', () => {
    expect(dayOf(2023, 2, 29)).toBeUndefined();
    expect(dayOf(1900, 2, 29)).toBeUndefined();
    expect(dayOf(2024, 0, 1)).toBeUndefined();
    expect(dayOf(2024, 4, 31)).toBeUndefined();
    expect(dayOf(0, 1, 1)).toBeUndefined();
    expect(formatDay(dayOf(99, 1, 1) as number)).toBe('0099-01-01');
    expect(formatDay(dayOf(1600, 2, 29) as number)).toBe('1600-02-29');
  });

  it('give the span of a partial date', () => {
    const span = (text: string) => partialDateBounds(text)?.map(formatDay);
    expect(span('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(span('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(span('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(span('2024-12')).toEqual(['2024-12-01', '2024-12-31']);
    expect(span('2024-04-09')).toEqual(['2024-04-09', '2024-04-09']);
    expect(span('2024-13')).toBeUndefined();
    expect(span('2024-02-30')).toBeUndefined();
    expect(span('24')).toBeUndefined();
    expect(isPartialDate('0000')).toBe(false);
  });

  it('read spells so that nothing is claimed before it is certain', () => {
    expect(formatDay(certainStart('2024-03'))).toBe('2024-03-31');
    expect(formatDay(certainEnd('2024-03'))).toBe('2024-03-01');
    expect(() => certainStart('someday')).toThrow(
      /invalid date "someday"; validate it with parseDataset/,
    );
  });
});

describe('day numbers agree with the calendar of Date', () => {
  /** The day number of a date by `Date`, whose full-year setter reads years 0–99 as written. */
  const byDate = (y: number, m: number, d: number) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? date.getTime() / 86_400_000
      : undefined;
  };

  it('on every day of the years around each turn of a century, and around 1970', () => {
    for (const around of [1, 100, 400, 1600, 1900, 1970, 2000, 2100, 9998]) {
      for (let y = around - 1; y <= around + 1; y++) {
        for (let m = 1; m <= 12; m++) {
          for (let d = 1; d <= 31; d++) {
            expect([y, m, d, dayOf(y, m, d)]).toEqual([
              y,
              m,
              d,
              y < 1 ? undefined : byDate(y, m, d),
            ]);
          }
        }
      }
    }
  });

  it('on the first and last days of every year, and around the end of February', () => {
    for (let y = 1; y <= 9999; y++) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [12, 31],
      ] as const) {
        // Checked first, so that 50,000 dates cost 50,000 comparisons, not as many expectations.
        if (dayOf(y, m, d) !== byDate(y, m, d)) {
          expect([y, m, d, dayOf(y, m, d)]).toEqual([y, m, d, byDate(y, m, d)]);
        }
      }
    }
  });
});
