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
