import { readAsOf, readDateInput } from '../internal/date-input.js';
import { formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import {
  type IndexedSpell,
  type ScopeSpells,
  type SpellIndex,
  type StatusData,
  spellAt,
  spellIndex,
} from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { LADDER_STATUSES, type ParticipationStatus } from '../model/status.js';

/** A validated status question. @internal */
export interface StatusQuery {
  /** The index as known on the `knownAt` day (the full index without `knownAt`). */
  readonly index: SpellIndex;
  readonly country: string;
  readonly day: number;
  readonly pillar: string | undefined;
  /** True when the caller gave no date, so `day` is the last day known. */
  readonly atSnapshot: boolean;
}

/** The days a question is asked on and known at. @internal */
export interface QueryDays {
  readonly index: SpellIndex;
  readonly day: number;
}

/**
 * Reads `knownAt` (default: the snapshot, when everything in the dataset was known) and `asOf`
 * (default: `knownAt`), refusing an `asOf` after `knownAt`: the package does not forecast.
 *
 * @internal
 */
export function readKnownAndAsOf(
  data: StatusData,
  asOf: unknown,
  knownAt: unknown,
  name = 'asOf',
): QueryDays {
  const full = spellIndex(data);
  if (knownAt === undefined) {
    return {
      index: full,
      day:
        asOf === undefined
          ? full.snapshotDay
          : readAsOf(asOf, data.meta.snapshotDate, name, full.snapshotDay),
    };
  }
  const known = readAsOf(knownAt, data.meta.snapshotDate, 'knownAt', full.snapshotDay);
  const day = asOf === undefined ? known : readDateInput(asOf, name);
  if (day > known) {
    throw new RangeError(
      `aukus: ${name} ${formatDay(day)} is after knownAt ${formatDay(known)}; the package does not forecast, ask about ${formatDay(known)} or earlier`,
    );
  }
  return { index: spellIndex(data, known), day };
}

const OPTION_KEYS = ['asOf', 'pillar', 'knownAt'] as const;

/** Validates the arguments every status query shares. @internal */
export function readStatusQuery(
  data: StatusData,
  country: unknown,
  options:
    | { readonly asOf?: DateInput; readonly pillar?: string; readonly knownAt?: DateInput }
    | undefined,
  fn: string,
): StatusQuery {
  const id = readCountryId(country, data.countries);
  const { asOf, pillar, knownAt } = readOptions(options, OPTION_KEYS, fn);
  const { index, day } = readKnownAndAsOf(data, asOf, knownAt);
  return {
    index,
    country: id,
    day,
    pillar: readOptionalPillarId(pillar, data.pillars),
    atSnapshot: asOf === undefined,
  };
}

/** Rank on the ladder, strongest first; `ruled-out` ranks after every ladder status. */
function rank(status: ParticipationStatus): number {
  const position = (LADDER_STATUSES as readonly string[]).indexOf(status);
  return position === -1 ? LADDER_STATUSES.length : position;
}

/** Within one scope, official claims decide; a reported one only when no official one holds. @internal */
export function decideInScope(spells: ScopeSpells, day: number): IndexedSpell | undefined {
  return spellAt(spells.official, day) ?? spellAt(spells.reported, day);
}

/**
 * Whether `candidate` (one scope's decision) beats `best` (an earlier scope's) for the
 * partnership as a whole: the stronger status, then an official claim over a reported one. On a
 * tie the earlier scope stays, so the partnership-wide scope comes first.
 *
 * @internal
 */
export function beats(candidate: IndexedSpell, best: IndexedSpell): boolean {
  const a = rank(candidate.spell.status);
  const b = rank(best.spell.status);
  if (a !== b) return a < b;
  return candidate.spell.claim === 'official' && best.spell.claim === 'reported';
}

/**
 * Scope before claim. With a `pillar`, that pillar's own spells decide when one holds, and the
 * partnership-wide spells otherwise. Without one, each scope (the partnership as a whole, then
 * each pillar) is decided on its own, and the strongest ladder status among them wins: the
 * answer is `ruled-out` only when every scope holding a spell rules the country out.
 *
 * @internal
 */
export function decide(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
): IndexedSpell | undefined {
  const entry = index.byCountry.get(country);
  if (entry === undefined) return undefined;
  if (pillar !== undefined) {
    const own = entry.byScope.get(pillar);
    const decided = own === undefined ? undefined : decideInScope(own, day);
    if (decided !== undefined) return decided;
    const whole = entry.byScope.get('');
    return whole === undefined ? undefined : decideInScope(whole, day);
  }
  let best: IndexedSpell | undefined;
  const { scopes } = entry;
  for (let i = 0; i < scopes.length; i++) {
    const decided = decideInScope(scopes[i] as ScopeSpells, day);
    if (decided !== undefined && (best === undefined || beats(decided, best))) best = decided;
  }
  return best;
}
