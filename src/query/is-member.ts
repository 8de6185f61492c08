import type { CountryId } from '../data/ids.js';
import type { StatusData } from '../internal/spell-index.js';
import { decide, readStatusQuery } from './decide.js';
import { SEED_STATUS_DATA, type StatusOptions } from './status-of.js';

/** @internal */
export function isMemberIn(
  data: StatusData,
  country: unknown,
  options?: StatusOptions<string>,
): boolean {
  // Same decision as statusOf, without building the evidence object: isMember is the hot path.
  const query = readStatusQuery(data, country, options, 'isMember');
  return (
    decide(query.index, query.country, query.day, query.pillar).chosen?.spell.status === 'member'
  );
}

/**
 * Whether a country is a member on a date: exactly when {@link statusOf} says `'member'`.
 * A well-formed id the dataset does not know, such as `'FR'`, is not a member.
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed, e.g. `'AU'`.
 * @param options - `asOf` (default: the snapshot date) and `pillar`.
 * @returns `true` for a member.
 * @throws TypeError or RangeError for a malformed country, date, pillar or option.
 * @category Queries
 * @example
 * ```ts
 * import { isMember } from 'aukus';
 * isMember('AU'); // true
 * isMember('JP', { asOf: '2024-04-09' }); // false
 * isMember('GB', { asOf: '2021-09-14' }); // false
 * ```
 */
export function isMember(country: CountryId, options?: StatusOptions): boolean {
  return isMemberIn(SEED_STATUS_DATA, country, options);
}
