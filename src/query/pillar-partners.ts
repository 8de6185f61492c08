import type { CountryId, PillarId } from '../data/ids.js';
import type { Mutable } from '../internal/mutable.js';
import { readOptions } from '../internal/options.js';
import { readLadderStatus, readPillarId } from '../internal/read-inputs.js';
import type { StatusData } from '../internal/spell-index.js';
import type { Citation } from '../model/citation.js';
import type { DateInput, PartialDate } from '../model/dates.js';
import { type Claim, LADDER_STATUSES, type LadderStatus } from '../model/status.js';
import { decide, readKnownAndAsOf } from './decide.js';
import type { Scope } from './standing.js';
import { SEED_STATUS_DATA, scopeOf } from './status-of.js';

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
  const { countries } = index;
  for (let i = 0; i < countries.length; i++) {
    const country = countries[i] as string;
    // The deciding spell alone, as statusOf would pick it: no evidence object is built for the
    // countries that do not count.
    const spell = decide(index, country, day, pillarId)?.spell;
    if (spell === undefined) continue;
    const rank = (LADDER_STATUSES as readonly string[]).indexOf(spell.status);
    if (rank === -1 || rank > limit) continue;
    if (spell.claim === 'reported' && weakest !== 'floated') continue;
    // Plain assignments build one object shape; a conditional spread is several times slower.
    const partner: Mutable<PillarPartner<string, string>> = {
      country,
      status: spell.status as LadderStatus,
      claim: spell.claim,
      scope: scopeOf(spell.pillar),
      since: spell.from,
      citations: spell.citations,
    };
    if (spell.to !== undefined) partner.until = spell.to;
    result.push(Object.freeze(partner));
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
