import type { CountryId } from '../data/ids.js';
import { readCountryId } from '../internal/read-inputs.js';
import { type StatusData, spellIndex } from '../internal/spell-index.js';
import type { Participation } from '../model/participation.js';
import { SEED_STATUS_DATA } from './status-of.js';

/** @internal */
export function countryHistoryIn(data: StatusData, country: unknown): readonly Participation[] {
  const id = readCountryId(country, data.countries);
  const entry = spellIndex(data).byCountry.get(id);
  return Object.freeze(entry === undefined ? [] : entry.all.map((indexed) => indexed.spell));
}

/**
 * Every status spell of a country, official and reported, in date order (by the day each spell
 * certainly starts, then by its end).
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed.
 * @returns A frozen list of {@link Participation} records; empty for a country without spells.
 * @throws TypeError or RangeError for a malformed country id.
 * @category Queries
 * @example
 * ```ts
 * import { countryHistory } from 'aukus';
 * countryHistory('KR').map((spell) => `${spell.from} ${spell.status} (${spell.claim})`);
 * // ['2024-03-19 floated (reported)', '2024-04-15 ruled-out (official)', '2024-05-01 interest-expressed (reported)', '2024-09-17 consultation (official)']
 * ```
 */
export function countryHistory(country: CountryId): readonly Participation[] {
  return countryHistoryIn(SEED_STATUS_DATA, country);
}
