import type { Dataset } from '../model/dataset.js';
import type { Participation } from '../model/participation.js';
import type { Source } from '../model/source.js';
import type { Standing } from '../query/standing.js';
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
  /**
   * The decision over time about the partnership as a whole, built on the first question: see
   * `decisionTimeline` in `query/decide.ts`. A field, not a map entry: the commonest question.
   */
  whole: DecisionTimeline | undefined;
  /** The same, per pillar asked about. */
  readonly decisions: Map<string, DecisionTimeline>;
  /**
   * What `statusOf` answers over time, per pillar asked about (`undefined` for none), built on
   * the first question: see `query/standing-segments.ts`.
   */
  readonly standings: Map<string | undefined, StandingSegments>;
}

/**
 * A country's standing over time: before `days[0]`, every part of the standing but `asOf` is
 * `standings[0]`'s; from `days[i]` until the day before `days[i + 1]`, `standings[i + 1]`'s. A
 * segment's standing is worked out on the first question about it.
 *
 * @internal
 */
export interface StandingSegments {
  readonly days: Int32Array;
  readonly standings: (Standing<string, string> | undefined)[];
}

/**
 * One question's answer over time: from `days[i]` until the day before `days[i + 1]`, `spells[i]`
 * decides (none before `days[0]`). A dated query is then one binary search.
 *
 * @internal
 */
export interface DecisionTimeline {
  readonly days: Int32Array;
  readonly spells: readonly (IndexedSpell | undefined)[];
  /**
   * The days membership starts or stops, in order, from not a member: a country is a member on
   * a day after an odd number of them. Far fewer than `days`, and no spell to read.
   */
  readonly flips: Int32Array;
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
  /**
   * Where the seed's helpers and an atlas keep their index: read without a `WeakMap` lookup, and
   * released with them. Only for data that can never change (see {@link heldStatusData}).
   */
  readonly held?: Held;
};

/** Status data with its {@link Held} place: the seed's and each atlas's. @internal */
export type HeldStatusData = StatusData & { readonly held: Held };

/** What the seed's helpers and an atlas work out once about their data. @internal */
export interface Held {
  index: SpellIndex | undefined;
  /**
   * Each country id the data declares, with its spells in `index` (`null` for none), built by
   * `isMember` once the index is: one lookup then both accepts a country id (a declared id always
   * passes `readCountryId`) and finds its spells.
   */
  countries: Map<string, CountrySpells | null> | undefined;
}

/**
 * `data` with a place of its own for its index, for an atlas (the seed's helpers have theirs
 * written out): its data is deep-frozen, so the index built once stays right for as long as the
 * atlas lives. No module keeps a reference to the last dataset asked about, so an atlas no one
 * uses can be collected with its index.
 *
 * @internal
 */
export function heldStatusData(data: Dataset): HeldStatusData {
  return {
    meta: data.meta,
    countries: data.countries,
    pillars: data.pillars,
    participations: data.participations,
    sources: data.sources,
    held: { index: undefined, countries: undefined },
  };
}

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
  // One pass groups the spells by country, with their days read once; no closure or key string
  // is made per spell.
  const groups = new Map<string, IndexedSpell[]>();
  for (let i = 0; i < participations.length; i++) {
    const spell = participations[i] as Participation;
    const entry: IndexedSpell = {
      spell,
      start: certainStart(spell.from),
      end: spell.to === undefined ? snapshot : certainEnd(spell.to),
    };
    const group = groups.get(spell.country);
    if (group === undefined) groups.set(spell.country, [entry]);
    else group.push(entry);
  }
  const byCountry = new Map<string, CountrySpells>();
  const countries = [...groups.keys()].sort();
  for (const country of countries) {
    // One sort per country; the scopes and claims are then split off in order, already sorted.
    const all = (groups.get(country) as IndexedSpell[]).sort(byDate);
    const byScope = new Map<
      string,
      { scope: string; official: IndexedSpell[]; reported: IndexedSpell[] }
    >();
    for (let i = 0; i < all.length; i++) {
      const entry = all[i] as IndexedSpell;
      const scope = entry.spell.pillar ?? '';
      let bucket = byScope.get(scope);
      if (bucket === undefined) {
        bucket = { scope, official: [], reported: [] };
        byScope.set(scope, bucket);
      }
      bucket[entry.spell.claim].push(entry);
    }
    const scopes = [...byScope.values()].sort((a, b) => compareText(a.scope, b.scope));
    byCountry.set(country, {
      scopes,
      byScope,
      all,
      whole: undefined,
      decisions: new Map(),
      standings: new Map(),
    });
  }
  return {
    snapshotDate,
    snapshotDay: snapshot,
    membersAtSnapshot: new Map(),
    byCountry,
    countries,
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
  const { held } = data;
  if (knownDay === undefined && held !== undefined) {
    // Set on the first question and never changed: the data it was built from cannot change.
    if (held.index === undefined) held.index = cacheEntry(data).index;
    return held.index;
  }
  return viewOf(data, cacheEntry(data), knownDay);
}

function cacheEntry(data: StatusData): CacheEntry {
  let entry = cache.get(data.participations);
  if (entry === undefined || entry.index.snapshotDate !== data.meta.snapshotDate) {
    const snapshot = certainStart(data.meta.snapshotDate);
    entry = {
      index: build(data.participations, data.meta.snapshotDate, snapshot),
      views: new Map(),
    };
    cache.set(data.participations, entry);
  }
  return entry;
}

function viewOf(data: StatusData, entry: CacheEntry, knownDay: number | undefined): SpellIndex {
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
