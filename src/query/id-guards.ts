import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { pillars } from '../data/pillars.js';

/** @internal */
export function hasId<Id extends string>(
  list: readonly { readonly id: Id }[],
  value: unknown,
): value is Id {
  return typeof value === 'string' && list.some((record) => record.id === value);
}

/**
 * True when `value` is the id of a country in the seed, narrowing it to {@link CountryId}: the
 * check to make before passing text from a user, a file or a URL to a query. For your own
 * dataset, use `atlas.isCountryId`.
 *
 * @param value - Anything.
 * @returns Whether it is one of the seed's country ids.
 * @category Queries
 * @example
 * ```ts
 * import { isCountryId, isMember } from 'aukus';
 * const text: string = 'AU';
 * if (isCountryId(text)) isMember(text); // true
 * isCountryId('UK'); // false: the id is 'GB'
 * ```
 */
export function isCountryId(value: unknown): value is CountryId {
  return hasId(countries, value);
}

/**
 * True when `value` is the id of a pillar in the seed, narrowing it to {@link PillarId}. For your
 * own dataset, use `atlas.isPillarId`.
 *
 * @param value - Anything.
 * @returns Whether it is one of the seed's pillar ids.
 * @category Queries
 * @example
 * ```ts
 * import { isPillarId, pillarPartners } from 'aukus';
 * const text: string = 'pillar-2';
 * if (isPillarId(text)) pillarPartners(text).length > 0; // true
 * isPillarId('pillar-3'); // false
 * ```
 */
export function isPillarId(value: unknown): value is PillarId {
  return hasId(pillars, value);
}
