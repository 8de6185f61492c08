import { deepFreeze } from '../internal/deep-freeze.js';
import type { DatasetMeta } from '../model/dataset.js';

/**
 * Facts about the seed dataset: its version and its snapshot date, the date of its latest fact.
 * Queries default to `snapshotDate`, never to the system clock.
 *
 * @category Entities
 * @example
 * ```ts
 * import { meta } from 'aukus';
 * meta.snapshotDate; // '2026-06-22'
 * ```
 */
export const meta: DatasetMeta = /* @__PURE__ */ deepFreeze({
  name: 'aukus',
  version: '0.2.0',
  snapshotDate: '2026-06-22',
  license: 'MIT',
  description:
    'The AUKUS partnership 2021–2026: members, pillars, Pillar II capability areas and projects, the status of other countries over time, events, statements, office holders and sources. Every fact is dated and cited; official and reported claims are kept apart.',
});
