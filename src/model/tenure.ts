import type { Citation } from './citation.js';
import type { PartialDate } from './dates.js';

/**
 * An office recorded in the data.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { OfficeRole } from 'aukus';
 * const role: OfficeRole = 'defence-minister';
 * ```
 */
export type OfficeRole = 'head-of-government' | 'head-of-state' | 'defence-minister';

/**
 * Every {@link OfficeRole}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { OFFICE_ROLES } from 'aukus';
 * OFFICE_ROLES.includes('defence-minister'); // true
 * ```
 */
export const OFFICE_ROLES = /* @__PURE__ */ Object.freeze([
  'head-of-government',
  'head-of-state',
  'defence-minister',
] as const satisfies readonly OfficeRole[]);

/**
 * A person's time in an office, as far as the sources date it.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Tenure } from 'aukus';
 * const tenure: Tenure = {
 *   id: 'gb-hog-keir-starmer',
 *   person: 'keir-starmer',
 *   country: 'GB',
 *   role: 'head-of-government',
 *   from: '2024-07-05',
 *   citations: [{ source: 'nationalworld-2024-07-05-starmer' }],
 * };
 * ```
 */
export interface Tenure {
  /** Stable id. */
  readonly id: string;
  /** Id of the {@link Person}. */
  readonly person: string;
  /** Id of the {@link Country}. */
  readonly country: string;
  /** The office. */
  readonly role: OfficeRole;
  /** First day in office, or, with `fromObserved`, the first day the sources show them in it. */
  readonly from: PartialDate;
  /** Last day in office, or, with `toObserved`, the last day the sources show them in it. */
  readonly to?: PartialDate;
  /** True when `from` is not the start of the tenure but only the earliest date it is attested. */
  readonly fromObserved?: boolean;
  /** True when `to` is not the end of the tenure but only the latest date it is attested. */
  readonly toObserved?: boolean;
  /** Where the dates are stated. */
  readonly citations: readonly Citation[];
  /** How a boundary was inferred, or what is not confirmed. */
  readonly note?: string;
}
