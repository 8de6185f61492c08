/**
 * A country's standing towards the partnership or a pillar, from strongest to weakest:
 *
 * - `member`: party to the partnership.
 * - `partner`: formally taking part in named projects, without membership.
 * - `consultation`: the members officially consider or consult the country.
 * - `interest-expressed`: the country's own government says it is exploring taking part.
 * - `floated`: named only in media or commentary.
 * - `ruled-out`: an exclusion; it stands outside the ladder above.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ParticipationStatus } from 'aukus';
 * const status: ParticipationStatus = 'consultation';
 * ```
 */
export type ParticipationStatus =
  | 'member'
  | 'partner'
  | 'consultation'
  | 'interest-expressed'
  | 'floated'
  | 'ruled-out';

/**
 * The statuses that form the ladder, strongest first (every status but `ruled-out`).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { LadderStatus } from 'aukus';
 * const minStatus: LadderStatus = 'floated';
 * ```
 */
export type LadderStatus = Exclude<ParticipationStatus, 'ruled-out'>;

/**
 * Who makes a claim: `official` when a government of the partnership, or the country concerned,
 * says it in an official publication; `reported` when it is known only from media or commentary.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Claim } from 'aukus';
 * const claim: Claim = 'reported';
 * ```
 */
export type Claim = 'official' | 'reported';

/**
 * Every {@link ParticipationStatus}, strongest first, with `ruled-out` last.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PARTICIPATION_STATUSES } from 'aukus';
 * PARTICIPATION_STATUSES[0]; // 'member'
 * ```
 */
export const PARTICIPATION_STATUSES = /* @__PURE__ */ Object.freeze([
  'member',
  'partner',
  'consultation',
  'interest-expressed',
  'floated',
  'ruled-out',
] as const satisfies readonly ParticipationStatus[]);

/**
 * The ladder statuses, strongest first: every {@link ParticipationStatus} but `ruled-out`.
 *
 * @category Entities
 * @example
 * ```ts
 * import { LADDER_STATUSES } from 'aukus';
 * LADDER_STATUSES.indexOf('consultation'); // 2
 * ```
 */
export const LADDER_STATUSES = /* @__PURE__ */ Object.freeze([
  'member',
  'partner',
  'consultation',
  'interest-expressed',
  'floated',
] as const satisfies readonly LadderStatus[]);

/**
 * Every {@link Claim}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { CLAIMS } from 'aukus';
 * CLAIMS.includes('official'); // true
 * ```
 */
export const CLAIMS = /* @__PURE__ */ Object.freeze([
  'official',
  'reported',
] as const satisfies readonly Claim[]);
