import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { compareText } from '../internal/compare.js';
import { certainEnd, certainStart, formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOneOf } from '../internal/read-inputs.js';
import type { Dataset } from '../model/dataset.js';
import { CLAIMS, type Claim, type ParticipationStatus } from '../model/status.js';

/**
 * One status spell as a flat, tidy row for Observable Plot, Vega-Lite, pandas or a spreadsheet.
 * `start` and `end` are full days that every tool parses, read from partial dates exactly as
 * {@link statusOf} reads them; the raw partial dates stay beside them in `from` and `to`. Rows are
 * fresh, plain, mutable objects: tools may annotate them.
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
  id: string;
  /** ISO 3166-1 alpha-2 id. */
  country: C;
  /** Country name. */
  countryName: string;
  /** ISO 3166-1 alpha-3 code. */
  alpha3: string;
  /** ISO 3166-1 numeric code, as world-atlas uses. */
  numeric: string;
  /** Pillar id, or `''` for the partnership as a whole. */
  pillar: P | '';
  /** The status. */
  status: ParticipationStatus;
  /** `official` or `reported`. */
  claim: Claim;
  /**
   * First day the spell certainly holds, `YYYY-MM-DD`: the last day of a partial `from`, so
   * `'2021'` starts on `'2021-12-31'`, as in {@link statusOf}.
   */
  start: string;
  /**
   * Last day the spell certainly holds, `YYYY-MM-DD`, inclusive: the first day of a partial `to`,
   * or the dataset's snapshot date while the spell is `open`.
   */
  end: string;
  /** `true` while the spell still holds at the snapshot; `end` is then the snapshot date. */
  open: boolean;
  /** First day as recorded, as precise as known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from: string;
  /** Last day as recorded, as precise as known; `null` while the spell is `open`. */
  to: string | null;
  /** Source ids of the citations, joined by `;`. */
  sources: string;
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
export type RowsData = Pick<Dataset, 'meta' | 'countries' | 'participations'>;

/** @internal */
export function toRowsIn(
  data: RowsData,
  options?: RowsOptions<string>,
): StatusRow<string, string>[] {
  const { country, claim } = readOptions(options, ['country', 'claim'], 'toRows');
  const only = country === undefined ? undefined : readCountryId(country, data.countries);
  if (claim !== undefined) readOneOf(claim, CLAIMS, 'claim');
  const byId = new Map(data.countries.map((c) => [c.id, c]));
  const snapshot = formatDay(certainStart(data.meta.snapshotDate));
  return data.participations
    .filter(
      (spell) =>
        (only === undefined || spell.country === only) &&
        (claim === undefined || spell.claim === claim),
    )
    .map((spell) => {
      const c = byId.get(spell.country);
      return {
        id: spell.id,
        country: spell.country,
        countryName: c?.name ?? '',
        alpha3: c?.alpha3 ?? '',
        numeric: c?.numeric ?? '',
        pillar: spell.pillar ?? '',
        status: spell.status,
        claim: spell.claim,
        start: formatDay(certainStart(spell.from)),
        end: spell.to === undefined ? snapshot : formatDay(certainEnd(spell.to)),
        open: spell.to === undefined,
        from: spell.from,
        to: spell.to ?? null,
        sources: [...new Set(spell.citations.map((citation) => citation.source))].join(';'),
      };
    })
    .sort(
      (a, b) =>
        compareText(a.country, b.country) || compareText(a.from, b.from) || compareText(a.id, b.id),
    );
}

/** @internal */
export const SEED_ROWS_DATA: RowsData = { meta, countries, participations };

/**
 * Every status spell as a tidy row (one row per spell), sorted by country, start and id. Spells of
 * one country overlap (official and reported, partnership-wide and per pillar); for the deciding
 * status over time, draw `statusSpans` instead. Join on
 * `numeric` with world-atlas TopoJSON or on `alpha3` with Natural Earth.
 *
 * @param options - `country` and `claim` filters.
 * @returns A fresh, mutable list of {@link StatusRow}.
 * @throws TypeError or RangeError for a malformed country, claim or option.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toRows } from 'aukus';
 * toRows({ country: 'CA', claim: 'official' }).map((r) => `${r.pillar} ${r.status} ${r.from}`);
 * // ['pillar-1 ruled-out 2024-04-15', 'pillar-2 consultation 2024-09-17']
 * // Open spells end on the snapshot; `to` stays null while they hold.
 * const trudeau = toRows({ country: 'CA' }).find((r) => r.from === '2021-09-16');
 * [trudeau?.start, trudeau?.end, trudeau?.open]; // ['2021-09-16', '2026-06-22', true]
 * ```
 */
export function toRows(options?: RowsOptions): StatusRow[] {
  return toRowsIn(SEED_ROWS_DATA, options) as StatusRow[];
}
