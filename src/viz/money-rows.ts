import { commitments } from '../data/commitments.js';
import { countries } from '../data/countries.js';
import { meta } from '../data/meta.js';
import { sources } from '../data/sources.js';
import { earliestDay, formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import type { Dataset } from '../model/dataset.js';
import { countedIds, readKnownBy, selectCommitments } from '../query/commitment-filter.js';
import type { CommitmentsOptions } from '../query/commitments.js';

/**
 * One commitment as a flat, tidy row for bar and waterfall charts (Observable Plot, Vega-Lite,
 * pandas). Amounts stay in the source's currency: chart one currency at a time, or facet by it.
 * Each call gives fresh, mutable objects, so a tool may write into them.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toMoneyRows } from 'aukus';
 * const row = toMoneyRows({ kind: 'payment' })[0];
 * row?.currency; // 'USD'
 * ```
 */
export interface MoneyRow {
  /** Id of the commitment. */
  id: string;
  /** `pledge`, `payment` or `budget`. */
  kind: string;
  /** Country id of the payer. */
  payer: string;
  /** Name of the payer. */
  payerName: string;
  /** Country id or named body receiving the money. */
  recipient: string;
  /** ISO 4217 code. */
  currency: string;
  /** The amount, in whole units of the currency. */
  value: number;
  /** Lower bound where the source gives one, else `null`. */
  low: number | null;
  /** Upper bound where the source gives one, else `null`. */
  high: number | null;
  /** The date as stored: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** The first day the date may stand for, `YYYY-MM-DD`, for a time axis. */
  day: string;
  /** How precise `date` is. */
  precision: 'day' | 'month' | 'year';
  /** Id of the commitment this one is part of, or `''`. */
  partOf: string;
  /** Whether the row counts in a total of these rows (no ancestor among them). */
  counted: boolean;
  /** Running total of counted rows in this currency before this row; `null` when not counted. */
  start: number | null;
  /** Running total of counted rows in this currency after this row; `null` when not counted. */
  end: number | null;
  /** Whether any cited source is an official publication. */
  official: boolean;
  /** Source ids of the citations, joined by `;`. */
  sources: string;
}

/** The slice of a dataset {@link toMoneyRows} needs. @internal */
export type MoneyRowsData = Pick<Dataset, 'meta' | 'countries' | 'sources' | 'commitments'>;

const OPTION_KEYS = ['payer', 'recipient', 'kind', 'from', 'to', 'knownAt'] as const;

/** @internal */
export function toMoneyRowsIn(
  data: MoneyRowsData,
  options?: CommitmentsOptions<string>,
): MoneyRow[] {
  const { knownAt, ...filter } = readOptions(options, OPTION_KEYS, 'toMoneyRows');
  const knownBy = knownAt === undefined ? undefined : readKnownBy(knownAt, data, 'knownAt');
  const selected = selectCommitments(data, knownBy === undefined ? filter : { ...filter, knownBy });
  const counted = countedIds(selected, data.commitments ?? []);
  const names = new Map(data.countries.map((c) => [c.id, c.name]));
  const official = new Set(data.sources.filter((s) => s.official).map((s) => s.id));
  const running = new Map<string, number>();
  return selected.map((record) => {
    const { value, currency } = record.amount;
    const isCounted = counted.has(record.id);
    const start = isCounted ? (running.get(currency) ?? 0) : null;
    if (start !== null) running.set(currency, start + value);
    return {
      id: record.id,
      kind: record.kind,
      payer: record.payer,
      payerName: names.get(record.payer) ?? record.payer,
      recipient: record.recipient,
      currency,
      value,
      low: record.amount.low ?? null,
      high: record.amount.high ?? null,
      date: record.date,
      day: formatDay(earliestDay(record.date)),
      precision: record.date.length === 10 ? 'day' : record.date.length === 7 ? 'month' : 'year',
      partOf: record.partOf ?? '',
      counted: isCounted,
      start,
      end: start === null ? null : start + value,
      official: record.citations.some((c) => official.has(c.source)),
      sources: [...new Set(record.citations.map((c) => c.source))].join(';'),
    } satisfies MoneyRow;
  });
}

/**
 * Commitments as tidy rows for bar and waterfall charts, in date order, with the same filters as
 * `commitments`. `counted`, `start` and `end` follow the rule of `committedTotal` within the rows
 * returned: an instalment whose parent is among them is not counted again, and `start`/`end`
 * are the running total per currency, ready for a waterfall.
 *
 * @param options - `payer`, `recipient`, `kind`, `from`, `to`, `knownAt`.
 * @returns A fresh list of {@link MoneyRow}.
 * @throws TypeError or RangeError for the same bad input as `commitments`.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toMoneyRows } from 'aukus';
 * const rows = toMoneyRows({ payer: 'AU', recipient: 'US submarine industrial base', kind: 'payment' });
 * rows.map((r) => `${r.day} ${r.start}→${r.end}`);
 * // ['2025-02-07 0→500000000', '2025-07-23 500000000→1025000000']
 * ```
 */
export function toMoneyRows(options?: CommitmentsOptions): MoneyRow[] {
  return toMoneyRowsIn({ meta, countries, sources, commitments }, options);
}
