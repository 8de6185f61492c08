import {
  SEED_TIMELINE_DATA,
  type TimelineData,
  type TimelineOptions,
  timelineIn,
} from '../query/timeline.js';

/**
 * An event reduced to what a timeline chart draws.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toTimelineItems } from 'aukus';
 * toTimelineItems()[0]?.date; // '2021-09-15'
 * ```
 */
export interface TimelineItem {
  /** Event id. */
  readonly id: string;
  /** Date, as precise as known. */
  readonly date: string;
  /** Event kind. */
  readonly kind: string;
  /** Headline. */
  readonly title: string;
  /** Country ids. */
  readonly countries: readonly string[];
  /** Pillar ids. */
  readonly pillars: readonly string[];
}

/** @internal */
export function toTimelineItemsIn(
  data: TimelineData,
  options?: TimelineOptions<string, string>,
): readonly TimelineItem[] {
  return Object.freeze(
    timelineIn(data, options).map(({ id, date, kind, title, countries, pillars }) =>
      Object.freeze({ id, date, kind, title, countries, pillars }),
    ),
  );
}

/**
 * Events as `{ id, date, kind, title, countries, pillars }` for timeline charts, in date order.
 * Takes the same options as {@link timeline}.
 *
 * @param options - `from`, `to`, `country`, `pillar`, `kind`.
 * @returns A frozen list of {@link TimelineItem}.
 * @throws TypeError or RangeError as {@link timeline} does.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toTimelineItems } from 'aukus';
 * toTimelineItems({ kind: 'agreement' }).map((item) => item.title)[0];
 * // 'Exchange of Naval Nuclear Propulsion Information Agreement signed'
 * ```
 */
export function toTimelineItems(options?: TimelineOptions): readonly TimelineItem[] {
  return toTimelineItemsIn(SEED_TIMELINE_DATA, options);
}
