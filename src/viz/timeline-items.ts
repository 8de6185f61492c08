import type { EventKind } from '../model/event.js';
import {
  SEED_TIMELINE_DATA,
  type TimelineData,
  type TimelineOptions,
  timelineIn,
} from '../query/timeline.js';

/**
 * An event reduced to what a timeline chart draws: a fresh, plain, mutable object.
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
  id: string;
  /** Date, as precise as known. */
  date: string;
  /** Event kind. */
  kind: EventKind;
  /** Headline. */
  title: string;
  /** Country ids. */
  countries: string[];
  /** Pillar ids. */
  pillars: string[];
}

/** @internal */
export function toTimelineItemsIn(
  data: TimelineData,
  options?: TimelineOptions<string, string>,
): TimelineItem[] {
  return timelineIn(data, options).map(({ id, date, kind, title, countries, pillars }) => ({
    id,
    date,
    kind,
    title,
    countries: [...countries],
    pillars: [...pillars],
  }));
}

/**
 * Events as `{ id, date, kind, title, countries, pillars }` for timeline charts, in date order.
 * Takes the same options as {@link timeline}.
 *
 * @param options - `from`, `to`, `country`, `pillar`, `kind`.
 * @returns A fresh, mutable list of {@link TimelineItem}.
 * @throws TypeError or RangeError as {@link timeline} does.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toTimelineItems } from 'aukus';
 * toTimelineItems({ kind: 'agreement' }).map((item) => item.title)[0];
 * // 'Exchange of Naval Nuclear Propulsion Information Agreement signed'
 * ```
 */
export function toTimelineItems(options?: TimelineOptions): TimelineItem[] {
  return toTimelineItemsIn(SEED_TIMELINE_DATA, options);
}
