import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * A named initiative under a pillar, such as AURAS, AQuA or HyFliTE.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Project } from 'aukus';
 * const project: Project = {
 *   id: 'aqua',
 *   name: 'AUKUS Quantum Arrangement',
 *   acronym: 'AQuA',
 *   pillar: 'pillar-2',
 *   capabilityArea: 'quantum-technologies',
 *   participants: ['AU', 'GB', 'US'],
 *   from: '2022-04-05',
 *   summary: 'Quantum technologies, initially for positioning, navigation and timing.',
 *   citations: [{ source: 'wh-2022-04-05-implementation-fact-sheet' }],
 * };
 * ```
 */
export interface Project {
  /** Stable id, e.g. `hyflite`. */
  readonly id: string;
  /** Full name as published. */
  readonly name: string;
  /** Short name as published, e.g. `AURAS`. */
  readonly acronym?: string;
  /** Id of the {@link Pillar} the project sits under. */
  readonly pillar: string;
  /** Id of the {@link CapabilityArea} it serves, where the sources tie it to one. */
  readonly capabilityArea?: string;
  /** Country ids of the participants, as the sources state them. */
  readonly participants: readonly string[];
  /** First date the sources show the project (announcement or first activity). */
  readonly from: PartialDate;
  /** End date, where a source gives one. */
  readonly to?: PartialDate;
  /** What the project is, in the sources' terms. */
  readonly summary: string;
  /** Where the facts above are stated. */
  readonly citations: readonly Citation[];
  /** Uncertain dates, unconfirmed participants, or other caveats. */
  readonly note?: string;
}
