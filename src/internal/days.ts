/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01 in UTC. Comparing numbers is
 * what makes every date comparison in the package cheap and time-zone free.
 *
 * @internal
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Day number of a calendar date (years 1 to 9999), or `undefined` when it does not exist (e.g.
 * 2023-02-29). Integer arithmetic (Howard Hinnant's days-from-civil) rather than `Date`, which is
 * slower and maps years 0–99 to the 1900s.
 */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const last = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > last) return undefined;
  // Every operand is a small whole number, never negative (year >= 1), so `(a / b) | 0` is the
  // floor, and the engine divides whole numbers: the index build reads two dates per spell.
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * `YYYY-MM-DD` for a day number, by integer arithmetic (Howard Hinnant's civil-from-days): many
 * times faster than formatting a `Date`, and every query result carries a date.
 */
export function formatDay(day: number): string {
  // Queries format the day they were asked about, usually the one just parsed: remember it.
  if (day === lastFormattedDay) return lastFormatted;
  lastFormatted = formatDayAnew(day);
  lastFormattedDay = day;
  return lastFormatted;
}

let lastFormattedDay = Number.NaN;
let lastFormatted = '';

function formatDayAnew(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** The digit at `index` of `text` as a number, or -1 for any other character. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Day number of a full `YYYY-MM-DD` string, or `undefined` when malformed or impossible. Read
 * character by character rather than with a regular expression: every dated query parses one.
 */
export function parseFullDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return undefined;
  }
  const y1 = digitAt(text, 0);
  const y2 = digitAt(text, 1);
  const y3 = digitAt(text, 2);
  const y4 = digitAt(text, 3);
  const m1 = digitAt(text, 5);
  const m2 = digitAt(text, 6);
  const d1 = digitAt(text, 8);
  const d2 = digitAt(text, 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return undefined;
  return dayOf(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
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
  // A full date, by far the commonest, is read without a regular expression or a pair.
  return (from.length === 10 ? parseFullDate(from) : undefined) ?? bounds(from)[1];
}

/** The last day up to which a spell ending on `to` certainly holds: the first day of a partial date. */
export function certainEnd(to: string): number {
  return (to.length === 10 ? parseFullDate(to) : undefined) ?? bounds(to)[0];
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
