import type { capabilityAreas } from './capability-areas.js';
import type { countries } from './countries.js';
import type { events } from './events.js';
import type { participations } from './participations.js';
import type { people } from './people.js';
import type { pillars } from './pillars.js';
import type { projects } from './projects.js';
import type { sources } from './sources.js';
import type { statements } from './statements.js';
import type { tenures } from './tenures.js';

/**
 * A country id of the seed: `'AU' | 'GB' | 'US' | 'JP' | 'CA' | 'NZ' | 'KR' | 'IN'`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CountryId } from 'aukus';
 * const japan: CountryId = 'JP';
 * // @ts-expect-error: alpha-3 codes are not ids
 * const typo: CountryId = 'JPN';
 * ```
 */
export type CountryId = (typeof countries)[number]['id'];

/**
 * A pillar id of the seed: `'pillar-1' | 'pillar-2'`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PillarId } from 'aukus';
 * const pillar: PillarId = 'pillar-2';
 * ```
 */
export type PillarId = (typeof pillars)[number]['id'];

/**
 * A source id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { SourceId } from 'aukus';
 * const source: SourceId = 'wh-2021-09-15-joint-leaders-statement';
 * ```
 */
export type SourceId = (typeof sources)[number]['id'];

/**
 * A person id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PersonId } from 'aukus';
 * const person: PersonId = 'anthony-albanese';
 * ```
 */
export type PersonId = (typeof people)[number]['id'];

/**
 * An event id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { EventId } from 'aukus';
 * const event: EventId = '2021-09-15-aukus-announced';
 * ```
 */
export type EventId = (typeof events)[number]['id'];

/**
 * A project id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ProjectId } from 'aukus';
 * const project: ProjectId = 'hyflite';
 * ```
 */
export type ProjectId = (typeof projects)[number]['id'];

/**
 * A capability-area id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CapabilityAreaId } from 'aukus';
 * const area: CapabilityAreaId = 'quantum-technologies';
 * ```
 */
export type CapabilityAreaId = (typeof capabilityAreas)[number]['id'];

/**
 * A participation (status spell) id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ParticipationId } from 'aukus';
 * const spell: ParticipationId = 'jp-pillar-2-consultation-2024';
 * ```
 */
export type ParticipationId = (typeof participations)[number]['id'];

/**
 * A statement id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { StatementId } from 'aukus';
 * const quote: StatementId = '2024-04-10-kishida-nothing-decided';
 * ```
 */
export type StatementId = (typeof statements)[number]['id'];

/**
 * A tenure id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { TenureId } from 'aukus';
 * const tenure: TenureId = 'gb-hog-keir-starmer';
 * ```
 */
export type TenureId = (typeof tenures)[number]['id'];
