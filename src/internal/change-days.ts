import type { IndexedSpell } from './spell-index.js';

/**
 * The days after `first`, up to and including `last`, on which a standing built from `spells`
 * can change: where a spell starts, or the day after one ends. Sorted, without repeats.
 *
 * @internal
 */
export function changeDays(
  spells: Iterable<IndexedSpell>,
  first: number,
  last: number,
): readonly number[] {
  const days = new Set<number>();
  for (const { start, end } of spells) {
    if (start > first && start <= last) days.add(start);
    if (end + 1 > first && end + 1 <= last) days.add(end + 1);
  }
  return [...days].sort((a, b) => a - b);
}
