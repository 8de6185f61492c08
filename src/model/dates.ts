/**
 * A calendar date as stored in the dataset: `YYYY-MM-DD`, or a partial date `YYYY-MM` or `YYYY`
 * where the sources name only the month or the year.
 *
 * A partial date is never rounded to a day in the data. Queries read it so that they never claim
 * more than the sources say: see {@link DateInput} and the guide `time-and-status.md`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PartialDate } from 'aukus';
 * const announced: PartialDate = '2021-09-15';
 * const observedMonth: PartialDate = '2024-10';
 * ```
 */
export type PartialDate = string;

/**
 * A date given to a query: a `Date` (read in UTC) or a full `'YYYY-MM-DD'` string.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DateInput } from 'aukus';
 * const asOf: DateInput = '2024-04-09';
 * const sameDay: DateInput = new Date(Date.UTC(2024, 3, 9));
 * ```
 */
export type DateInput = Date | string;
