import { capabilityAreas as seedCapabilityAreas } from '../data/capability-areas.js';
import type { PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { pillars } from '../data/pillars.js';
import { readAsOf } from '../internal/date-input.js';
import { certainStart } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readPillarId } from '../internal/read-inputs.js';
import type { CapabilityArea } from '../model/capability-area.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput } from '../model/dates.js';

/**
 * Options of {@link capabilityAreas}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { CapabilityAreasOptions } from 'aukus';
 * const options: CapabilityAreasOptions = { asOf: '2021-12-31' };
 * ```
 */
export interface CapabilityAreasOptions {
  /** The date asked about; defaults to the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
}

/** The slice of a dataset {@link capabilityAreas} needs. @internal */
export type CapabilityAreaData = Pick<Dataset, 'meta' | 'pillars' | 'capabilityAreas'>;

/** @internal */
export function capabilityAreasIn(
  data: CapabilityAreaData,
  pillar: unknown,
  options?: CapabilityAreasOptions,
): readonly CapabilityArea[] {
  const pillarId = readPillarId(pillar, data.pillars);
  const { asOf } = readOptions(options, ['asOf'], 'capabilityAreas');
  const day = readAsOf(asOf, data.meta.snapshotDate);
  return Object.freeze(
    data.capabilityAreas
      .map((area, position) => ({ area, position, since: certainStart(area.introduced) }))
      .filter(({ area, since }) => area.pillar === pillarId && since <= day)
      .sort((a, b) => a.since - b.since || a.position - b.position)
      .map(({ area }) => area),
  );
}

/** @internal */
export const SEED_CAPABILITY_DATA: CapabilityAreaData = {
  meta,
  pillars,
  capabilityAreas: seedCapabilityAreas,
};

/**
 * The capability areas of a pillar that had been named officially by a date, in the order they
 * were introduced (the dataset's order within one date). Areas stay listed after the reported
 * 2025 shift to a projects-based model, which `timeline` records as an event.
 *
 * @param pillar - A pillar id; in the seed only `'pillar-2'` has areas.
 * @param options - `asOf` (default: the snapshot date).
 * @returns A frozen list of {@link CapabilityArea} records.
 * @throws TypeError or RangeError for an unknown pillar or a malformed date or option.
 * @category Queries
 * @example
 * ```ts
 * import { capabilityAreas } from 'aukus';
 * capabilityAreas('pillar-2', { asOf: '2021-12-31' }).map((a) => a.name);
 * // ['Undersea capabilities', 'Quantum technologies', 'Artificial intelligence and autonomy', 'Advanced Cyber']
 * capabilityAreas('pillar-2').length; // 8
 * ```
 */
export function capabilityAreas(
  pillar: PillarId,
  options?: CapabilityAreasOptions,
): readonly CapabilityArea[] {
  return capabilityAreasIn(SEED_CAPABILITY_DATA, pillar, options);
}
