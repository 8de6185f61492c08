import type { CountryId, PillarId } from '../data/ids.js';
import type { Citation } from '../model/citation.js';
import type { PartialDate } from '../model/dates.js';
import type { Claim, ParticipationStatus } from '../model/status.js';

/**
 * What a spell is about: `'partnership'` for the partnership as a whole, or a pillar id.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf, type Scope } from 'aukus';
 * const scope: Scope | null = statusOf('NZ', { asOf: '2024-05-01' }).scope;
 * scope; // 'pillar-2'
 * ```
 */
export type Scope<P extends string = PillarId> = 'partnership' | P;

/**
 * A reported (media) claim that holds on the date asked, shown beside the deciding claim.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * const [first] = statusOf('JP', { asOf: '2024-05-01', pillar: 'pillar-2' }).reported;
 * first?.status; // 'ruled-out'
 * first?.scope; // 'partnership'
 * ```
 */
export interface ReportedClaim<P extends string = PillarId> {
  /** Id of the participation spell. */
  readonly spell: string;
  /** The status the report claims. */
  readonly status: ParticipationStatus;
  /** What the spell is about: the partnership as a whole or one pillar. */
  readonly scope: Scope<P>;
  /** First day of the spell. */
  readonly since: PartialDate;
  /** Last day of the spell, when it has ended. */
  readonly until?: PartialDate;
  /** The evidence, with quotes. */
  readonly citations: readonly Citation[];
  /** Caveats recorded on the spell. */
  readonly note?: string;
}

/**
 * One scope's own standing on the date asked: official claims decide within the scope, a
 * reported one only when no official one holds.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * statusOf('NZ', { asOf: '2024-05-01' }).scopes.map((s) => `${s.scope}: ${s.status} (${s.claim})`);
 * // ['partnership: ruled-out (reported)', 'pillar-1: ruled-out (official)', 'pillar-2: interest-expressed (reported)']
 * ```
 */
export interface ScopeStanding<P extends string = PillarId> {
  /** The scope. */
  readonly scope: Scope<P>;
  /** The status that decides within the scope. */
  readonly status: ParticipationStatus;
  /** Whether it rests on an official or a reported claim. */
  readonly claim: Claim;
  /** Id of the deciding spell. */
  readonly spell: string;
}

/**
 * A country's standing on one date, with the evidence behind it.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * const standing = statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
 * standing.status; // 'consultation'
 * standing.claim; // 'official'
 * standing.scope; // 'pillar-2'
 * standing.since; // '2024-04-08'
 * ```
 */
export interface Standing<C extends string = CountryId, P extends string = PillarId> {
  /** The country asked about. */
  readonly country: C;
  /** The date asked about, as `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The day whose public knowledge answered, as `YYYY-MM-DD`: `knownAt`, or the snapshot. */
  readonly knownAt: string;
  /** The pillar asked about; absent when the question was about the partnership as a whole. */
  readonly pillar?: P;
  /** The deciding status, or `null` when nothing is known on that date. */
  readonly status: ParticipationStatus | null;
  /** Whether the deciding claim is official or only reported; `null` when nothing is known. */
  readonly claim: Claim | null;
  /** The scope whose spell decided; `null` when nothing is known. */
  readonly scope: Scope<P> | null;
  /** First day of the deciding spell; `null` when nothing is known. */
  readonly since: PartialDate | null;
  /** Last day of the deciding spell, when it has ended (and that end was known). */
  readonly until?: PartialDate;
  /** Id of the deciding spell; `null` when nothing is known. */
  readonly spell: string | null;
  /** The evidence for the deciding spell, with quotes. */
  readonly citations: readonly Citation[];
  /** Caveats recorded on the deciding spell. */
  readonly note?: string;
  /**
   * Each scope's own standing on that date (the pillar and the partnership as a whole when a
   * pillar was asked, every scope otherwise), so an exclusion in one scope is never hidden by a
   * stronger standing in another.
   */
  readonly scopes: readonly ScopeStanding<P>[];
  /** Other reported claims that hold on the same date. */
  readonly reported: readonly ReportedClaim<P>[];
}
