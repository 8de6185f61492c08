import type { Dataset } from '../model/dataset.js';
import type { Participation } from '../model/participation.js';
import { compareText } from './compare.js';
import { certainEnd, certainStart } from './days.js';

/** A spell with the days it certainly covers. @internal */
export interface IndexedSpell {
  readonly spell: Participation;
  readonly start: number;
  readonly end: number;
}

/** Spells of one country in one scope (a pillar, or `''` for the whole partnership). @internal */
export interface ScopeSpells {
  readonly official: readonly IndexedSpell[];
  readonly reported: readonly IndexedSpell[];
}

/** Everything known about one country. @internal */
export interface CountrySpells {
  /** Scopes in a fixed order: the partnership (`''`) first, then pillars by id. */
  readonly scopes: ReadonlyMap<string, ScopeSpells>;
  /** Every spell, in date order. */
  readonly all: readonly IndexedSpell[];
}

/** The index over one dataset's participations. @internal */
export interface SpellIndex {
  /** The snapshot the open spells were closed at. */
  readonly snapshotDate: string;
  /** The snapshot as a day number: the default date of every query. */
  readonly snapshotDay: number;
  /** Memo of membership at the snapshot, by `pillar|country` (`|country` for no pillar). */
  readonly membersAtSnapshot: Map<string, boolean>;
  readonly byCountry: ReadonlyMap<string, CountrySpells>;
  /** Country ids that have at least one spell, sorted. */
  readonly countries: readonly string[];
}

/** The slice of a dataset the status queries need. @internal */
export type StatusData = Pick<Dataset, 'meta' | 'countries' | 'pillars' | 'participations'>;

const cache = new WeakMap<readonly Participation[], SpellIndex>();

function byDate(a: IndexedSpell, b: IndexedSpell): number {
  return a.start - b.start || a.end - b.end || compareText(a.spell.id, b.spell.id);
}

/**
 * Builds, once per participations array, the per-country index the status queries use: spells
 * grouped by scope and claim and sorted by start, so one lookup is a binary search. It relies on
 * the dataset rule that spells of one country, scope and claim never overlap.
 *
 * @internal
 */
export function spellIndex(data: StatusData): SpellIndex {
  const cached = cache.get(data.participations);
  if (cached !== undefined && cached.snapshotDate === data.meta.snapshotDate) return cached;
  const snapshot = certainStart(data.meta.snapshotDate);
  type Buckets = { official: IndexedSpell[]; reported: IndexedSpell[] };
  const groups = new Map<string, { all: IndexedSpell[]; scopes: Map<string, Buckets> }>();
  for (const spell of data.participations) {
    const entry: IndexedSpell = {
      spell,
      start: certainStart(spell.from),
      end: spell.to === undefined ? snapshot : certainEnd(spell.to),
    };
    let group = groups.get(spell.country);
    if (group === undefined) {
      group = { all: [], scopes: new Map() };
      groups.set(spell.country, group);
    }
    const scope = spell.pillar ?? '';
    let bucket = group.scopes.get(scope);
    if (bucket === undefined) {
      bucket = { official: [], reported: [] };
      group.scopes.set(scope, bucket);
    }
    bucket[spell.claim].push(entry);
    group.all.push(entry);
  }
  const byCountry = new Map<string, CountrySpells>();
  for (const [country, group] of groups) {
    const ordered = new Map<string, ScopeSpells>();
    for (const [scope, bucket] of [...group.scopes].sort(([a], [b]) => compareText(a, b))) {
      ordered.set(scope, {
        official: bucket.official.sort(byDate),
        reported: bucket.reported.sort(byDate),
      });
    }
    byCountry.set(country, { scopes: ordered, all: group.all.sort(byDate) });
  }
  const index: SpellIndex = {
    snapshotDate: data.meta.snapshotDate,
    snapshotDay: snapshot,
    membersAtSnapshot: new Map(),
    byCountry,
    countries: [...byCountry.keys()].sort(),
  };
  cache.set(data.participations, index);
  return index;
}

/** The spell covering `day` in a list sorted by start with no overlaps, by binary search. @internal */
export function spellAt(spells: readonly IndexedSpell[], day: number): IndexedSpell | undefined {
  let low = 0;
  let high = spells.length - 1;
  let found: IndexedSpell | undefined;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    // middle lies within [low, high], which stays within the array.
    const candidate = spells[middle] as IndexedSpell;
    if (candidate.start <= day) {
      found = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found !== undefined && found.end >= day ? found : undefined;
}
