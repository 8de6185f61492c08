import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { participations } from '../data/participations.js';
import { compareText } from '../internal/compare.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOneOf } from '../internal/read-inputs.js';
import type { Dataset } from '../model/dataset.js';
import { CLAIMS, type Claim, type ParticipationStatus } from '../model/status.js';

/**
 * One status spell as a flat, tidy row for Observable Plot, Vega-Lite, pandas or a spreadsheet.
 * Every value is a string, so the row survives a CSV round trip unchanged.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toRows } from 'aukus';
 * const row = toRows({ country: 'JP' })[0];
 * row?.alpha3; // 'JPN'
 * ```
 */
export interface StatusRow<C extends string = CountryId, P extends string = PillarId> {
  /** Id of the participation spell. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 id. */
  readonly country: C;
  /** Country name. */
  readonly countryName: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly alpha3: string;
  /** ISO 3166-1 numeric code, as world-atlas uses. */
  readonly numeric: string;
  /** Pillar id, or `''` for the partnership as a whole. */
  readonly pillar: P | '';
  /** The status. */
  readonly status: ParticipationStatus;
  /** `official` or `reported`. */
  readonly claim: Claim;
  /** First day, as precise as known. */
  readonly from: string;
  /** Last day, or `''` while it still holds at the snapshot. */
  readonly to: string;
  /** Source ids of the citations, joined by `;`. */
  readonly sources: string;
}

/**
 * Options of {@link toRows}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import type { RowsOptions } from 'aukus';
 * const options: RowsOptions = { claim: 'official' };
 * ```
 */
export interface RowsOptions<C extends string = CountryId> {
  /** Only this country's spells. */
  readonly country?: C;
  /** Only official or only reported spells. */
  readonly claim?: Claim;
}

/** The slice of a dataset {@link toRows} needs. @internal */
export type RowsData = Pick<Dataset, 'countries' | 'participations'>;

/** @internal */
export function toRowsIn(
  data: RowsData,
  options?: RowsOptions<string>,
): readonly StatusRow<string, string>[] {
  const { country, claim } = readOptions(options, ['country', 'claim'], 'toRows');
  const only = country === undefined ? undefined : readCountryId(country, data.countries);
  if (claim !== undefined) readOneOf(claim, CLAIMS, 'claim');
  const byId = new Map(data.countries.map((c) => [c.id, c]));
  return Object.freeze(
    data.participations
      .filter(
        (spell) =>
          (only === undefined || spell.country === only) &&
          (claim === undefined || spell.claim === claim),
      )
      .map((spell) => {
        const c = byId.get(spell.country);
        return Object.freeze({
          id: spell.id,
          country: spell.country,
          countryName: c?.name ?? '',
          alpha3: c?.alpha3 ?? '',
          numeric: c?.numeric ?? '',
          pillar: spell.pillar ?? '',
          status: spell.status,
          claim: spell.claim,
          from: spell.from,
          to: spell.to ?? '',
          sources: [...new Set(spell.citations.map((citation) => citation.source))].join(';'),
        });
      })
      .sort(
        (a, b) =>
          compareText(a.country, b.country) ||
          compareText(a.from, b.from) ||
          compareText(a.id, b.id),
      ),
  );
}

/** @internal */
export const SEED_ROWS_DATA: RowsData = { countries, participations };

/**
 * Every status spell as a tidy row (one row per spell), sorted by country, start and id. Join on
 * `numeric` with world-atlas TopoJSON or on `alpha3` with Natural Earth.
 *
 * @param options - `country` and `claim` filters.
 * @returns A frozen list of {@link StatusRow}.
 * @throws TypeError or RangeError for a malformed country, claim or option.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toRows } from 'aukus';
 * toRows({ country: 'CA', claim: 'official' }).map((r) => `${r.pillar} ${r.status} ${r.from}`);
 * // ['pillar-1 ruled-out 2024-04-15', 'pillar-2 consultation 2024-09-17']
 * ```
 */
export function toRows(options?: RowsOptions): readonly StatusRow[] {
  return toRowsIn(SEED_ROWS_DATA, options) as readonly StatusRow[];
}
