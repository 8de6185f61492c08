import type { Dataset } from '../model/dataset.js';
import type { Participation } from '../model/participation.js';
import type { Source } from '../model/source.js';
import { compareText } from './compare.js';
import { certainEnd, certainStart, formatDay } from './days.js';
import { knownParticipations } from './known-at.js';

/** A spell with the days it certainly covers. @internal */
export interface IndexedSpell {
  readonly spell: Participation;
  readonly start: number;
  readonly end: number;
}

/** Spells of one country in one scope (a pillar, or `''` for the whole partnership). @internal */
export interface ScopeSpells {
  /** The pillar id, or `''` for the partnership as a whole. */
  readonly scope: string;
  readonly official: readonly IndexedSpell[];
  readonly reported: readonly IndexedSpell[];
}

/** Everything known about one country. @internal */
export interface CountrySpells {
  /** Scopes in a fixed order: the partnership (`''`) first, then pillars by id. */
  readonly scopes: readonly ScopeSpells[];
  /** The same scopes by id, for questions about one pillar. */
  readonly byScope: ReadonlyMap<string, ScopeSpells>;
  /** Every spell, in date order. */
  readonly all: readonly IndexedSpell[];
}

/** The index over one dataset's participations, as known on one day. @internal */
export interface SpellIndex {
  /**
   * The last day anything is known, as `YYYY-MM-DD`: the snapshot, or the `knownAt` day of a
   * view. Open spells are closed there.
   */
  readonly snapshotDate: string;
  /** {@link snapshotDate} as a day number: the default date of every query. */
  readonly snapshotDay: number;
  /** Memo of membership at {@link snapshotDay}, by `pillar|country` (`country` for no pillar). */
  readonly membersAtSnapshot: Map<string, boolean>;
  readonly byCountry: ReadonlyMap<string, CountrySpells>;
  /** Country ids that have at least one spell, sorted. */
  readonly countries: readonly string[];
}

/** The slice of a source that `knownAt` needs. @internal */
export type SourceDate = Pick<Source, 'id' | 'published'>;

/**
 * The slice of a dataset the status queries need. Of the sources, only ids and publication dates
 * (for `knownAt`), so the seed's helpers can carry a slim table rather than every source.
 *
 * @internal
 */
export type StatusData = Pick<Dataset, 'meta' | 'countries' | 'pillars' | 'participations'> & {
  readonly sources: readonly SourceDate[];
};

interface CacheEntry {
  readonly index: SpellIndex;
  /** Views "as known on day N", built on demand; bounded, since any day may be asked. */
  readonly views: Map<number, SpellIndex>;
}

const cache = new WeakMap<readonly Participation[], CacheEntry>();
const MAX_VIEWS = 64;

function byDate(a: IndexedSpell, b: IndexedSpell): number {
  return a.start - b.start || a.end - b.end || compareText(a.spell.id, b.spell.id);
}

function build(
  participations: readonly Participation[],
  snapshotDate: string,
  snapshot: number,
): SpellIndex {
  type Buckets = { scope: string; official: IndexedSpell[]; reported: IndexedSpell[] };
  const groups = new Map<string, { all: IndexedSpell[]; scopes: Map<string, Buckets> }>();
  for (const spell of participations) {
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
      bucket = { scope, official: [], reported: [] };
      group.scopes.set(scope, bucket);
    }
    bucket[spell.claim].push(entry);
    group.all.push(entry);
  }
  const byCountry = new Map<string, CountrySpells>();
  for (const [country, group] of groups) {
    const scopes = [...group.scopes.values()]
      .sort((a, b) => compareText(a.scope, b.scope))
      .map((bucket) => ({
        scope: bucket.scope,
        official: bucket.official.sort(byDate),
        reported: bucket.reported.sort(byDate),
      }));
    byCountry.set(country, {
      scopes,
      byScope: new Map(scopes.map((s) => [s.scope, s])),
      all: group.all.sort(byDate),
    });
  }
  return {
    snapshotDate,
    snapshotDay: snapshot,
    membersAtSnapshot: new Map(),
    byCountry,
    countries: [...byCountry.keys()].sort(),
  };
}

/**
 * Builds, once per participations array, the per-country index the status queries use: spells
 * grouped by scope and claim and sorted by start, so one lookup is a binary search. It relies on
 * the dataset rule that spells of one country, scope and claim never overlap.
 *
 * With `knownDay` before the snapshot, the index holds only what was public on that day (see
 * `known-at.ts`), and open spells close on that day; views are cached beside the full index.
 *
 * @internal
 */
export function spellIndex(data: StatusData, knownDay?: number): SpellIndex {
  let entry = cache.get(data.participations);
  if (entry === undefined || entry.index.snapshotDate !== data.meta.snapshotDate) {
    const snapshot = certainStart(data.meta.snapshotDate);
    entry = {
      index: build(data.participations, data.meta.snapshotDate, snapshot),
      views: new Map(),
    };
    cache.set(data.participations, entry);
  }
  // The snapshot is when the dataset was compiled: everything in it was known then.
  if (knownDay === undefined || knownDay >= entry.index.snapshotDay) return entry.index;
  let view = entry.views.get(knownDay);
  if (view === undefined) {
    if (entry.views.size >= MAX_VIEWS) entry.views.clear();
    view = build(knownParticipations(data, knownDay), formatDay(knownDay), knownDay);
    entry.views.set(knownDay, view);
  }
  return view;
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
