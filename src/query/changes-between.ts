import type { CountryId, PillarId } from '../data/ids.js';
import { compareText } from '../internal/compare.js';
import { readAsOf, readDateInput } from '../internal/date-input.js';
import { formatDay } from '../internal/days.js';
import { type StatusData, spellIndex } from '../internal/spell-index.js';
import type { Citation } from '../model/citation.js';
import type { DateInput } from '../model/dates.js';
import type { Claim, ParticipationStatus } from '../model/status.js';
import type { Standing } from './standing.js';
import { SEED_STATUS_DATA, standingAt } from './status-of.js';

/**
 * A status and claim pair, as one side of a {@link StatusChange}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatusAndClaim } from 'aukus';
 * const side: StatusAndClaim = { status: 'consultation', claim: 'official' };
 * ```
 */
export interface StatusAndClaim {
  /** The deciding status. */
  readonly status: ParticipationStatus;
  /** Whether it rests on an official or a reported claim. */
  readonly claim: Claim;
}

/**
 * A change in a country's deciding standing (see {@link statusOf}) on one day.
 *
 * @category Queries
 * @example
 * ```ts
 * import { changesBetween } from 'aukus';
 * const change = changesBetween('2024-09-16', '2024-09-17').find((c) => c.country === 'CA');
 * change?.to; // { status: 'consultation', claim: 'official' }
 * ```
 */
export interface StatusChange<C extends string = CountryId, P extends string = PillarId> {
  /** The first day of the new standing, `YYYY-MM-DD`. */
  readonly date: string;
  /** The country. */
  readonly country: C;
  /** The pillar the standing is about; absent for the standing in the partnership as a whole. */
  readonly pillar?: P;
  /** The standing the day before, or `null` when nothing was known. */
  readonly from: StatusAndClaim | null;
  /** The new standing, or `null` when nothing is known any more. */
  readonly to: StatusAndClaim | null;
  /** Id of the spell that now decides, or `null`. */
  readonly spell: string | null;
  /** The evidence for the new standing. */
  readonly citations: readonly Citation[];
}

function side(standing: Standing): StatusAndClaim | null {
  return standing.status === null || standing.claim === null
    ? null
    : Object.freeze({ status: standing.status, claim: standing.claim });
}

function same(a: StatusAndClaim | null, b: StatusAndClaim | null): boolean {
  return a?.status === b?.status && a?.claim === b?.claim;
}

/** @internal */
export function changesBetweenIn(
  data: StatusData,
  from: unknown,
  to: unknown,
): readonly StatusChange<string, string>[] {
  const index = spellIndex(data);
  const first = readDateInput(from, 'from');
  const last = readAsOf(to, data.meta.snapshotDate, 'to', index.snapshotDay);
  if (first > last) {
    throw new RangeError(
      `aukus: changesBetween from ${formatDay(first)} is after to ${formatDay(last)}; swap them`,
    );
  }
  const scopes: (string | undefined)[] = [undefined, ...data.pillars.map((p) => p.id).sort()];
  const changes: StatusChange<string, string>[] = [];
  for (const country of index.countries) {
    const spells = index.byCountry.get(country)?.all ?? [];
    // A standing can change only where a spell starts or the day after one ends.
    const days = new Set<number>();
    for (const { start, end } of spells) {
      if (start > first && start <= last) days.add(start);
      if (end + 1 > first && end + 1 <= last) days.add(end + 1);
    }
    const ordered = [...days].sort((a, b) => a - b);
    for (const pillar of scopes) {
      let previous = side(standingAt(data, country, first, pillar));
      for (const day of ordered) {
        const standing = standingAt(data, country, day, pillar);
        const current = side(standing);
        if (same(previous, current)) continue;
        changes.push(
          Object.freeze({
            date: formatDay(day),
            country,
            ...(pillar === undefined ? {} : { pillar }),
            from: previous,
            to: current,
            spell: standing.spell,
            citations: standing.citations,
          }),
        );
        previous = current;
      }
    }
  }
  return Object.freeze(
    changes.sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.country, b.country) ||
        compareText(a.pillar ?? '', b.pillar ?? ''),
    ),
  );
}

/**
 * Every change of standing after `from` up to and including `to`, for each country and for the
 * partnership as a whole and each pillar: the frames of an animated visualization. Starting from
 * {@link statusOf} on `from` and applying the changes in order gives {@link statusOf} on `to`.
 *
 * @param from - The day before the first change reported.
 * @param to - The last day, at most the snapshot date.
 * @returns A frozen list of {@link StatusChange}, sorted by date, country and pillar.
 * @throws TypeError or RangeError for malformed dates, `from` after `to`, or `to` after the snapshot.
 * @category Queries
 * @example
 * ```ts
 * import { changesBetween } from 'aukus';
 * changesBetween('2024-09-16', '2024-09-17')
 *   .filter((c) => c.pillar === 'pillar-2')
 *   .map((c) => `${c.country}: ${c.from?.status} -> ${c.to?.status}`);
 * // ['CA: interest-expressed -> consultation', 'KR: interest-expressed -> consultation', 'NZ: interest-expressed -> consultation']
 * ```
 */
export function changesBetween(from: DateInput, to: DateInput): readonly StatusChange[] {
  return changesBetweenIn(SEED_STATUS_DATA, from, to) as readonly StatusChange[];
}
