import type { Dataset } from '../model/dataset.js';
import { capabilityAreas } from './capability-areas.js';
import { commitments } from './commitments.js';
import { countries } from './countries.js';
import { events } from './events.js';
import { meta } from './meta.js';
import { participations } from './participations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';
import { pillars } from './pillars.js';
import { projects } from './projects.js';
import { sources } from './sources.js';
import { statements } from './statements.js';
import { tenures } from './tenures.js';

/**
 * The whole seed dataset as one object, deep-frozen. Import single collections instead (e.g.
 * `participations`) when bundle size matters: this object pulls in every collection.
 *
 * @category Entities
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * dataset.participations.length > 0; // true
 * Object.isFrozen(dataset.countries[0]); // true
 * ```
 */
export const dataset = /* @__PURE__ */ Object.freeze({
  meta,
  sources,
  countries,
  partnerships,
  pillars,
  capabilityAreas,
  projects,
  participations,
  events,
  statements,
  people,
  tenures,
  commitments,
} as const satisfies Dataset);

/**
 * The type of the seed dataset, with every id as a literal type.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { SeedDataset } from 'aukus';
 * type FirstCountry = SeedDataset['countries'][0]['id']; // 'AU'
 * ```
 */
export type SeedDataset = typeof dataset;
