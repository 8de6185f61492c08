import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';
import type { Claim, ParticipationStatus } from './status.js';

/**
 * One status spell: a country held `status` towards the partnership (or one pillar) from `from`
 * to `to`, inclusive, according to a claim of kind `claim`.
 *
 * Spells are never edited in place: a change closes one spell and opens another.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Participation } from 'aukus';
 * const spell: Participation = {
 *   id: 'jp-pillar-2-consultation-2024',
 *   country: 'JP',
 *   pillar: 'pillar-2',
 *   status: 'consultation',
 *   claim: 'official',
 *   from: '2024-04-08',
 *   citations: [{ source: 'gov-uk-2024-04-08-defence-ministers-statement' }],
 * };
 * ```
 */
export interface Participation {
  /** Stable id. */
  readonly id: string;
  /** Id of the {@link Country}. */
  readonly country: string;
  /** Id of the {@link Pillar}; absent when the spell is about the partnership as a whole. */
  readonly pillar?: string;
  /** The standing during the spell. */
  readonly status: ParticipationStatus;
  /** Whether the claim is official or only reported. */
  readonly claim: Claim;
  /** First day of the spell (inclusive). */
  readonly from: PartialDate;
  /** Last day of the spell (inclusive). Absent: still so as of `meta.snapshotDate`. */
  readonly to?: PartialDate;
  /** The evidence. */
  readonly citations: readonly Citation[];
  /** Inferred dates, who said it, what it does not mean. */
  readonly note?: string;
}
