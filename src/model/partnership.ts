import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * A partnership between countries: in the seed, AUKUS itself.
 *
 * Membership over time is recorded as {@link Participation} spells; `members` lists the founding
 * members for convenience and must agree with those spells.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Partnership } from 'aukus';
 * const aukus: Partnership = {
 *   id: 'aukus',
 *   name: 'AUKUS',
 *   established: '2021-09-15',
 *   members: ['AU', 'GB', 'US'],
 *   summary: 'Enhanced trilateral security partnership.',
 *   citations: [{ source: 'wh-2021-09-15-joint-leaders-statement' }],
 * };
 * ```
 */
export interface Partnership {
  /** Stable id, e.g. `aukus`. */
  readonly id: string;
  /** Name as officially used. */
  readonly name: string;
  /** Date the partnership was announced. */
  readonly established: PartialDate;
  /** Country ids of the founding members. */
  readonly members: readonly string[];
  /** One or two sentences on what the partnership is, in the sources' terms. */
  readonly summary: string;
  /** Where the facts above are stated. */
  readonly citations: readonly Citation[];
}
