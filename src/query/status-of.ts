import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { pillars } from '../data/pillars.js';
import { seedSourceDates } from '../data/seed-source-dates.js';
import { formatDay } from '../internal/days.js';
import type { HeldStatusData, StatusData } from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { readStatusQuery } from './decide.js';
import type { Standing } from './standing.js';
import { standingOn } from './standing-segments.js';

// Other queries name scopes as statusOf does.
export { scopeOf } from './standing-at.js';

/**
 * Options of {@link statusOf} and {@link isMember}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatusOptions } from 'aukus';
 * const options: StatusOptions = { asOf: '2024-10-01', pillar: 'pillar-2' };
 * const thenKnown: StatusOptions = { asOf: '2024-04-09', knownAt: '2024-04-09' };
 * ```
 */
export interface StatusOptions<P extends string = PillarId> {
  /** The date asked about; defaults to `knownAt`, or else the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** Ask about one pillar; without it, the partnership as a whole (see {@link statusOf}). */
  readonly pillar?: P;
  /**
   * Answer only from what was public on this day: sources published later do not count.
   * Defaults to the snapshot (everything known now). An `asOf` after it is a `RangeError`.
   */
  readonly knownAt?: DateInput;
}

/**
 * {@link statusOf} over any dataset.
 *
 * @internal
 */
export function statusOfIn(
  data: StatusData,
  country: unknown,
  options?: StatusOptions<string>,
): Standing<string, string> {
  const query = readStatusQuery(data, country, options, 'statusOf');
  // A date given as text was read only if written `YYYY-MM-DD`: it is its own `asOf`.
  const asOf = typeof query.asOf === 'string' ? query.asOf : formatDay(query.day);
  return standingOn(query.index, query.country, query.day, query.pillar, asOf);
}

/** @internal */
export const SEED_STATUS_DATA: HeldStatusData = {
  meta,
  countries,
  pillars,
  participations,
  // A getter, so the table is read on first use rather than when the module loads.
  get sources() {
    return seedSourceDates();
  },
  // The seed never changes: its index is kept here (see `heldStatusData`).
  held: { index: undefined, countries: undefined },
};

/**
 * The standing of a country on a date, with its evidence: the deciding status, claim and scope,
 * the spell's dates and citations (with quotes), each scope's own standing, and the reported
 * claims that hold beside it.
 *
 * **Scope before claim.** Each scope (the partnership as a whole, and each pillar) is decided on
 * its own: an official claim decides within its scope, a reported one only when no official one
 * holds. With a `pillar`, that pillar's scope decides when it holds a spell, and the
 * partnership-wide scope otherwise. Without one, the strongest ladder status among the scopes
 * wins (official before reported on a tie), so the answer is `ruled-out` only when every scope
 * holding a spell rules the country out. `scope` names the scope that decided; `status` is
 * `null` when nothing is known.
 *
 * With `knownAt`, only sources published by that day count (see the guide `time-and-status.md`).
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed, e.g. `'JP'`.
 * @param options - `asOf` (default: `knownAt`, or the snapshot date), `pillar` and `knownAt`.
 * @returns A frozen {@link Standing}.
 * @throws TypeError or RangeError for a malformed or unassigned country code, a malformed date,
 *   pillar or option, a date after the snapshot, or `asOf` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' }).status; // 'consultation'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).status; // 'floated'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).claim; // 'reported'
 * statusOf('NZ', { asOf: '2024-05-01' }).status; // 'interest-expressed'
 * statusOf('NZ', { asOf: '2024-05-01' }).scope; // 'pillar-2'
 * statusOf('AU').status; // 'member'
 * ```
 */
export function statusOf(country: CountryId, options?: StatusOptions): Standing {
  return statusOfIn(SEED_STATUS_DATA, country, options) as Standing;
}
