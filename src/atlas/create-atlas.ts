import { COLLECTIONS, checkDataset } from '../integrity/check-dataset.js';
import { DatasetError } from '../integrity/dataset-error.js';
import { isValidated } from '../integrity/validated.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { describe } from '../internal/describe.js';
import { heldStatusData } from '../internal/spell-index.js';
import type { CapabilityArea } from '../model/capability-area.js';
import type { Commitment } from '../model/commitment.js';
import type { Country } from '../model/country.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput } from '../model/dates.js';
import type { Event } from '../model/event.js';
import type { Participation } from '../model/participation.js';
import type { OfficeRole } from '../model/tenure.js';
import { type CapabilityAreasOptions, capabilityAreasIn } from '../query/capability-areas.js';
import {
  type ChangesOptions,
  changesBetweenIn,
  type StatusChange,
} from '../query/changes-between.js';
import { type CommitmentsOptions, commitmentsIn } from '../query/commitments.js';
import {
  type CommittedTotalOptions,
  committedTotalIn,
  type MoneyTotal,
} from '../query/committed-total.js';
import { getCountryIn, resolveCountryIn } from '../query/countries.js';
import { countryHistoryIn } from '../query/country-history.js';
import { hasId } from '../query/id-guards.js';
import { isMemberIn } from '../query/is-member.js';
import { type MembersOptions, membersOfIn } from '../query/members-of.js';
import {
  type OfficeHolder,
  type OfficeHolderOptions,
  officeHolderIn,
} from '../query/office-holder.js';
import {
  type PillarPartner,
  type PillarPartnersOptions,
  pillarPartnersIn,
} from '../query/pillar-partners.js';
import type { Standing } from '../query/standing.js';
import { type StatusOptions, statusOfIn } from '../query/status-of.js';
import { type StatusSpan, type StatusSpansOptions, statusSpansIn } from '../query/status-spans.js';
import { type TimelineOptions, timelineIn } from '../query/timeline.js';
import { type DataPackage, toDataPackageIn } from '../viz/data-package.js';
import { toDotIn, toMermaidIn } from '../viz/diagrams.js';
import { type GexfOptions, toGexfIn } from '../viz/gexf.js';
import { type Graph, type GraphOptions, toGraphIn } from '../viz/graph.js';
import { type MoneyRow, toMoneyRowsIn } from '../viz/money-rows.js';
import { type RowsOptions, type StatusRow, toRowsIn } from '../viz/rows.js';
import { type TimelineItem, toTimelineItemsIn } from '../viz/timeline-items.js';

/**
 * Every query, bound to one dataset. `C` and `P` are the dataset's country and pillar ids.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createAtlas, dataset } from 'aukus';
 * const atlas = createAtlas(dataset);
 * atlas.isMember('AU'); // true
 * ```
 */
export interface Atlas<C extends string = string, P extends string = string> {
  /** The atlas's own deep-frozen copy of the dataset. */
  readonly dataset: Dataset;
  /** {@link isMember} over this dataset. */
  isMember(country: C, options?: StatusOptions<P>): boolean;
  /** {@link statusOf} over this dataset. */
  statusOf(country: C, options?: StatusOptions<P>): Standing<C, P>;
  /** {@link statusSpans} over this dataset. */
  statusSpans(options?: StatusSpansOptions<C, P>): StatusSpan<C, P>[];
  /** {@link pillarPartners} over this dataset. */
  pillarPartners(pillar: P, options?: PillarPartnersOptions): readonly PillarPartner<C, P>[];
  /** {@link membersOf} over this dataset. */
  membersOf(options?: MembersOptions): readonly C[];
  /** {@link countryHistory} over this dataset. */
  countryHistory(country: C): readonly Participation[];
  /** {@link timeline} over this dataset. */
  timeline(options?: TimelineOptions<C, P>): readonly Event[];
  /** {@link capabilityAreas} over this dataset. */
  capabilityAreas(pillar: P, options?: CapabilityAreasOptions): readonly CapabilityArea[];
  /** {@link officeHolder} over this dataset. */
  officeHolder(
    country: C,
    role: OfficeRole,
    options?: OfficeHolderOptions,
  ): OfficeHolder | undefined;
  /** {@link changesBetween} over this dataset. */
  changesBetween(
    from: DateInput,
    to?: DateInput,
    options?: ChangesOptions<C, P>,
  ): StatusChange<C, P>[];
  /** {@link getCountry} over this dataset. */
  getCountry(id: C): Country<C> | undefined;
  /** {@link resolveCountry} over this dataset. */
  resolveCountry(text: string): Country<C> | undefined;
  /** {@link isCountryId} over this dataset: narrows text to one of its country ids. */
  isCountryId(value: unknown): value is C;
  /** {@link isPillarId} over this dataset: narrows text to one of its pillar ids. */
  isPillarId(value: unknown): value is P;
  /** {@link toGraph} over this dataset. */
  toGraph(options?: GraphOptions): Graph;
  /** {@link toRows} over this dataset. */
  toRows(options?: RowsOptions<C>): StatusRow<C, P>[];
  /** {@link toTimelineItems} over this dataset. */
  toTimelineItems(options?: TimelineOptions<C, P>): TimelineItem[];
  /** {@link toDot} over this dataset. */
  toDot(options?: GraphOptions): string;
  /** {@link toMermaid} over this dataset. */
  toMermaid(options?: GraphOptions): string;
  /** {@link toGexf} over this dataset. */
  toGexf(options?: GexfOptions): string;
  /** {@link toDataPackage} over this dataset. */
  toDataPackage(): DataPackage;
  /** {@link commitments} over this dataset (empty when it has no `commitments`). */
  commitments(options?: CommitmentsOptions<C>): readonly Commitment[];
  /** {@link committedTotal} over this dataset. */
  committedTotal(options?: CommittedTotalOptions<C>): readonly MoneyTotal[];
  /** {@link toMoneyRows} over this dataset. */
  toMoneyRows(options?: CommitmentsOptions<C>): MoneyRow[];
}

/**
 * Options of {@link createAtlas}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { AtlasOptions } from 'aukus';
 * const options: AtlasOptions = { trusted: true };
 * ```
 */
export interface AtlasOptions {
  /**
   * Skip the data-rule check, for data you have already checked (e.g. with `checkDataset`) and
   * are sure has not changed since. Data that comes straight from `parseDataset` is skipped
   * without it. On data that breaks the rules, answers are undefined.
   */
  readonly trusted?: boolean;
}

/**
 * Binds every query to your own dataset, e.g. the seed extended with your research. It never
 * answers from broken data: it first checks the data rules of {@link checkDataset} (references,
 * citations, date order, overlapping spells and tenures) and throws a {@link DatasetError} naming
 * every problem. Data returned by `parseDataset` from `aukus/schema` has been checked already and
 * is not checked again; nor is data passed with `{ trusted: true }`. This entry does not load zod,
 * so it does not check the shape of each record: use `parseDataset` for data from outside.
 *
 * Declare your dataset `as const` (or parse it with `parseDataset<typeof yours>`) and the atlas
 * takes its literal ids, so a misspelt country or pillar is a compile error.
 *
 * The atlas works on a deep-frozen copy, so later changes to your object never change its
 * answers, and its indexes are built lazily on first use.
 *
 * @param dataset - A dataset in the package's format.
 * @param options - {@link AtlasOptions}: `trusted` skips the check.
 * @returns An {@link Atlas}.
 * @throws TypeError when `dataset` is not an object with the dataset's collections.
 * @throws {@link DatasetError} when it breaks a data rule.
 * @category Queries
 * @example
 * ```ts
 * import { createAtlas, dataset } from 'aukus';
 * const extended = {
 *   ...dataset,
 *   countries: [
 *     ...dataset.countries,
 *     { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] },
 *   ],
 *   participations: [
 *     ...dataset.participations,
 *     {
 *       id: 'fr-pillar-2-floated-2030',
 *       country: 'FR',
 *       pillar: 'pillar-2',
 *       status: 'floated',
 *       claim: 'reported',
 *       from: '2025-12-01',
 *       citations: [{ source: 'politico-2024-03-19-race-to-expand' }],
 *     },
 *   ],
 * } as const;
 * const atlas = createAtlas(extended);
 * atlas.statusOf('FR', { pillar: 'pillar-2' }).status; // 'floated'
 * // @ts-expect-error: 'FX' is not a country of this dataset
 * atlas.isMember('FX');
 * ```
 */
export function createAtlas<const D extends Dataset>(
  dataset: D,
  options?: AtlasOptions,
): Atlas<D['countries'][number]['id'], D['pillars'][number]['id']> {
  for (const key of ['meta', ...COLLECTIONS] as const) {
    // Datasets written for 0.1.0 have no commitments, and need none.
    if (key === 'commitments') continue;
    const value: unknown =
      typeof dataset === 'object' && dataset !== null ? Reflect.get(dataset, key) : undefined;
    if (key === 'meta' ? typeof value !== 'object' || value === null : !Array.isArray(value)) {
      throw new TypeError(
        `aukus: createAtlas needs a dataset with '${key}'${key === 'meta' ? '' : ' (an array)'}, got ${describe(dataset)}; check it with parseDataset from 'aukus/schema'`,
      );
    }
  }
  if (options?.trusted !== true && !isValidated(dataset)) {
    const { issues } = checkDataset(dataset);
    if (issues.length > 0) throw new DatasetError(issues);
  }
  const data: Dataset = deepFreeze(structuredClone(dataset) as Dataset);
  // The status queries keep this atlas's index with it, and let it go with it.
  const status = heldStatusData(data);
  type C = D['countries'][number]['id'];
  type P = D['pillars'][number]['id'];
  return Object.freeze({
    dataset: data,
    isMember: (country: C, options?: StatusOptions<P>) => isMemberIn(status, country, options),
    statusOf: (country: C, options?: StatusOptions<P>) =>
      statusOfIn(status, country, options) as Standing<C, P>,
    statusSpans: (options?: StatusSpansOptions<C, P>) =>
      statusSpansIn(status, options) as StatusSpan<C, P>[],
    pillarPartners: (pillar: P, options?: PillarPartnersOptions) =>
      pillarPartnersIn(status, pillar, options) as readonly PillarPartner<C, P>[],
    membersOf: (options?: MembersOptions) => membersOfIn(status, options) as readonly C[],
    countryHistory: (country: C) => countryHistoryIn(status, country),
    timeline: (options?: TimelineOptions<C, P>) => timelineIn(data, options),
    capabilityAreas: (pillar: P, options?: CapabilityAreasOptions) =>
      capabilityAreasIn(data, pillar, options),
    officeHolder: (country: C, role: OfficeRole, options?: OfficeHolderOptions) =>
      officeHolderIn(data, country, role, options),
    changesBetween: (from: DateInput, to?: DateInput, options?: ChangesOptions<C, P>) =>
      changesBetweenIn(status, from, to, options) as StatusChange<C, P>[],
    getCountry: (id: C) => getCountryIn(data.countries, id) as Country<C> | undefined,
    resolveCountry: (text: string) =>
      resolveCountryIn(data.countries, text) as Country<C> | undefined,
    isCountryId: (value: unknown): value is C => hasId(data.countries, value),
    isPillarId: (value: unknown): value is P => hasId(data.pillars, value),
    toGraph: (options?: GraphOptions) => toGraphIn(data, options),
    toRows: (options?: RowsOptions<C>) => toRowsIn(data, options) as StatusRow<C, P>[],
    toTimelineItems: (options?: TimelineOptions<C, P>) => toTimelineItemsIn(data, options),
    toDot: (options?: GraphOptions) => toDotIn(data, options),
    toMermaid: (options?: GraphOptions) => toMermaidIn(data, options),
    toGexf: (options?: GexfOptions) => toGexfIn(data, options),
    toDataPackage: () => toDataPackageIn(data),
    commitments: (options?: CommitmentsOptions<C>) => commitmentsIn(data, options),
    committedTotal: (options?: CommittedTotalOptions<C>) => committedTotalIn(data, options),
    toMoneyRows: (options?: CommitmentsOptions<C>) => toMoneyRowsIn(data, options),
  });
}
