import { deepFreeze } from '../internal/deep-freeze.js';
import type { Country } from '../model/country.js';
import type { SeedRecord } from './seed-record.js';

const records = [
  { id: 'AU', alpha3: 'AUS', numeric: '036', name: 'Australia', aliases: [] },
  { id: 'GB', alpha3: 'GBR', numeric: '826', name: 'United Kingdom', aliases: ['UK', 'Britain'] },
  { id: 'US', alpha3: 'USA', numeric: '840', name: 'United States', aliases: ['U.S.'] },
  { id: 'JP', alpha3: 'JPN', numeric: '392', name: 'Japan', aliases: [] },
  { id: 'CA', alpha3: 'CAN', numeric: '124', name: 'Canada', aliases: [] },
  { id: 'NZ', alpha3: 'NZL', numeric: '554', name: 'New Zealand', aliases: [] },
  {
    id: 'KR',
    alpha3: 'KOR',
    numeric: '410',
    name: 'Republic of Korea',
    aliases: ['South Korea', 'Korea', 'ROK'],
  },
  { id: 'IN', alpha3: 'IND', numeric: '356', name: 'India', aliases: [] },
] as const satisfies readonly Country[];

/**
 * A country id of the seed: `'AU' | 'GB' | 'US' | 'JP' | 'CA' | 'NZ' | 'KR' | 'IN'`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CountryId } from 'aukus';
 * const japan: CountryId = 'JP';
 * // @ts-expect-error: alpha-3 codes are not ids
 * const typo: CountryId = 'JPN';
 * ```
 */
export type CountryId = (typeof records)[number]['id'];

/**
 * Every country the seed refers to, with its ISO 3166-1 codes (alpha-2 as the id, alpha-3, and
 * the numeric code used by world-atlas and Natural Earth). The codes were checked against the
 * ISO 3166 Maintenance Agency's table as reproduced at https://reftables.net/iso-country-codes.html;
 * the aliases are the names the sources use.
 *
 * @category Entities
 * @example
 * ```ts
 * import { countries } from 'aukus';
 * countries.map((c) => c.id); // ['AU', 'GB', 'US', 'JP', 'CA', 'NZ', 'KR', 'IN']
 * ```
 */
export const countries: readonly SeedRecord<Country, CountryId>[] =
  /* @__PURE__ */ deepFreeze(records);
