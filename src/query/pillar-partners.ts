import type { CountryId, PillarId } from '../data/ids.js';
import { readOptions } from '../internal/options.js';
import { readLadderStatus, readPillarId } from '../internal/read-inputs.js';
import type { StatusData } from '../internal/spell-index.js';
import type { Citation } from '../model/citation.js';
import type { DateInput, PartialDate } from '../model/dates.js';
import { type Claim, LADDER_STATUSES, type LadderStatus } from '../model/status.js';
import { readKnownAndAsOf } from './decide.js';
import type { Scope } from './standing.js';
import { SEED_STATUS_DATA, standingAt } from './status-of.js';

/**
 * Options of {@link pillarPartners}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PillarPartnersOptions } from 'aukus';
 * const options: PillarPartnersOptions = { asOf: '2024-10-01', minStatus: 'consultation' };
 * ```
 */
export interface PillarPartnersOptions {
  /** The date asked about; defaults to `knownAt`, or else the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** Answer only from sources published by this day (see {@link StatusOptions}). */
  readonly knownAt?: DateInput;
  /** The weakest status that counts; default `'partner'` (members and formal partners). */
  readonly minStatus?: LadderStatus;
}

/**
 * One country taking part in a pillar on a date.
 *
 * @category Queries
 * @example
 * ```ts
 * import { pillarPartners } from 'aukus';
 * const [first] = pillarPartners('pillar-2');
 * first?.country; // 'AU'
 * ```
 */
export interface PillarPartner<C extends string = CountryId, P extends string = PillarId> {
  /** The country id. */
  readonly country: C;
  /** Its deciding status on that date. */
  readonly status: LadderStatus;
  /** Whether that status rests on an official or a reported claim. */
  readonly claim: Claim;
  /** The scope that decided: the pillar itself, or the partnership as a whole (for members). */
  readonly scope: Scope<P>;
  /** First day of the deciding spell. */
  readonly since: PartialDate;
  /** Last day of the deciding spell, when it has ended. */
  readonly until?: PartialDate;
  /** The evidence, with quotes. */
  readonly citations: readonly Citation[];
}

const OPTION_KEYS = ['asOf', 'minStatus', 'knownAt'] as const;

/** @internal */
export function pillarPartnersIn(
  data: StatusData,
  pillar: unknown,
  options?: PillarPartnersOptions,
): readonly PillarPartner<string, string>[] {
  const pillarId = readPillarId(pillar, data.pillars);
  const { asOf, minStatus, knownAt } = readOptions(options, OPTION_KEYS, 'pillarPartners');
  const { index, day } = readKnownAndAsOf(data, asOf, knownAt);
  const weakest = minStatus === undefined ? 'partner' : readLadderStatus(minStatus);
  const limit = LADDER_STATUSES.indexOf(weakest);
  const result: PillarPartner<string, string>[] = [];
  for (const country of index.countries) {
    const standing = standingAt(index, country, day, pillarId);
    const rank = (LADDER_STATUSES as readonly (string | null)[]).indexOf(standing.status);
    if (
      rank === -1 ||
      rank > limit ||
      standing.claim === null ||
      standing.since === null ||
      standing.scope === null
    )
      continue;
    if (standing.claim === 'reported' && weakest !== 'floated') continue;
    result.push(
      Object.freeze({
        country,
        status: standing.status as LadderStatus,
        claim: standing.claim,
        scope: standing.scope,
        since: standing.since,
        ...(standing.until === undefined ? {} : { until: standing.until }),
        citations: standing.citations,
      }),
    );
  }
  return Object.freeze(result);
}

/**
 * The countries taking part in a pillar on a date, sorted by country id.
 *
 * A country counts when its deciding status on that pillar (see {@link statusOf}) is at least
 * `minStatus` on the ladder member › partner › consultation › interest-expressed › floated.
 * Official claims decide: a reported claim counts only when `minStatus` is `'floated'`, and a
 * country whose official status is `ruled-out` never counts.
 *
 * @param pillar - `'pillar-1'` or `'pillar-2'`.
 * @param options - `asOf` (default: `knownAt`, or the snapshot date), `minStatus` (default
 *   `'partner'`) and `knownAt`.
 * @returns A frozen list of {@link PillarPartner}.
 * @throws TypeError or RangeError for an unknown pillar or status, a malformed date or option,
 *   or `asOf` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { pillarPartners } from 'aukus';
 * pillarPartners('pillar-2', { asOf: '2024-10-01' }).map((p) => p.country);
 * // ['AU', 'GB', 'US']
 * pillarPartners('pillar-2', { asOf: '2024-10-01', minStatus: 'consultation' }).map((p) => p.country);
 * // ['AU', 'CA', 'GB', 'JP', 'KR', 'NZ', 'US']
 * ```
 */
export function pillarPartners(
  pillar: PillarId,
  options?: PillarPartnersOptions,
): readonly PillarPartner[] {
  return pillarPartnersIn(SEED_STATUS_DATA, pillar, options) as readonly PillarPartner[];
}
