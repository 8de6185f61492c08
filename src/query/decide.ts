import { readAsOf } from '../internal/date-input.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import {
  type IndexedSpell,
  type SpellIndex,
  type StatusData,
  spellAt,
  spellIndex,
} from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { LADDER_STATUSES, type ParticipationStatus } from '../model/status.js';

/** Which spell decides a country's standing on a day, and the reported spells beside it. @internal */
export interface Decision {
  readonly chosen: IndexedSpell | undefined;
  readonly reported: readonly IndexedSpell[];
}

/** A validated status question. @internal */
export interface StatusQuery {
  readonly index: SpellIndex;
  readonly country: string;
  readonly day: number;
  readonly pillar: string | undefined;
  /** True when the caller gave no date, so `day` is the snapshot. */
  readonly atSnapshot: boolean;
}

const OPTION_KEYS = ['asOf', 'pillar'] as const;

/** Validates the arguments every status query shares. @internal */
export function readStatusQuery(
  data: StatusData,
  country: unknown,
  options: { readonly asOf?: DateInput; readonly pillar?: string } | undefined,
  fn: string,
): StatusQuery {
  const id = readCountryId(country, data.countries);
  const { asOf, pillar } = readOptions(options, OPTION_KEYS, fn);
  const index = spellIndex(data);
  return {
    index,
    country: id,
    // The default date is the snapshot, read once per dataset rather than on every call.
    day:
      asOf === undefined
        ? index.snapshotDay
        : readAsOf(asOf, data.meta.snapshotDate, 'asOf', index.snapshotDay),
    pillar: readOptionalPillarId(pillar, data.pillars),
    atSnapshot: asOf === undefined,
  };
}

/** Strength for choosing among claims: the ladder, then `ruled-out` last. */
function strength(status: ParticipationStatus): number {
  const rank = (LADDER_STATUSES as readonly string[]).indexOf(status);
  return rank === -1 ? LADDER_STATUSES.length : rank;
}

/**
 * Whether `candidate` outranks `best`. With a pillar asked, a spell about that pillar is more
 * specific than one about the whole partnership and wins; otherwise the stronger status wins.
 */
function outranks(
  candidate: IndexedSpell,
  best: IndexedSpell,
  pillar: string | undefined,
): boolean {
  const specific = (entry: IndexedSpell) => pillar !== undefined && entry.spell.pillar === pillar;
  if (specific(candidate) !== specific(best)) return specific(candidate);
  return strength(candidate.spell.status) < strength(best.spell.status);
}

function pick(
  candidates: readonly IndexedSpell[],
  pillar: string | undefined,
): IndexedSpell | undefined {
  let best: IndexedSpell | undefined;
  for (const candidate of candidates) {
    if (best === undefined || outranks(candidate, best, pillar)) best = candidate;
  }
  return best;
}

/**
 * Applies the decision rules: official claims decide, a reported one only when no official
 * claim holds. Each scope and claim holds at most one spell on a day, found by binary search.
 *
 * @internal
 */
export function decide(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
): Decision {
  const official: IndexedSpell[] = [];
  const reported: IndexedSpell[] = [];
  const entry = index.byCountry.get(country);
  if (entry !== undefined) {
    for (const [scope, spells] of entry.scopes) {
      if (pillar !== undefined && scope !== '' && scope !== pillar) continue;
      const o = spellAt(spells.official, day);
      if (o !== undefined) official.push(o);
      const r = spellAt(spells.reported, day);
      if (r !== undefined) reported.push(r);
    }
  }
  return { chosen: pick(official, pillar) ?? pick(reported, pillar), reported };
}
