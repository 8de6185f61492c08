import type { DateInput } from '../model/dates.js';
import { certainStart, formatDay, parseFullDate } from './days.js';
import { describe } from './describe.js';

// Dates already read, by their text: a time slider or a loop over countries asks about the same
// few dates again and again, and a lookup is cheaper than parsing anew. Bounded: cleared when
// full, so any number of distinct dates costs a fixed amount of memory.
const known = new Map<string, number>();
const KNOWN_MAX = 1024;

/** {@link parseFullDate}, remembering what it read. */
function parsedDay(text: string): number | undefined {
  let day = known.get(text);
  if (day === undefined) {
    day = parseFullDate(text);
    if (day !== undefined) {
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(text, day);
    }
  }
  return day;
}

/**
 * Reads a {@link DateInput} as a day number, or throws a `TypeError`/`RangeError` naming the bad
 * value. A `Date` is read in UTC, so the answer never depends on the machine's time zone.
 *
 * @internal
 */
export function readDateInput(value: unknown, name: string): number {
  // A well-formed string, the common case, first: this much is small enough to be inlined.
  const day = typeof value === 'string' ? parsedDay(value) : undefined;
  return day === undefined ? readOtherDate(value, name) : day;
}

/** A `Date`, or the error {@link readDateInput} owes anything else. */
function readOtherDate(value: unknown, name: string): number {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) {
      throw new RangeError(`aukus: ${name} is an Invalid Date; pass a valid Date or 'YYYY-MM-DD'`);
    }
    return Math.floor(time / 86_400_000);
  }
  if (typeof value !== 'string') {
    throw new TypeError(
      `aukus: ${name} must be a Date or a 'YYYY-MM-DD' string, got ${describe(value)}`,
    );
  }
  if (/^\d{4}(-\d{2})?$/.test(value)) {
    throw new RangeError(
      `aukus: ${name} ${describe(value)} is a partial date; queries need a day, e.g. '${value.length === 4 ? `${value}-01-01` : `${value}-01`}'`,
    );
  }
  throw new RangeError(
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `aukus: ${name} ${describe(value)} is not a real calendar date`
      : `aukus: ${name} ${describe(value)} is not a date; use 'YYYY-MM-DD', e.g. '2024-04-09'`,
  );
}

/**
 * Reads an optional `asOf`: the snapshot date when absent, and never a day after the snapshot,
 * since the dataset knows nothing after it.
 *
 * @internal
 */
export function readAsOf(
  value: unknown,
  snapshotDate: string,
  name = 'asOf',
  snapshot: number = certainStart(snapshotDate),
): number {
  if (value === undefined) return snapshot;
  const day = readDateInput(value, name);
  if (day > snapshot) {
    throw new RangeError(
      `aukus: ${name} ${formatDay(day)} is after the dataset's snapshot ${snapshotDate}; nothing is known after it`,
    );
  }
  return day;
}
