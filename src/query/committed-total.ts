import type { CountryId } from '../data/ids.js';
import { compareText } from '../internal/compare.js';
import { readOptions } from '../internal/options.js';
import type { CommitmentKind } from '../model/commitment.js';
import type { DateInput } from '../model/dates.js';
import { countedIds, type MoneyData, readKnownBy, selectCommitments } from './commitment-filter.js';
import { SEED_MONEY_DATA } from './commitments.js';

/**
 * Options of {@link committedTotal}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { CommittedTotalOptions } from 'aukus';
 * const options: CommittedTotalOptions = { payer: 'AU', kind: 'payment', asOf: '2025-12-10' };
 * ```
 */
export interface CommittedTotalOptions<C extends string = CountryId> {
  /** Only money paid or pledged by this country. */
  readonly payer?: C;
  /** Only money for this recipient: a country id, or a named body exactly as the data names it. */
  readonly recipient?: string;
  /**
   * Only pledges or only payments; without it, both (an instalment still counts once). Budgets
   * are never summed: each estimates a whole programme, and programmes overlap.
   */
  readonly kind?: Exclude<CommitmentKind, 'budget'>;
  /** Count what the sources show by this day; defaults to the snapshot date. */
  readonly asOf?: DateInput;
}

/**
 * The sum of one currency in a {@link committedTotal}, with the records summed.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { MoneyTotal } from 'aukus';
 * const total: MoneyTotal = { currency: 'USD', value: 1.025e9, counted: ['a', 'b'] };
 * ```
 */
export interface MoneyTotal {
  /** ISO 4217 code. */
  readonly currency: string;
  /** The sum, in whole units of the currency. */
  readonly value: number;
  /** Ids of the commitments summed, in date order. */
  readonly counted: readonly string[];
}

const OPTION_KEYS = ['payer', 'recipient', 'kind', 'asOf'] as const;
const COMMITTED: readonly CommitmentKind[] = ['pledge', 'payment'];

/** @internal */
export function committedTotalIn(
  data: MoneyData,
  options?: CommittedTotalOptions<string>,
): readonly MoneyTotal[] {
  const { asOf, ...filter } = readOptions(options, OPTION_KEYS, 'committedTotal');
  if ((filter.kind as unknown) === 'budget') {
    throw new RangeError(
      "aukus: committedTotal does not sum budgets: each estimates a whole programme, and programmes overlap; list them with commitments({ kind: 'budget' })",
    );
  }
  const knownBy = readKnownBy(asOf, data, 'asOf');
  const selected = selectCommitments(data, { ...filter, knownBy, kinds: COMMITTED });
  const counted = countedIds(selected, data.commitments ?? []);
  const totals = new Map<string, { value: number; counted: string[] }>();
  for (const record of selected) {
    if (!counted.has(record.id)) continue;
    const total = totals.get(record.amount.currency) ?? { value: 0, counted: [] };
    total.value += record.amount.value;
    total.counted.push(record.id);
    totals.set(record.amount.currency, total);
  }
  return Object.freeze(
    [...totals.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([currency, total]) =>
        Object.freeze({ currency, value: total.value, counted: Object.freeze(total.counted) }),
      ),
  );
}

/**
 * The money committed, summed per currency and never converted. An instalment is not counted
 * when the commitment it is part of (through `partOf`, at any depth) is counted too, so a pledge
 * and the payments made under it add up once. With `kind: 'payment'` the payments themselves are
 * summed. Budgets are never summed: each is an estimate of a whole programme, which may hold the
 * pledges and other programmes' budgets.
 *
 * @param options - `payer`, `recipient`, `kind`, `asOf`.
 * @returns One {@link MoneyTotal} per currency, in currency-code order; empty when nothing matches.
 * @throws TypeError or RangeError for a malformed country, an unknown recipient or kind,
 * `kind: 'budget'`, or a bad `asOf`.
 * @category Queries
 * @example
 * ```ts
 * import { committedTotal } from 'aukus';
 * const base = 'US submarine industrial base';
 * committedTotal({ payer: 'AU', recipient: base }).map((t) => `${t.currency} ${t.value}`);
 * // ['USD 3000000000']
 * committedTotal({ payer: 'AU', recipient: base, kind: 'payment' }).map((t) => `${t.currency} ${t.value}`);
 * // ['USD 1025000000']
 * ```
 */
export function committedTotal(options?: CommittedTotalOptions): readonly MoneyTotal[] {
  return committedTotalIn(SEED_MONEY_DATA, options);
}
