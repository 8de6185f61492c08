import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * One official name of a pillar and when it was in use.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PillarName } from 'aukus';
 * const name: PillarName = {
 *   name: 'Pillar II – Advanced Capabilities',
 *   from: '2024-09-17',
 *   citations: [{ source: 'wh-2024-09-17-third-anniversary-statement' }],
 * };
 * ```
 */
export interface PillarName {
  /** The name exactly as the source writes it. */
  readonly name: string;
  /** First date the sources show the name in use. */
  readonly from: PartialDate;
  /** Last date the sources show the name in use, when a later name replaced it. */
  readonly to?: PartialDate;
  /** Where the name is used. */
  readonly citations: readonly Citation[];
}

/**
 * One of the partnership's lines of effort: Pillar I (submarines) or Pillar II (advanced
 * capabilities).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Pillar } from 'aukus';
 * const pillar: Pillar = {
 *   id: 'pillar-1',
 *   partnership: 'aukus',
 *   number: 1,
 *   names: [],
 *   summary: 'Conventionally-armed, nuclear-powered submarines for Australia.',
 *   citations: [{ source: 'wh-2021-09-15-joint-leaders-statement' }],
 * };
 * ```
 */
export interface Pillar {
  /** `pillar-1` or `pillar-2` in the seed. */
  readonly id: string;
  /** Id of the {@link Partnership} the pillar belongs to. */
  readonly partnership: string;
  /** The pillar's number. */
  readonly number: number;
  /** Official names in date order. */
  readonly names: readonly PillarName[];
  /** What the pillar covers, in the sources' terms. */
  readonly summary: string;
  /** Where the summary is stated. */
  readonly citations: readonly Citation[];
}
