import type { Mutable } from '../internal/mutable.js';
import {
  type IndexedSpell,
  type ScopeSpells,
  type SpellIndex,
  spellAt,
} from '../internal/spell-index.js';
import { beats } from './decide.js';
import type { ReportedClaim, Scope, ScopeStanding, Standing } from './standing.js';

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
 * The standing of `country` on day `day` (written `asOf`), already validated, as a frozen
 * {@link Standing}, worked out from the spells: the rule itself. `statusOf` asks it once per
 * stretch of days with the same answer (see `standing-segments.ts`).
 *
 * @internal
 */
export function standingAt(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
  asOf: string,
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
    asOf,
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
