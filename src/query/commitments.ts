import { commitments as seedCommitments } from '../data/commitments.js';
import { countries } from '../data/countries.js';
import type { CountryId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { readOptions } from '../internal/options.js';
import type { Commitment, CommitmentKind } from '../model/commitment.js';
import type { DateInput } from '../model/dates.js';
import { type MoneyData, readKnownBy, selectCommitments } from './commitment-filter.js';

/**
 * Options of {@link commitments}. Every option narrows the result.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { CommitmentsOptions } from 'aukus';
 * const options: CommitmentsOptions = { payer: 'AU', kind: 'payment', from: '2025-01-01' };
 * ```
 */
export interface CommitmentsOptions<C extends string = CountryId> {
  /** Only money paid or pledged by this country. */
  readonly payer?: C;
  /** Only money for this recipient: a country id, or a named body exactly as the data names it. */
  readonly recipient?: string;
  /** Only pledges, payments or budgets. */
  readonly kind?: CommitmentKind;
  /** First day, inclusive, of the date range. */
  readonly from?: DateInput;
  /** Last day, inclusive, of the date range. */
  readonly to?: DateInput;
  /** Only what the sources show by this day (never after the snapshot). */
  readonly knownAt?: DateInput;
}

const OPTION_KEYS = ['payer', 'recipient', 'kind', 'from', 'to', 'knownAt'] as const;

/** @internal */
export function commitmentsIn(
  data: MoneyData,
  options?: CommitmentsOptions<string>,
): readonly Commitment[] {
  const { knownAt, ...filter } = readOptions(options, OPTION_KEYS, 'commitments');
  const knownBy = knownAt === undefined ? undefined : readKnownBy(knownAt, data, 'knownAt');
  return Object.freeze(
    selectCommitments(data, knownBy === undefined ? filter : { ...filter, knownBy }),
  );
}

/** @internal */
export const SEED_MONEY_DATA: MoneyData = { meta, countries, commitments: seedCommitments };

/**
 * Pledges, payments and programme budgets in date order, optionally narrowed by payer,
 * recipient, kind, date range and what was known on a day. Each record carries its amount in
 * the source's own currency, its citations with quotes, and `partOf` for an instalment.
 *
 * @param options - `payer`, `recipient`, `kind`, `from`, `to`, `knownAt`.
 * @returns A frozen list of {@link Commitment} records.
 * @throws TypeError or RangeError for a malformed country, an unknown recipient or kind, a bad
 * date, `from` after `to`, or `knownAt` after the snapshot.
 * @category Queries
 * @example
 * ```ts
 * import { commitments } from 'aukus';
 * commitments({ payer: 'AU', kind: 'payment' }).map((c) => `${c.date} ${c.amount.currency} ${c.amount.value}`);
 * // ['2025-02-07 USD 500000000', '2025-07-23 USD 525000000']
 * ```
 */
export function commitments(options?: CommitmentsOptions): readonly Commitment[] {
  return commitmentsIn(SEED_MONEY_DATA, options);
}
