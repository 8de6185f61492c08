import type { CountryId } from '../data/ids.js';
import { countUpTo } from '../internal/count-up-to.js';
import { readAsOf } from '../internal/date-input.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import {
  type CountrySpells,
  type HeldStatusData,
  type SpellIndex,
  spellIndex,
} from '../internal/spell-index.js';
import { checkStatusOptions, decisionTimeline, readStatusQuery } from './decide.js';
import { SEED_STATUS_DATA, type StatusOptions } from './status-of.js';

/** Whether a country with these spells (`null` for none) is a member on `day`. */
function memberIn(entry: CountrySpells | null, day: number, pillar: string | undefined): boolean {
  // The same decision as statusOf's, read from the days membership flips: how many by `day`.
  return entry !== null && (countUpTo(decisionTimeline(entry, pillar).flips, day) & 1) === 1;
}

function memberOn(
  index: SpellIndex,
  country: string,
  day: number,
  pillar: string | undefined,
): boolean {
  return memberIn(index.byCountry.get(country) ?? null, day, pillar);
}

/**
 * Keeps each country id `data` declares with its spells, once its index is built. Only string
 * ids: the lookup stands in for `readCountryId`, which refuses anything else, even in trusted
 * data that declares one.
 */
function holdCountries(data: HeldStatusData, index: SpellIndex): void {
  const countries = new Map<string, CountrySpells | null>();
  for (const { id } of data.countries) {
    if (typeof id === 'string') countries.set(id, index.byCountry.get(id) ?? null);
  }
  data.held.countries = countries;
}

/** Questions without a date all ask about the snapshot: each is answered once per dataset. */
function atSnapshot(index: SpellIndex, country: string, pillar: string | undefined): boolean {
  const key = pillar === undefined ? country : `${pillar}|${country}`;
  let answer = index.membersAtSnapshot.get(key);
  if (answer === undefined) {
    answer = memberOn(index, country, index.snapshotDay, pillar);
    index.membersAtSnapshot.set(key, answer);
  }
  return answer;
}

/** @internal */
export function isMemberIn(
  data: HeldStatusData,
  country: unknown,
  options?: StatusOptions<string>,
): boolean {
  // Same decision as statusOf, without building the evidence object: isMember is the hot path.
  // A date without `knownAt` is the time slider's question: the checks of readStatusQuery, in
  // the same order, without building a query object. The other questions are handled apart, so
  // that this function stays small enough for the engine to inline whole.
  if (typeof options !== 'object' || options === null || options.knownAt !== undefined) {
    return isMemberOtherwise(data, country, options);
  }
  // Once the index is built, one lookup accepts a declared id and finds its spells.
  const entry = data.held.countries?.get(country as string);
  if (entry === undefined) return isMemberFirst(data, country, options);
  checkStatusOptions(options, 'isMember');
  // The lookup is kept only once the index is built: it is there.
  return memberAsked(data, data.held.index as SpellIndex, country as string, entry, options);
}

/**
 * The answer to a question whose country and option keys are checked: the date, then the
 * pillar, are read as `readStatusQuery` reads them.
 */
function memberAsked(
  data: HeldStatusData,
  index: SpellIndex,
  id: string,
  entry: CountrySpells | null,
  options: NonNullable<StatusOptions<string>>,
): boolean {
  const { asOf } = options;
  if (asOf === undefined) {
    return atSnapshot(index, id, readOptionalPillarId(options.pillar, data.pillars));
  }
  const day = readAsOf(asOf, data.meta.snapshotDate, 'asOf', index.snapshotDay);
  return memberIn(entry, day, readOptionalPillarId(options.pillar, data.pillars));
}

/**
 * {@link isMemberIn} for a country the one lookup does not know yet (before the first index is
 * built, or an id the dataset does not declare): the same checks, in the same order, in full.
 */
function isMemberFirst(
  data: HeldStatusData,
  country: unknown,
  options: NonNullable<StatusOptions<string>>,
): boolean {
  const id = readCountryId(country, data.countries);
  checkStatusOptions(options, 'isMember');
  const index = spellIndex(data);
  if (data.held.countries === undefined) holdCountries(data, index);
  return memberAsked(data, index, id, index.byCountry.get(id) ?? null, options);
}

/** {@link isMemberIn} without options, with `knownAt`, or with options that are not an object. */
function isMemberOtherwise(
  data: HeldStatusData,
  country: unknown,
  options: StatusOptions<string> | undefined,
): boolean {
  if (options === undefined) {
    // The commonest question, "is X a member?", skips option parsing altogether; once the
    // index is built, one lookup accepts the id and finds its spells.
    const entry = data.held.countries?.get(country as string);
    if (entry !== undefined) {
      return memberIn(entry, (data.held.index as SpellIndex).snapshotDay, undefined);
    }
    const id = readCountryId(country, data.countries);
    const index = spellIndex(data);
    if (data.held.countries === undefined) holdCountries(data, index);
    return atSnapshot(index, id, undefined);
  }
  const query = readStatusQuery(data, country, options, 'isMember');
  return query.atSnapshot
    ? atSnapshot(query.index, query.country, query.pillar)
    : memberOn(query.index, query.country, query.day, query.pillar);
}

/**
 * Whether a country is a member on a date: exactly when {@link statusOf} says `'member'`.
 * A well-formed id the dataset does not know, such as `'FR'`, is not a member.
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed, e.g. `'AU'`.
 * @param options - `asOf` (default: `knownAt`, or the snapshot date), `pillar` and `knownAt`.
 * @returns `true` for a member.
 * @throws TypeError or RangeError for a malformed or unassigned country code, a malformed date,
 *   pillar or option, or `asOf` after `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { isMember } from 'aukus';
 * isMember('AU'); // true
 * isMember('JP', { asOf: '2024-04-09' }); // false
 * isMember('GB', { asOf: '2021-09-14' }); // false
 * isMember('GB', { asOf: '2021-09-15', knownAt: '2021-09-15' }); // true
 * ```
 */
export function isMember(country: CountryId, options?: StatusOptions): boolean {
  return isMemberIn(SEED_STATUS_DATA, country, options);
}
