import { countries } from '../data/countries.js';
import type { CountryId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { people } from '../data/people.js';
import { tenures } from '../data/tenures.js';
import { readAsOf } from '../internal/date-input.js';
import { certainEnd, certainStart } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readRole } from '../internal/read-inputs.js';
import type { Citation } from '../model/citation.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput, PartialDate } from '../model/dates.js';
import type { OfficeRole } from '../model/tenure.js';

/**
 * Options of {@link officeHolder}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { OfficeHolderOptions } from 'aukus';
 * const options: OfficeHolderOptions = { asOf: '2024-04-10' };
 * ```
 */
export interface OfficeHolderOptions {
  /** The date asked about; defaults to the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
}

/**
 * The person holding an office on a date, with the evidence for the tenure.
 *
 * @category Queries
 * @example
 * ```ts
 * import { officeHolder } from 'aukus';
 * officeHolder('GB', 'head-of-government', { asOf: '2024-07-04' })?.name; // 'Rishi Sunak'
 * ```
 */
export interface OfficeHolder {
  /** Id of the person. */
  readonly person: string;
  /** The person's name. */
  readonly name: string;
  /** Id of the tenure. */
  readonly tenure: string;
  /** First day of the tenure, or the first day it is attested (see `fromObserved`). */
  readonly since: PartialDate;
  /** Last day of the tenure, when it ended before the snapshot. */
  readonly until?: PartialDate;
  /** The evidence. */
  readonly citations: readonly Citation[];
}

/** The slice of a dataset {@link officeHolder} needs. @internal */
export type OfficeData = Pick<Dataset, 'meta' | 'countries' | 'people' | 'tenures'>;

/** @internal */
export function officeHolderIn(
  data: OfficeData,
  country: unknown,
  role: unknown,
  options?: OfficeHolderOptions,
): OfficeHolder | undefined {
  const id = readCountryId(country, data.countries);
  const office = readRole(role);
  const { asOf } = readOptions(options, ['asOf'], 'officeHolder');
  const day = readAsOf(asOf, data.meta.snapshotDate);
  const snapshot = certainStart(data.meta.snapshotDate);
  let best: { tenure: Dataset['tenures'][number]; start: number } | undefined;
  for (const tenure of data.tenures) {
    if (tenure.country !== id || tenure.role !== office) continue;
    const start = certainStart(tenure.from);
    const end = tenure.to === undefined ? snapshot : certainEnd(tenure.to);
    // On a handover day both are in office; the one who took office that day is the answer.
    if (start <= day && day <= end && (best === undefined || start > best.start)) {
      best = { tenure, start };
    }
  }
  if (best === undefined) return undefined;
  const { tenure } = best;
  const person = data.people.find((candidate) => candidate.id === tenure.person);
  return Object.freeze({
    person: tenure.person,
    name: person?.name ?? tenure.person,
    tenure: tenure.id,
    since: tenure.from,
    ...(tenure.to === undefined ? {} : { until: tenure.to }),
    citations: tenure.citations,
  });
}

/** @internal */
export const SEED_OFFICE_DATA: OfficeData = { meta, countries, people, tenures };

/**
 * Who held an office in a country on a date: `head-of-government`, `head-of-state` or
 * `defence-minister`. For the United States the President holds both head roles. On a handover
 * day the person who took office that day is returned.
 *
 * Returns `undefined` when the sources do not attest anyone on that date: boundaries the sources
 * do not give are never invented (see `Tenure.fromObserved` and `Tenure.toObserved`).
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed.
 * @param role - The office.
 * @param options - `asOf` (default: the snapshot date).
 * @returns The {@link OfficeHolder}, or `undefined`.
 * @throws TypeError or RangeError for a malformed country, role, date or option.
 * @category Queries
 * @example
 * ```ts
 * import { officeHolder } from 'aukus';
 * officeHolder('US', 'head-of-state', { asOf: '2024-04-10' })?.name; // 'Joe Biden'
 * officeHolder('JP', 'head-of-government', { asOf: '2024-04-10' })?.name; // 'Fumio Kishida'
 * officeHolder('AU', 'head-of-state'); // undefined
 * ```
 */
export function officeHolder(
  country: CountryId,
  role: OfficeRole,
  options?: OfficeHolderOptions,
): OfficeHolder | undefined {
  return officeHolderIn(SEED_OFFICE_DATA, country, role, options);
}
