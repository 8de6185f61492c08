import type { CountryId, PillarId } from '../data/ids.js';
import { changeDays } from '../internal/change-days.js';
import { compareText } from '../internal/compare.js';
import { readDateInput } from '../internal/date-input.js';
import { formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import type { IndexedSpell, StatusData } from '../internal/spell-index.js';
import type { Citation } from '../model/citation.js';
import type { DateInput } from '../model/dates.js';
import type { Claim, ParticipationStatus } from '../model/status.js';
import { decideInScope, readKnownAndAsOf } from './decide.js';
import type { Scope } from './standing.js';
import { SEED_STATUS_DATA, scopeOf } from './status-of.js';

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
  status: ParticipationStatus;
  /** Whether it rests on an official or a reported claim. */
  claim: Claim;
}

/**
 * A change in one scope's own standing (official claims decide within the scope, see
 * {@link statusOf}) on one day. A fresh, plain object: yours to annotate.
 *
 * @category Queries
 * @example
 * ```ts
 * import { changesBetween } from 'aukus';
 * const change = changesBetween('2024-09-16', '2024-09-17', { country: 'CA' })[0];
 * change?.scope; // 'pillar-2'
 * change?.to; // { status: 'consultation', claim: 'official' }
 * ```
 */
export interface StatusChange<C extends string = CountryId, P extends string = PillarId> {
  /** The first day of the new standing, `YYYY-MM-DD`. */
  date: string;
  /** The country. */
  country: C;
  /** Where the change happened: the partnership as a whole, or one pillar. */
  scope: Scope<P>;
  /** The scope's standing the day before, or `null` when nothing was known in it. */
  from: StatusAndClaim | null;
  /** The scope's new standing, or `null` when nothing is known in it any more. */
  to: StatusAndClaim | null;
  /** Id of the spell that now decides in the scope, or `null`. */
  spell: string | null;
  /** The evidence for the new standing. */
  citations: Citation[];
}

/**
 * Options of {@link changesBetween}. Every option narrows the result.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { ChangesOptions } from 'aukus';
 * const options: ChangesOptions = { country: 'JP', pillar: 'pillar-2', knownAt: '2024-04-09' };
 * ```
 */
export interface ChangesOptions<C extends string = CountryId, P extends string = PillarId> {
  /** Only this country's changes. */
  readonly country?: C;
  /**
   * Only the changes that bear on this pillar: in the pillar itself, and in the partnership as a
   * whole (whose spells decide a pillar where the pillar holds none).
   */
  readonly pillar?: P;
  /** Only what was public on this day (see {@link StatusOptions}); `to` defaults to it. */
  readonly knownAt?: DateInput;
}

function side(entry: IndexedSpell | undefined): StatusAndClaim | null {
  return entry === undefined ? null : { status: entry.spell.status, claim: entry.spell.claim };
}

function same(a: IndexedSpell | undefined, b: IndexedSpell | undefined): boolean {
  return a?.spell.status === b?.spell.status && a?.spell.claim === b?.spell.claim;
}

/** Fresh copies of citations, so a caller who annotates them never touches the dataset. @internal */
export function copyCitations(citations: readonly Citation[]): Citation[] {
  return citations.map((citation) => ({ ...citation }));
}

const OPTION_KEYS = ['country', 'pillar', 'knownAt'] as const;

/** @internal */
export function changesBetweenIn(
  data: StatusData,
  from: unknown,
  to: unknown,
  options?: ChangesOptions<string, string>,
): StatusChange<string, string>[] {
  const { country, pillar, knownAt } = readOptions(options, OPTION_KEYS, 'changesBetween');
  const countryId = country === undefined ? undefined : readCountryId(country, data.countries);
  const pillarId = readOptionalPillarId(pillar, data.pillars);
  const first = readDateInput(from, 'from');
  const { index, day: last } = readKnownAndAsOf(data, to, knownAt, 'to');
  if (first > last) {
    throw new RangeError(
      `aukus: changesBetween from ${formatDay(first)} is after to ${formatDay(last)}; swap them`,
    );
  }
  const changes: StatusChange<string, string>[] = [];
  for (const id of countryId === undefined ? index.countries : [countryId]) {
    for (const spells of index.byCountry.get(id)?.scopes ?? []) {
      if (pillarId !== undefined && spells.scope !== '' && spells.scope !== pillarId) continue;
      let previous = decideInScope(spells, first);
      const days = changeDays([...spells.official, ...spells.reported], first, last);
      for (const day of days) {
        const current = decideInScope(spells, day);
        if (same(previous, current)) continue;
        changes.push({
          date: formatDay(day),
          country: id,
          scope: scopeOf(spells.scope === '' ? undefined : spells.scope),
          from: side(previous),
          to: side(current),
          spell: current?.spell.id ?? null,
          citations: copyCitations(current?.spell.citations ?? []),
        });
        previous = current;
      }
    }
  }
  // The partnership as a whole sorts before the pillars, as it decides where they hold nothing.
  const order = (scope: string) => (scope === 'partnership' ? '' : scope);
  return changes.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.country, b.country) ||
      compareText(order(a.scope), order(b.scope)),
  );
}

/**
 * Every change of standing after `from` up to and including `to`, each listed once, in the scope
 * where it happened (the partnership as a whole, or one pillar): the frames of an animation.
 * Within a scope, official claims decide, as in {@link statusOf}. Starting from each scope's
 * standing on `from` and applying the changes in order gives each scope's standing on `to`; the
 * answers of {@link statusOf} follow from those by its rule of scope before claim.
 *
 * @param from - The day before the first change reported.
 * @param to - The last day; defaults to `knownAt`, or the snapshot date.
 * @param options - `country`, `pillar` and `knownAt`.
 * @returns Fresh, plain {@link StatusChange} objects, sorted by date, country and scope.
 * @throws TypeError or RangeError for malformed dates or options, an unassigned country code,
 *   `from` after `to`, `to` after the snapshot, or `to` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { changesBetween } from 'aukus';
 * changesBetween('2024-09-16', '2024-09-17')
 *   .map((c) => `${c.country} ${c.scope}: ${c.from?.status} -> ${c.to?.status}`);
 * // ['CA pillar-2: interest-expressed -> consultation', 'KR pillar-2: interest-expressed -> consultation', 'NZ pillar-2: interest-expressed -> consultation']
 * changesBetween('2024-04-14', '2024-04-15', { country: 'NZ' }).map((c) => `${c.scope}: ${c.to?.status}`);
 * // ['pillar-1: ruled-out']
 * ```
 */
export function changesBetween(
  from: DateInput,
  to?: DateInput,
  options?: ChangesOptions,
): StatusChange[] {
  return changesBetweenIn(SEED_STATUS_DATA, from, to, options) as StatusChange[];
}
