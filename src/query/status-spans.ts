import type { CountryId, PillarId } from '../data/ids.js';
import { changeDays } from '../internal/change-days.js';
import { readDateInput } from '../internal/date-input.js';
import { formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import { readCountryId, readOptionalPillarId } from '../internal/read-inputs.js';
import type { IndexedSpell, SpellIndex, StatusData } from '../internal/spell-index.js';
import type { Citation } from '../model/citation.js';
import type { DateInput } from '../model/dates.js';
import type { Claim, ParticipationStatus } from '../model/status.js';
import { decide, readKnownAndAsOf } from './decide.js';
import type { Scope } from './standing.js';
import { SEED_STATUS_DATA, scopeOf } from './status-of.js';

/**
 * Options of {@link statusSpans}. Every option narrows the result.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatusSpansOptions } from 'aukus';
 * const options: StatusSpansOptions = { country: 'JP', pillar: 'pillar-2', from: '2024-01-01' };
 * ```
 */
export interface StatusSpansOptions<C extends string = CountryId, P extends string = PillarId> {
  /** Only this country. */
  readonly country?: C;
  /** The standing on this pillar; without it, in the partnership as a whole (as {@link statusOf}). */
  readonly pillar?: P;
  /** Cut the spans to start no earlier than this day. */
  readonly from?: DateInput;
  /** Cut the spans to end no later than this day; defaults to `knownAt`, or the snapshot. */
  readonly to?: DateInput;
  /** Only what was public on this day (see {@link StatusOptions}). */
  readonly knownAt?: DateInput;
}

/**
 * A stretch of days over which a country's deciding standing (see {@link statusOf}) stays the
 * same: same status, claim and scope. A fresh, plain object: yours to annotate.
 *
 * @category Queries
 * @example
 * ```ts
 * import { statusSpans } from 'aukus';
 * const [span] = statusSpans({ country: 'AU' });
 * span?.start; // '2021-09-15'
 * span?.open; // true
 * ```
 */
export interface StatusSpan<C extends string = CountryId, P extends string = PillarId> {
  /** The country. */
  country: C;
  /** The scope whose spells decided: the partnership as a whole, or one pillar. */
  scope: Scope<P>;
  /** The deciding status. */
  status: ParticipationStatus;
  /** Whether it rests on an official or a reported claim. */
  claim: Claim;
  /** First day, `YYYY-MM-DD`, read from partial dates as {@link statusOf} reads them. */
  start: string;
  /** Last day, `YYYY-MM-DD`, inclusive: the last day known (or `to`) when the span is open. */
  end: string;
  /**
   * True when no end is known: the standing still holds on the last day known (the snapshot, or
   * `knownAt`). `end` is then that day, or `to` when the spans were cut earlier.
   */
  open: boolean;
  /** Ids of the spells that decided, in order. */
  spells: string[];
  /** The evidence of those spells, each citation once. */
  citations: Citation[];
}

const OPTION_KEYS = ['country', 'pillar', 'from', 'to', 'knownAt'] as const;

/** One country's spans over every day up to the last day known, uncut. */
function spansOf(
  index: SpellIndex,
  country: string,
  pillar: string | undefined,
): StatusSpan<string, string>[] {
  const entry = index.byCountry.get(country);
  if (entry === undefined) return [];
  const relevant: IndexedSpell[] = [];
  for (const spells of entry.scopes) {
    if (pillar !== undefined && spells.scope !== '' && spells.scope !== pillar) continue;
    relevant.push(...spells.official, ...spells.reported);
  }
  const horizon = index.snapshotDay;
  const firstStart = Math.min(...relevant.map((entry) => entry.start));
  const days = [firstStart, ...changeDays(relevant, firstStart, horizon)];
  const spans: StatusSpan<string, string>[] = [];
  let current: StatusSpan<string, string> | undefined;
  let seen = new Set<string>();
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    if (day > horizon) break;
    const decided = decide(index, country, day, pillar);
    const spell = decided?.spell;
    const scope = spell === undefined ? undefined : scopeOf(spell.pillar);
    if (
      current !== undefined &&
      spell !== undefined &&
      current.status === spell.status &&
      current.claim === spell.claim &&
      current.scope === scope
    ) {
      addSpell(current, seen, spell.id, spell.citations);
      continue;
    }
    if (current !== undefined) current.end = formatDay(day - 1);
    current = undefined;
    if (spell === undefined || scope === undefined) continue;
    current = {
      country,
      scope,
      status: spell.status,
      claim: spell.claim,
      start: formatDay(day),
      end: index.snapshotDate,
      open: true,
      spells: [],
      citations: [],
    };
    seen = new Set();
    addSpell(current, seen, spell.id, spell.citations);
    spans.push(current);
  }
  for (const span of spans) if (span !== current) span.open = false;
  return spans;
}

function addSpell(
  span: StatusSpan<string, string>,
  seen: Set<string>,
  id: string,
  citations: readonly Citation[],
): void {
  if (span.spells.includes(id)) return;
  span.spells.push(id);
  for (const citation of citations) {
    const key = `${citation.source}\u0000${citation.locator ?? ''}\u0000${citation.quote ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    span.citations.push({ ...citation });
  }
}

/** @internal */
export function statusSpansIn(
  data: StatusData,
  options?: StatusSpansOptions<string, string>,
): StatusSpan<string, string>[] {
  const { country, pillar, from, to, knownAt } = readOptions(options, OPTION_KEYS, 'statusSpans');
  const countryId = country === undefined ? undefined : readCountryId(country, data.countries);
  const pillarId = readOptionalPillarId(pillar, data.pillars);
  const { index, day: last } = readKnownAndAsOf(data, to, knownAt, 'to');
  const first = from === undefined ? Number.NEGATIVE_INFINITY : readDateInput(from, 'from');
  if (first > last) {
    throw new RangeError(
      `aukus: statusSpans from ${formatDay(first)} is after to ${formatDay(last)}; swap them`,
    );
  }
  const lastDate = formatDay(last);
  const firstDate = from === undefined ? '' : formatDay(first);
  const result: StatusSpan<string, string>[] = [];
  for (const id of countryId === undefined ? index.countries : [countryId]) {
    for (const span of spansOf(index, id, pillarId)) {
      // Full YYYY-MM-DD strings compare as dates.
      if (span.end < firstDate || span.start > lastDate) continue;
      if (span.start < firstDate) span.start = firstDate;
      if (span.end > lastDate) span.end = lastDate;
      result.push(span);
    }
  }
  return result;
}

/**
 * The deciding standing over time, as non-overlapping spans per country: the answer of
 * {@link statusOf} for every day at once, and what a timeline chart needs. With `pillar`, the
 * standing on that pillar; without it, in the partnership as a whole. A new span starts wherever
 * the deciding status, claim or scope changes; days on which nothing is known have no span.
 *
 * `start` and `end` are full days, read from partial dates as {@link statusOf} reads them; an
 * open span ends on the last day known and says `open: true`. Every call returns fresh, plain,
 * mutable objects, so charting tools may annotate them.
 *
 * @param options - `country`, `pillar`, `from`, `to` (spans are cut to that window) and `knownAt`.
 * @returns Spans sorted by country, then by start.
 * @throws TypeError or RangeError for a malformed date, pillar or option, an unassigned country
 *   code, `from` after `to`, or `to` after the snapshot or `knownAt`.
 * @category Queries
 * @example
 * ```ts
 * import { statusSpans } from 'aukus';
 * statusSpans({ country: 'JP', pillar: 'pillar-2', from: '2024-01-01' })
 *   .map((s) => `${s.start}..${s.open ? 'open' : s.end} ${s.status} (${s.claim}, ${s.scope})`);
 * // ['2024-01-01..2024-03-18 ruled-out (official, partnership)', '2024-03-19..2024-04-07 floated (reported, pillar-2)', '2024-04-08..open consultation (official, pillar-2)']
 * ```
 */
export function statusSpans(options?: StatusSpansOptions): StatusSpan[] {
  return statusSpansIn(SEED_STATUS_DATA, options) as StatusSpan[];
}
