import { countries } from '../data/countries.js';
import { events } from '../data/events.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { pillars } from '../data/pillars.js';
import { seedSourceDates } from '../data/seed-source-dates.js';
import { compareText } from '../internal/compare.js';
import { readAsOf, readDateInput } from '../internal/date-input.js';
import { certainStart, earliestDay, formatDay, latestDay } from '../internal/days.js';
import { knownCitations, publishedDays } from '../internal/known-at.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readEventKind, readOptionalPillarId } from '../internal/read-inputs.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput } from '../model/dates.js';
import type { Event, EventKind } from '../model/event.js';
import type { Source } from '../model/source.js';

/**
 * Options of {@link timeline}. Every option narrows the result.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TimelineOptions } from 'aukus';
 * const options: TimelineOptions = { from: '2024-01-01', to: '2024-12-31', country: 'JP' };
 * ```
 */
export interface TimelineOptions<C extends string = CountryId, P extends string = PillarId> {
  /** First day, inclusive. */
  readonly from?: DateInput;
  /** Last day, inclusive. */
  readonly to?: DateInput;
  /** Only events involving or naming this country. */
  readonly country?: C;
  /** Only events concerning this pillar. */
  readonly pillar?: P;
  /** Only events of this kind. */
  readonly kind?: EventKind;
  /**
   * Only what was public on this day: events cited by a source published by then, with only
   * those citations, and none that had not yet begun. Defaults to the snapshot.
   */
  readonly knownAt?: DateInput;
}

/** The slice of a dataset {@link timeline} needs. @internal */
export type TimelineData = Pick<Dataset, 'meta' | 'pillars' | 'countries' | 'events'> & {
  readonly sources: readonly Pick<Source, 'id' | 'published'>[];
};

const OPTION_KEYS = ['from', 'to', 'country', 'pillar', 'kind', 'knownAt'] as const;

/** The events as public on `knownDay`, each with only the citations published by then. */
function knownEvents(data: TimelineData, knownDay: number): readonly Event[] {
  const published = publishedDays(data.sources);
  const result: Event[] = [];
  for (const event of data.events) {
    if (earliestDay(event.date) > knownDay) continue;
    const citations = knownCitations(event.citations, published, knownDay);
    if (citations.length === 0) continue;
    result.push(citations === event.citations ? event : Object.freeze({ ...event, citations }));
  }
  return result;
}

/** @internal */
export function timelineIn(
  data: TimelineData,
  options?: TimelineOptions<string, string>,
): readonly Event[] {
  const { from, to, country, pillar, kind, knownAt } = readOptions(
    options,
    OPTION_KEYS,
    'timeline',
  );
  const snapshot = certainStart(data.meta.snapshotDate);
  const knownDay =
    knownAt === undefined
      ? snapshot
      : readAsOf(knownAt, data.meta.snapshotDate, 'knownAt', snapshot);
  const first = from === undefined ? Number.NEGATIVE_INFINITY : readDateInput(from, 'from');
  const last = to === undefined ? Number.POSITIVE_INFINITY : readDateInput(to, 'to');
  if (first > last) {
    throw new RangeError(
      `aukus: timeline from ${formatDay(first)} is after to ${formatDay(last)}; swap them`,
    );
  }
  const countryId = country === undefined ? undefined : readCountryId(country, data.countries);
  const pillarId = readOptionalPillarId(pillar, data.pillars);
  const eventKind = kind === undefined ? undefined : readEventKind(kind);
  const events = knownDay >= snapshot ? data.events : knownEvents(data, knownDay);
  const selected = events.filter(
    (event) =>
      // A partial date counts when any day it may stand for is in range.
      latestDay(event.date) >= first &&
      earliestDay(event.date) <= last &&
      (countryId === undefined || event.countries.includes(countryId)) &&
      (pillarId === undefined || event.pillars.includes(pillarId)) &&
      (eventKind === undefined || event.kind === eventKind),
  );
  return Object.freeze(
    selected
      .map((event) => ({ event, day: earliestDay(event.date) }))
      .sort((a, b) => a.day - b.day || compareText(a.event.id, b.event.id))
      .map(({ event }) => event),
  );
}

/** @internal */
export const SEED_TIMELINE_DATA: TimelineData = {
  meta,
  pillars,
  countries,
  events,
  // A getter, so the table is read on first use rather than when the module loads.
  get sources() {
    return seedSourceDates();
  },
};

/**
 * Events in date order (by the first day each date may stand for, then by id), optionally
 * narrowed to a date range, a country, a pillar and a kind. An event with a partial date such as
 * `'2024-11'` is included when any day of it falls in the range.
 *
 * @param options - `from`, `to`, `country`, `pillar`, `kind` and `knownAt`.
 * @returns A frozen list of {@link Event} records.
 * @throws TypeError or RangeError for a malformed date, country, pillar, kind or option, an
 *   unassigned country code, `from` after `to`, or `knownAt` after the snapshot.
 * @category Queries
 * @example
 * ```ts
 * import { timeline } from 'aukus';
 * timeline({ country: 'JP', from: '2024-04-01', to: '2024-04-30' }).map((e) => e.id);
 * // ['2024-04-03-emanuel-wsj-op-ed', '2024-04-08-defence-ministers-consider-japan', '2024-04-09-albanese-no-expansion', '2024-04-10-biden-kishida-press-conference', '2024-04-15-aukus-update-hcws404']
 * timeline({ country: 'JP', from: '2024-04-01', knownAt: '2024-04-09' }).map((e) => e.id);
 * // ['2024-04-03-emanuel-wsj-op-ed', '2024-04-08-defence-ministers-consider-japan', '2024-04-09-albanese-no-expansion']
 * ```
 */
export function timeline(options?: TimelineOptions): readonly Event[] {
  return timelineIn(SEED_TIMELINE_DATA, options);
}
