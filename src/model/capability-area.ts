import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * A Pillar II advanced-capability area under its exact official name.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CapabilityArea } from 'aukus';
 * const area: CapabilityArea = {
 *   id: 'electronic-warfare',
 *   pillar: 'pillar-2',
 *   name: 'Electronic warfare',
 *   introduced: '2022-04-05',
 *   citations: [{ source: 'wh-2022-04-05-implementation-fact-sheet' }],
 * };
 * ```
 */
export interface CapabilityArea {
  /** Stable id, e.g. `quantum-technologies`. */
  readonly id: string;
  /** Id of the {@link Pillar} the area belongs to. */
  readonly pillar: string;
  /** The official heading, exactly as published. */
  readonly name: string;
  /** Date the area was first named officially. */
  readonly introduced: PartialDate;
  /** Where the area is named. */
  readonly citations: readonly Citation[];
  /** Earlier wording, or anything else a reader must know. */
  readonly note?: string;
}
