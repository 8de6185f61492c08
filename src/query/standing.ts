import type { Citation } from '../model/citation.js';
import type { PartialDate } from '../model/dates.js';
import type { Claim, ParticipationStatus } from '../model/status.js';

/**
 * A reported (media) claim that holds on the date asked, shown beside the deciding claim.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * const [first] = statusOf('JP', { asOf: '2024-05-01', pillar: 'pillar-2' }).reported;
 * first?.status; // 'ruled-out'
 * ```
 */
export interface ReportedClaim {
  /** Id of the participation spell. */
  readonly spell: string;
  /** The status the report claims. */
  readonly status: ParticipationStatus;
  /** The pillar it is about; absent for the partnership as a whole. */
  readonly pillar?: string;
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
 * A country's standing on one date, with the evidence behind it.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * const standing = statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
 * standing.status; // 'consultation'
 * standing.claim; // 'official'
 * standing.since; // '2024-04-08'
 * ```
 */
export interface Standing {
  /** The country asked about. */
  readonly country: string;
  /** The date asked about, as `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The pillar asked about; absent when the question was about the partnership as a whole. */
  readonly pillar?: string;
  /** The deciding status, or `null` when nothing is known on that date. */
  readonly status: ParticipationStatus | null;
  /** Whether the deciding claim is official or only reported; `null` when nothing is known. */
  readonly claim: Claim | null;
  /** First day of the deciding spell; `null` when nothing is known. */
  readonly since: PartialDate | null;
  /** Last day of the deciding spell, when it has ended. */
  readonly until?: PartialDate;
  /** Id of the deciding spell; `null` when nothing is known. */
  readonly spell: string | null;
  /** The pillar the deciding spell is about; absent when it is about the whole partnership. */
  readonly scope?: string;
  /** The evidence for the deciding spell, with quotes. */
  readonly citations: readonly Citation[];
  /** Caveats recorded on the deciding spell. */
  readonly note?: string;
  /** Other reported claims that hold on the same date. */
  readonly reported: readonly ReportedClaim[];
}
