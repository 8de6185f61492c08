import { deepFreeze } from '../internal/deep-freeze.js';
import type { Partnership } from '../model/partnership.js';
import type { SeedRecord } from './seed-record.js';

const records = [
  {
    id: 'aukus',
    name: 'AUKUS',
    established: '2021-09-15',
    members: ['AU', 'GB', 'US'],
    summary:
      'An enhanced trilateral security partnership of Australia, the United Kingdom and the United States, announced in a joint leaders statement. Australian ministers describe it as a technology-sharing agreement rather than a security alliance.',
    citations: [
      {
        source: 'wh-2021-09-15-joint-leaders-statement',
        quote:
          'we are announcing the creation of an enhanced trilateral security partnership called “AUKUS” — Australia, the United Kingdom, and the United States.',
      },
      {
        source: 'transcript-2024-04-09-albanese-marles',
        quote: 'AUKUS is not a security alliance... AUKUS is a technology sharing agreement.',
        locator: 'Richard Marles',
      },
    ],
  },
] as const satisfies readonly Partnership[];

/**
 * A partnership id of the seed: `'aukus'`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PartnershipId } from 'aukus';
 * const id: PartnershipId = 'aukus';
 * ```
 */
export type PartnershipId = (typeof records)[number]['id'];

/**
 * The partnership itself: AUKUS, announced on 2021-09-15 by Australia, the United Kingdom and the
 * United States.
 *
 * @category Entities
 * @example
 * ```ts
 * import { partnerships } from 'aukus';
 * partnerships[0]?.members; // ['AU', 'GB', 'US']
 * ```
 */
export const partnerships: readonly SeedRecord<Partnership, PartnershipId>[] =
  /* @__PURE__ */ deepFreeze(records);
