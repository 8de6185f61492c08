import { countUpTo } from '../internal/count-up-to.js';
import { readAsOf, readDateInput } from '../internal/date-input.js';
import { formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import {
  type CountrySpells,
  type DecisionTimeline,
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
  /** `asOf` as given, read once (a getter may answer differently the next time). */
  readonly asOf: unknown;
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

/** The options of the status queries. @internal */
export type StatusQueryOptions =
  | { readonly asOf?: DateInput; readonly pillar?: string; readonly knownAt?: DateInput }
  | undefined;

/**
 * Checks the options of a status query as `readOptions` does, with the same errors, but without
 * allocating: a switch on the known keys rather than `Object.keys` and array searches. Any
 * failure is left to `readOptions`, so the messages cannot drift apart.
 *
 * @internal
 */
export function checkStatusOptions(options: StatusQueryOptions, fn: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    readOptions(options, OPTION_KEYS, fn);
    return;
  }
  for (const key in options) {
    switch (key) {
      case 'asOf':
      case 'pillar':
      case 'knownAt':
        continue;
      default:
        // Inherited keys are not options (readOptions reads own keys only).
        if (Object.hasOwn(options, key)) readOptions(options, OPTION_KEYS, fn);
    }
  }
}

/** Validates the arguments every status query shares. @internal */
export function readStatusQuery(
  data: StatusData,
  country: unknown,
  options: StatusQueryOptions,
  fn: string,
): StatusQuery {
  const id = readCountryId(country, data.countries);
  checkStatusOptions(options, fn);
  const asOf = options?.asOf;
  const pillar = options?.pillar;
  const knownAt = options?.knownAt;
  const { index, day } = readKnownAndAsOf(data, asOf, knownAt);
  return {
    index,
    country: id,
    day,
    pillar: readOptionalPillarId(pillar, data.pillars),
    atSnapshot: asOf === undefined,
    asOf,
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
  const timeline = decisionTimeline(entry, pillar);
  // The last change on or before `day`.
  const changes = countUpTo(timeline.days, day);
  return changes === 0 ? undefined : timeline.spells[changes - 1];
}

/**
 * The decision for one country and pillar (or none) over time, built on the first question and
 * kept in the index. A decision can change only where a spell starts or the day after one ends,
 * so it is worked out once on each such day, by {@link decideOn}: the same rule, by
 * construction, and every later question is one binary search.
 *
 * @internal
 */
export function decisionTimeline(
  entry: CountrySpells,
  pillar: string | undefined,
): DecisionTimeline {
  return (
    (pillar === undefined ? entry.whole : entry.decisions.get(pillar)) ??
    buildTimeline(entry, pillar)
  );
}

/**
 * The days on which the standing of `entry` about `pillar` (or every scope) can change: where a
 * relevant spell starts, or the day after one ends. Sorted, without repeats.
 *
 * @internal
 */
export function changeDaysOf(entry: CountrySpells, pillar: string | undefined): number[] {
  const days: number[] = [];
  for (const { spell, start, end } of entry.all) {
    // Scopes as the index reads them: no pillar (or an empty one) is the whole partnership.
    const scope = spell.pillar ?? '';
    if (pillar === undefined || scope === '' || scope === pillar) {
      days.push(start, end + 1);
    }
  }
  days.sort((a, b) => a - b);
  return days.filter((day, i) => day !== days[i - 1]);
}

/**
 * The first question's work, apart from {@link decisionTimeline}, whose every call would
 * otherwise pay for this one's closures.
 */
function buildTimeline(entry: CountrySpells, pillar: string | undefined): DecisionTimeline {
  const days: number[] = [];
  const spells: (IndexedSpell | undefined)[] = [];
  const flips: number[] = [];
  for (const day of changeDaysOf(entry, pillar)) {
    const decided = decideOn(entry, day, pillar);
    // A change day where the decision stays the same need not be searched.
    if (spells.length > 0 && spells[spells.length - 1] === decided) continue;
    // An odd number of flips so far means a member: isMember needs only those days.
    if ((decided?.spell.status === 'member') !== (flips.length % 2 === 1)) flips.push(day);
    days.push(day);
    spells.push(decided);
  }
  const timeline = { days: Int32Array.from(days), spells, flips: Int32Array.from(flips) };
  if (pillar === undefined) entry.whole = timeline;
  else entry.decisions.set(pillar, timeline);
  return timeline;
}

/** The rule itself, scope by scope: what {@link decide} answers, without the timeline. */
function decideOn(
  entry: CountrySpells,
  day: number,
  pillar: string | undefined,
): IndexedSpell | undefined {
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
