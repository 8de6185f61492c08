/**
 * A country, keyed by its ISO 3166-1 codes so that it joins with maps and other datasets.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Country } from 'aukus';
 * const australia: Country = {
 *   id: 'AU',
 *   alpha3: 'AUS',
 *   numeric: '036',
 *   name: 'Australia',
 *   aliases: [],
 * };
 * ```
 */
export interface Country<Id extends string = string> {
  /** ISO 3166-1 alpha-2 code, e.g. `GB` (not `UK`). */
  readonly id: Id;
  /** ISO 3166-1 alpha-3 code, e.g. `GBR`. */
  readonly alpha3: string;
  /** ISO 3166-1 numeric code as a 3-digit string, e.g. `"826"`, as world-atlas TopoJSON uses. */
  readonly numeric: string;
  /** Short English name. */
  readonly name: string;
  /** Other names and abbreviations a person may type, e.g. `UK`, `South Korea`. */
  readonly aliases: readonly string[];
}
