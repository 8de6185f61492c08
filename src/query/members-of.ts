import type { CountryId } from '../data/ids.js';
import { readAsOf } from '../internal/date-input.js';
import { readOptions } from '../internal/options.js';
import { type StatusData, spellIndex } from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { decide } from './decide.js';
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
  /** The date asked about; defaults to the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
}

/** @internal */
export function membersOfIn(data: StatusData, options?: MembersOptions): readonly string[] {
  const { asOf } = readOptions(options, ['asOf'], 'membersOf');
  const index = spellIndex(data);
  const day = asOf === undefined ? index.snapshotDay : readAsOf(asOf, data.meta.snapshotDate);
  return Object.freeze(
    index.countries.filter(
      (country) => decide(index, country, day, undefined).chosen?.spell.status === 'member',
    ),
  );
}

/**
 * The members on a date, sorted by id. Use {@link statusOf} for the evidence behind each.
 *
 * @param options - `asOf` (default: the snapshot date).
 * @returns A frozen list of country ids.
 * @throws TypeError or RangeError for a malformed date or option.
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
