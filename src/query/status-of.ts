import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { pillars } from '../data/pillars.js';
import { seedSourceDates } from '../data/seed-source-dates.js';
import { formatDay } from '../internal/days.js';
import {
  type IndexedSpell,
  type ScopeSpells,
  type SpellIndex,
  type StatusData,
  spellAt,
} from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { beats, readStatusQuery } from './decide.js';
import type { ReportedClaim, Scope, ScopeStanding, Standing } from './standing.js';

/**
 * Options of {@link statusOf} and {@link isMember}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatusOptions } from 'aukus';
 * const options: StatusOptions = { asOf: '2024-10-01', pillar: 'pillar-2' };
 * const thenKnown: StatusOptions = { asOf: '2024-04-09', knownAt: '2024-04-09' };
 * ```
 */
export interface StatusOptions<P extends string = PillarId> {
  /** The date asked about; defaults to `knownAt`, or else the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** Ask about one pillar; without it, the partnership as a whole (see {@link statusOf}). */
  readonly pillar?: P;
  /**
   * Answer only from what was public on this day: sources published later do not count.
   * Defaults to the snapshot (everything known now). An `asOf` after it is a `RangeError`.
   */
  readonly knownAt?: DateInput;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The public name of a spell's scope. @internal */
export function scopeOf(pillar: string | undefined): Scope<string> {
  return pillar ?? 'partnership';
}

function toReported(entry: IndexedSpell): ReportedClaim<string> {
  const { spell } = entry;
  // Plain assignments build one object shape; conditional spreads are several times slower.
  const claim: Mutable<ReportedClaim<string>> = {
    spell: spell.id,
    status: spell.status,
    scope: scopeOf(spell.pillar),
    since: spell.from,
    citations: spell.citations,
  };
  if (spell.to !== undefined) claim.until = spell.to;
  if (spell.note !== undefined) claim.note = spell.note;
  return Object.freeze(claim);
}

const NO_CITATIONS: readonly [] = /* @__PURE__ */ Object.freeze([]);
const NO_SCOPES: readonly ScopeSpells[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The standing of `country` on day `day`, already validated, as a frozen {@link Standing}.
 * Shared by every status query that returns evidence.
 *
 * @internal
 */
export function standingAt(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
): Standing<string, string> {
  // One pass over the scopes builds the decision, each scope's standing and the reported claims;
  // the rule is the one `decide` applies.
  const scopes: ScopeStanding<string>[] = [];
  const reportedHere: IndexedSpell[] = [];
  let chosen: IndexedSpell | undefined;
  let whole: IndexedSpell | undefined;
  const entry = index.byCountry.get(country);
  const list = entry === undefined ? NO_SCOPES : entry.scopes;
  for (let i = 0; i < list.length; i++) {
    const spells = list[i] as ScopeSpells;
    if (pillar !== undefined && spells.scope !== '' && spells.scope !== pillar) continue;
    const reported = spellAt(spells.reported, day);
    if (reported !== undefined) reportedHere.push(reported);
    const decided = spellAt(spells.official, day) ?? reported;
    if (decided === undefined) continue;
    const { spell } = decided;
    scopes.push(
      Object.freeze({
        scope: scopeOf(spell.pillar),
        status: spell.status,
        claim: spell.claim,
        spell: spell.id,
      }),
    );
    if (pillar === undefined) {
      if (chosen === undefined || beats(decided, chosen)) chosen = decided;
    } else if (spells.scope === '') whole = decided;
    else chosen = decided;
  }
  if (pillar !== undefined && chosen === undefined) chosen = whole;
  const others: ReportedClaim<string>[] = [];
  for (const reported of reportedHere) if (reported !== chosen) others.push(toReported(reported));
  const spell = chosen?.spell;
  const standing: Mutable<Standing<string, string>> = {
    country,
    asOf: formatDay(day),
    knownAt: index.snapshotDate,
    status: spell?.status ?? null,
    claim: spell?.claim ?? null,
    scope: spell === undefined ? null : scopeOf(spell.pillar),
    since: spell?.from ?? null,
    spell: spell?.id ?? null,
    citations: spell?.citations ?? NO_CITATIONS,
    scopes: Object.freeze(scopes),
    reported: Object.freeze(others),
  };
  if (pillar !== undefined) standing.pillar = pillar;
  if (spell?.to !== undefined) standing.until = spell.to;
  if (spell?.note !== undefined) standing.note = spell.note;
  return Object.freeze(standing);
}

/**
 * {@link statusOf} over any dataset.
 *
 * @internal
 */
export function statusOfIn(
  data: StatusData,
  country: unknown,
  options?: StatusOptions<string>,
): Standing<string, string> {
  const query = readStatusQuery(data, country, options, 'statusOf');
  return standingAt(query.index, query.country, query.day, query.pillar);
}

/** @internal */
export const SEED_STATUS_DATA: StatusData = {
  meta,
  countries,
  pillars,
  participations,
  // A getter, so the table is read on first use rather than when the module loads.
  get sources() {
    return seedSourceDates();
  },
};

/**
 * The standing of a country on a date, with its evidence: the deciding status, claim and scope,
 * the spell's dates and citations (with quotes), each scope's own standing, and the reported
 * claims that hold beside it.
 *
 * **Scope before claim.** Each scope (the partnership as a whole, and each pillar) is decided on
 * its own: an official claim decides within its scope, a reported one only when no official one
 * holds. With a `pillar`, that pillar's scope decides when it holds a spell, and the
 * partnership-wide scope otherwise. Without one, the strongest ladder status among the scopes
 * wins (official before reported on a tie), so the answer is `ruled-out` only when every scope
 * holding a spell rules the country out. `scope` names the scope that decided; `status` is
 * `null` when nothing is known.
 *
 * With `knownAt`, only sources published by that day count (see the guide `time-and-status.md`).
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed, e.g. `'JP'`.
 * @param options - `asOf` (default: `knownAt`, or the snapshot date), `pillar` and `knownAt`.
 * @returns A frozen {@link Standing}.
 * @throws TypeError or RangeError for a malformed or unassigned country code, a malformed date,
 *   pillar or option, a date after the snapshot, or `asOf` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' }).status; // 'consultation'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).status; // 'floated'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).claim; // 'reported'
 * statusOf('NZ', { asOf: '2024-05-01' }).status; // 'interest-expressed'
 * statusOf('NZ', { asOf: '2024-05-01' }).scope; // 'pillar-2'
 * statusOf('AU').status; // 'member'
 * ```
 */
export function statusOf(country: CountryId, options?: StatusOptions): Standing {
  return statusOfIn(SEED_STATUS_DATA, country, options) as Standing;
}
