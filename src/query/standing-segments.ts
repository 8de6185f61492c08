import { countUpTo } from '../internal/count-up-to.js';
import type { Mutable } from '../internal/mutable.js';
import type { CountrySpells, SpellIndex, StandingSegments } from '../internal/spell-index.js';
import { changeDaysOf } from './decide.js';
import type { Standing } from './standing.js';
import { standingAt } from './standing-at.js';

/**
 * Between two days on which a relevant spell starts or ends, official or reported (`scopes` and
 * `reported` show both), every part of a {@link Standing} but `asOf` stays the same.
 */
function segmentsOf(entry: CountrySpells, pillar: string | undefined): StandingSegments {
  const days = changeDaysOf(entry, pillar);
  const segments = {
    days: Int32Array.from(days),
    standings: new Array<Standing<string, string> | undefined>(days.length + 1),
  };
  entry.standings.set(pillar, segments);
  return segments;
}

/**
 * The frozen {@link Standing} of `country` on `day`, written `asOf`. The standing of each stretch
 * of days between two changes is worked out once, by `standingAt`, on the first question about
 * it, and kept with the index (so released with the dataset); each answer is then one binary
 * search and a fresh frozen copy carrying its own `asOf`. The parts it shares with other answers
 * (citations, scopes, reported claims) are frozen, so no caller can change another's answer.
 *
 * @internal
 */
export function standingOn(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
  asOf: string,
): Standing<string, string> {
  const entry = index.byCountry.get(country);
  // A country without spells has one standing, with nothing known: built as asked.
  if (entry === undefined) return standingAt(index, country, day, pillar, asOf);
  const segments = entry.standings.get(pillar) ?? segmentsOf(entry, pillar);
  // The stretch after as many changes as there are on or before `day` (0: before any).
  const at = countUpTo(segments.days, day);
  let found = segments.standings[at];
  if (found === undefined) {
    found = standingAt(index, country, day, pillar, asOf);
    segments.standings[at] = found;
  }
  // Plain assignments in the order `standingAt` uses, so every answer has one object shape.
  const standing: Mutable<Standing<string, string>> = {
    country: found.country,
    asOf,
    knownAt: found.knownAt,
    status: found.status,
    claim: found.claim,
    scope: found.scope,
    since: found.since,
    spell: found.spell,
    citations: found.citations,
    scopes: found.scopes,
    reported: found.reported,
  };
  if (found.pillar !== undefined) standing.pillar = found.pillar;
  if (found.until !== undefined) standing.until = found.until;
  if (found.note !== undefined) standing.note = found.note;
  return Object.freeze(standing);
}
