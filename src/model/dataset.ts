import type { CapabilityArea } from './capability-area.js';
import type { Commitment } from './commitment.js';
import type { Country } from './country.js';
import type { PartialDate } from './dates.js';
import type { Event } from './event.js';
import type { Participation } from './participation.js';
import type { Partnership } from './partnership.js';
import type { Person } from './person.js';
import type { Pillar } from './pillar.js';
import type { Project } from './project.js';
import type { Source } from './source.js';
import type { Statement } from './statement.js';
import type { Tenure } from './tenure.js';

/**
 * Facts about the dataset itself.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { DatasetMeta } from 'aukus';
 * const meta: DatasetMeta = {
 *   name: 'aukus',
 *   version: '0.2.0',
 *   snapshotDate: '2026-06-22',
 *   license: 'MIT',
 *   description: 'AUKUS 2021–2026.',
 * };
 * ```
 */
export interface DatasetMeta {
  /** Name of the dataset. */
  readonly name: string;
  /** Data version, following the data-versioning policy in CONTRIBUTING.md. */
  readonly version: string;
  /** Date of the latest fact. Queries default to it, and nothing is known after it. */
  readonly snapshotDate: PartialDate;
  /** SPDX licence id of the data. */
  readonly license: string;
  /** What the dataset covers. */
  readonly description: string;
}

/**
 * A whole dataset: the seed shipped with this package, or your own in the same format.
 *
 * @category Entities
 * @example
 * ```ts
 * import { dataset, type Dataset } from 'aukus';
 * const data: Dataset = dataset;
 * data.meta.snapshotDate; // '2026-06-22'
 * ```
 */
export interface Dataset {
  /** Facts about the dataset. */
  readonly meta: DatasetMeta;
  /** Every document cited. */
  readonly sources: readonly Source[];
  /** Every country referred to. */
  readonly countries: readonly Country[];
  /** The partnership(s). */
  readonly partnerships: readonly Partnership[];
  /** The pillars. */
  readonly pillars: readonly Pillar[];
  /** Pillar II capability areas. */
  readonly capabilityAreas: readonly CapabilityArea[];
  /** Named projects. */
  readonly projects: readonly Project[];
  /** Status spells of every country over time. */
  readonly participations: readonly Participation[];
  /** Dated events. */
  readonly events: readonly Event[];
  /** Quotes. */
  readonly statements: readonly Statement[];
  /** People. */
  readonly people: readonly Person[];
  /** Offices held. */
  readonly tenures: readonly Tenure[];
  /**
   * Sums of money: pledges, payments and programme budgets. Optional, so that datasets written
   * before the collection existed stay valid; queries read a missing list as empty.
   */
  readonly commitments?: readonly Commitment[];
}
