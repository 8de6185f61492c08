import { countries } from '../data/countries.js';
import type { CountryId } from '../data/ids.js';
import { countryLookup, normalizeName } from '../internal/country-lookup.js';
import { describe } from '../internal/describe.js';
import { readCountryId } from '../internal/read-inputs.js';
import type { Country } from '../model/country.js';

/** @internal */
export function getCountryIn(list: readonly Country[], id: unknown): Country | undefined {
  const code = readCountryId(id, list, 'id');
  return list.find((country) => country.id === code);
}

/** @internal */
export function resolveCountryIn(list: readonly Country[], text: unknown): Country | undefined {
  if (typeof text !== 'string') {
    throw new TypeError(`aukus: resolveCountry takes a string, got ${describe(text)}`);
  }
  return countryLookup(list).get(normalizeName(text));
}

/**
 * The country with an ISO 3166-1 alpha-2 id, or `undefined` when the dataset does not hold it.
 *
 * @param id - An alpha-2 id such as `'KR'`.
 * @returns The {@link Country}, or `undefined`.
 * @throws TypeError or RangeError when `id` is not a well-formed alpha-2 code.
 * @category Queries
 * @example
 * ```ts
 * import { getCountry } from 'aukus';
 * getCountry('KR')?.name; // 'Republic of Korea'
 * getCountry('KR')?.numeric; // '410'
 * ```
 */
export function getCountry(id: CountryId): Country<CountryId> | undefined {
  return getCountryIn(countries, id) as Country<CountryId> | undefined;
}

/**
 * Finds a country by anything people call it: alpha-2, alpha-3 or numeric code, name or alias,
 * ignoring case and extra spaces. Returns `undefined` for text it does not know.
 *
 * @param text - E.g. `'UK'`, `'South Korea'`, `'KOR'`, `'036'`.
 * @returns The {@link Country}, or `undefined`.
 * @throws TypeError when `text` is not a string.
 * @category Queries
 * @example
 * ```ts
 * import { isMember, resolveCountry } from 'aukus';
 * resolveCountry('UK')?.id; // 'GB'
 * resolveCountry('south korea')?.id; // 'KR'
 * resolveCountry('Republic of Korea')?.id; // 'KR'
 * resolveCountry('Atlantis'); // undefined
 * const uk = resolveCountry('UK');
 * if (uk) isMember(uk.id); // true: the id is a CountryId, no cast needed
 * ```
 */
export function resolveCountry(text: string): Country<CountryId> | undefined {
  return resolveCountryIn(countries, text) as Country<CountryId> | undefined;
}
