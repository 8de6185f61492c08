/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01 in UTC. Comparing numbers is
 * what makes every date comparison in the package cheap and time-zone free.
 *
 * @internal
 */

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Day number of a calendar date, or `undefined` when it does not exist (e.g. 2023-02-29). */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  // Date.UTC maps years 0–99 to 1900–1999; the check above keeps the day but not the year.
  if (check.getUTCFullYear() !== year) return undefined;
  return time / MS_PER_DAY;
}

/** `YYYY-MM-DD` for a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of a full `YYYY-MM-DD` string, or `undefined` when malformed or impossible. */
export function parseFullDate(text: string): number | undefined {
  const match = FULL_DATE.exec(text);
  if (!match) return undefined;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The first and last day a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) can stand for, or
 * `undefined` when it is malformed or impossible.
 */
export function partialDateBounds(text: string): readonly [number, number] | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const day = dayOf(year, Number(match[2]), Number(match[3]));
    return day === undefined ? undefined : [day, day];
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    const first = dayOf(year, month, 1);
    if (first === undefined) return undefined;
    const next = month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
    return next === undefined ? undefined : [first, next - 1];
  }
  const first = dayOf(year, 1, 1);
  const last = dayOf(year, 12, 31);
  return first === undefined || last === undefined ? undefined : [first, last];
}

/** True for a well-formed, real partial date. */
export function isPartialDate(text: string): boolean {
  return partialDateBounds(text) !== undefined;
}

/**
 * The day from which a spell starting on `from` certainly holds: the last day of a partial date.
 * Reading it this way means no answer is claimed before the sources support it.
 */
export function certainStart(from: string): number {
  return bounds(from)[1];
}

/** The last day up to which a spell ending on `to` certainly holds: the first day of a partial date. */
export function certainEnd(to: string): number {
  return bounds(to)[0];
}

/** The earliest day a partial date can stand for. */
export function earliestDay(date: string): number {
  return bounds(date)[0];
}

/** The latest day a partial date can stand for. */
export function latestDay(date: string): number {
  return bounds(date)[1];
}

function bounds(date: string): readonly [number, number] {
  const result = partialDateBounds(date);
  if (result === undefined) {
    throw new RangeError(
      `aukus: the dataset holds an invalid date ${JSON.stringify(date)}; validate it with parseDataset from 'aukus/schema'`,
    );
  }
  return result;
}
