import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { pillars } from '../data/pillars.js';
import { formatDay } from '../internal/days.js';
import { type IndexedSpell, type StatusData, spellIndex } from '../internal/spell-index.js';
import type { DateInput } from '../model/dates.js';
import { decide, readStatusQuery } from './decide.js';
import type { ReportedClaim, Standing } from './standing.js';

/**
 * Options of {@link statusOf} and {@link isMember}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatusOptions } from 'aukus';
 * const options: StatusOptions = { asOf: '2024-10-01', pillar: 'pillar-2' };
 * ```
 */
export interface StatusOptions<P extends string = PillarId> {
  /** The date asked about; defaults to the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** Ask about one pillar; without it, the strongest standing in the partnership or any pillar. */
  readonly pillar?: P;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function toReported(entry: IndexedSpell): ReportedClaim {
  const { spell } = entry;
  // Plain assignments build one object shape; conditional spreads are several times slower.
  const claim: Mutable<ReportedClaim> = {
    spell: spell.id,
    status: spell.status,
    since: spell.from,
    citations: spell.citations,
  };
  if (spell.pillar !== undefined) claim.pillar = spell.pillar;
  if (spell.to !== undefined) claim.until = spell.to;
  if (spell.note !== undefined) claim.note = spell.note;
  return Object.freeze(claim);
}

const NO_CITATIONS: readonly [] = /* @__PURE__ */ Object.freeze([]);

/**
 * The standing of `country` on day `day`, already validated, as a frozen {@link Standing}.
 * Shared by every status query that returns evidence.
 *
 * @internal
 */
export function standingAt(
  data: StatusData,
  country: string,
  day: number,
  pillar: string | undefined,
): Standing {
  const { chosen, reported } = decide(spellIndex(data), country, day, pillar);
  const others: ReportedClaim[] = [];
  for (const entry of reported) if (entry !== chosen) others.push(toReported(entry));
  const spell = chosen?.spell;
  const standing: Mutable<Standing> = {
    country,
    asOf: formatDay(day),
    status: spell?.status ?? null,
    claim: spell?.claim ?? null,
    since: spell?.from ?? null,
    spell: spell?.id ?? null,
    citations: spell?.citations ?? NO_CITATIONS,
    reported: Object.freeze(others),
  };
  if (pillar !== undefined) standing.pillar = pillar;
  if (spell?.to !== undefined) standing.until = spell.to;
  if (spell?.pillar !== undefined) standing.scope = spell.pillar;
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
): Standing {
  const query = readStatusQuery(data, country, options, 'statusOf');
  return standingAt(data, query.country, query.day, query.pillar);
}

/** @internal */
export const SEED_STATUS_DATA: StatusData = { meta, countries, pillars, participations };

/**
 * The standing of a country on a date, with its evidence: the deciding status and claim, the
 * spell's dates and citations (with quotes), and the reported claims that hold beside it.
 *
 * Official claims decide; a reported claim decides only when no official one holds. With a
 * `pillar`, a spell about that pillar outranks one about the whole partnership; otherwise the
 * strongest status wins and `ruled-out` ranks last. `status` is `null` when nothing is known.
 *
 * @param country - An ISO 3166-1 alpha-2 id of the seed, e.g. `'JP'`.
 * @param options - `asOf` (default: the snapshot date) and `pillar`.
 * @returns A frozen {@link Standing}.
 * @throws TypeError or RangeError for a malformed country, date, pillar or option, or a date after the snapshot.
 * @category Queries
 * @example
 * ```ts
 * import { statusOf } from 'aukus';
 * statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' }).status; // 'consultation'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).status; // 'ruled-out'
 * statusOf('JP', { asOf: '2024-04-07', pillar: 'pillar-2' }).claim; // 'official'
 * statusOf('AU').status; // 'member'
 * ```
 */
export function statusOf(country: CountryId, options?: StatusOptions): Standing {
  return statusOfIn(SEED_STATUS_DATA, country, options);
}
