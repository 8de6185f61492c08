import type { CountryId } from '../data/ids.js';
import { readOptions } from '../internal/options.js';
import type { StatusData } from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { decide, readKnownAndAsOf } from './decide.js';
import { SEED_STATUS_DATA } from './status-of.js';

/**
 * Options of {@link membersOf}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { MembersOptions } from 'aukus';
 * const options: MembersOptions = { asOf: '2022-01-01' };
 * ```
 */
export interface MembersOptions {
  /** The date asked about; defaults to `knownAt`, or else the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** Answer only from sources published by this day (see {@link StatusOptions}). */
  readonly knownAt?: DateInput;
}

const OPTION_KEYS = ['asOf', 'knownAt'] as const;

/** @internal */
export function membersOfIn(data: StatusData, options?: MembersOptions): readonly string[] {
  const { asOf, knownAt } = readOptions(options, OPTION_KEYS, 'membersOf');
  const { index, day } = readKnownAndAsOf(data, asOf, knownAt);
  return Object.freeze(
    index.countries.filter(
      (country) => decide(index, country, day, undefined)?.spell.status === 'member',
    ),
  );
}

/**
 * The members on a date, sorted by id. Use {@link statusOf} for the evidence behind each.
 *
 * @param options - `asOf` (default: `knownAt`, or the snapshot date) and `knownAt`.
 * @returns A frozen list of country ids.
 * @throws TypeError or RangeError for a malformed date or option, or `asOf` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { membersOf } from 'aukus';
 * membersOf(); // ['AU', 'GB', 'US']
 * membersOf({ asOf: '2021-09-14' }); // []
 * ```
 */
export function membersOf(options?: MembersOptions): readonly CountryId[] {
  return membersOfIn(SEED_STATUS_DATA, options) as readonly CountryId[];
}
