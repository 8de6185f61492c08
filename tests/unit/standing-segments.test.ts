import { describe, expect, it } from 'vitest';
import {
  type CountryId,
  createAtlas,
  dataset,
  PARTICIPATION_STATUSES,
  statusOf,
} from '../../src/index.js';
import { certainEnd, certainStart, formatDay } from '../../src/internal/days.js';
import { spellIndex } from '../../src/internal/spell-index.js';
import type { Dataset } from '../../src/model/dataset.js';
import { standingAt } from '../../src/query/standing-at.js';
import { SEED_STATUS_DATA } from '../../src/query/status-of.js';

// statusOf works each stretch of days between two changes out once and copies it for every day
// asked in it: each answer must be exactly what the rule, worked out afresh, says for that day.
const snapshot = certainStart(dataset.meta.snapshotDate);
const pillars = [undefined, 'pillar-1', 'pillar-2'] as const;
const withPillar = (pillar: (typeof pillars)[number]) => (pillar ? { pillar } : {});

/**
 * The seed with every closed spell ended three days early where it can be: in the seed a claim
 * is mostly followed the next day by another, so a stretch that ends with nothing after it is
 * tested here.
 */
const gappy: Dataset = {
  ...dataset,
  participations: dataset.participations.map((spell) => {
    if (spell.to === undefined) return spell;
    const to = certainEnd(spell.to) - 3;
    return to < certainStart(spell.from) ? spell : { ...spell, to: formatDay(to) };
  }),
};

/**
 * The seed countries with a dense, seeded history in every scope and claim, every status
 * included: membership starts and stops many times, which the seed's never does.
 */
function churn(): Dataset {
  const source = (dataset.sources[0] as { id: string }).id;
  let state = 7;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const participations: Dataset['participations'][number][] = [];
  for (const country of ['AU', 'JP', 'NZ'] as const) {
    for (const pillar of pillars) {
      for (const claim of ['official', 'reported'] as const) {
        let day = certainStart('2021-01-01') + next(30);
        for (let k = 0; k < 12; k++) {
          const to = day + 5 + next(40);
          participations.push({
            id: `${country.toLowerCase()}-${pillar ?? 'all'}-${claim}-${k}`,
            country,
            ...(pillar ? { pillar } : {}),
            status: PARTICIPATION_STATUSES[
              next(PARTICIPATION_STATUSES.length)
            ] as (typeof PARTICIPATION_STATUSES)[number],
            claim,
            from: formatDay(day),
            to: formatDay(to),
            citations: [{ source }],
          });
          day = to + 1 + next(20);
        }
      }
    }
  }
  return { ...dataset, participations };
}

/** Every day on which, or next to which, a standing can change, up to the snapshot. */
function edgeDays(data: Dataset = dataset): number[] {
  const days = new Set<number>([snapshot, certainStart('2021-01-01')]);
  for (const spell of data.participations) {
    const start = certainStart(spell.from);
    const end = spell.to === undefined ? snapshot : certainEnd(spell.to);
    for (const day of [start - 1, start, start + 1, end - 1, end, end + 1]) {
      if (day <= snapshot) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

describe('statusOf answers from stretches of days worked out once', () => {
  const ids = [...dataset.countries.map((c) => c.id), 'FR'] as CountryId[];

  it.each([
    ['the seed', 'earliest first', dataset, 1],
    ['the seed', 'latest first', dataset, -1],
    ['the seed with gaps', 'earliest first', gappy, 1],
    ['the seed with gaps', 'latest first', gappy, -1],
    ['a dense history', 'earliest first', churn(), 1],
    ['a dense history', 'latest first', churn(), -1],
  ] as const)('equals the rule on every edge day of %s, asked %s', (_, __, data, order) => {
    // A fresh atlas, so each stretch is first worked out from the first day asked in it.
    const atlas = createAtlas(data);
    const index = spellIndex(atlas.dataset);
    const days = edgeDays(data).sort((a, b) => order * (a - b));
    for (const country of ids) {
      for (const pillar of pillars) {
        for (const day of days) {
          const asOf = formatDay(day);
          const rule = standingAt(index, country, day, pillar, asOf);
          expect(atlas.statusOf(country, { asOf, ...withPillar(pillar) })).toEqual(rule);
          // isMember reads only the days membership flips: the same answer.
          expect(atlas.isMember(country, { asOf, ...withPillar(pillar) })).toBe(
            rule.status === 'member',
          );
        }
      }
    }
  });

  it('gives each day its own frozen answer, sharing only frozen parts', () => {
    const a = statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
    const b = statusOf('JP', { asOf: '2024-04-10', pillar: 'pillar-2' });
    expect(a).not.toBe(b);
    expect([a.asOf, b.asOf]).toEqual(['2024-04-09', '2024-04-10']);
    expect({ ...a, asOf: b.asOf }).toEqual(b);
    for (const standing of [a, b]) {
      expect(Object.isFrozen(standing)).toBe(true);
      expect(Object.isFrozen(standing.scopes)).toBe(true);
      expect(standing.scopes.every((s) => Object.isFrozen(s))).toBe(true);
      expect(Object.isFrozen(standing.reported)).toBe(true);
      expect(standing.reported.every((r) => Object.isFrozen(r))).toBe(true);
      expect(Object.isFrozen(standing.citations)).toBe(true);
    }
    expect(() => {
      (a as { asOf: string }).asOf = '1999-01-01';
    }).toThrow(TypeError);
    expect(statusOf('JP', { asOf: '2024-04-10', pillar: 'pillar-2' }).asOf).toBe('2024-04-10');
  });

  it('writes asOf as YYYY-MM-DD however the date was given', () => {
    const late = new Date(Date.UTC(2024, 3, 9, 23, 59));
    expect(statusOf('JP', { asOf: late }).asOf).toBe('2024-04-09');
    expect(statusOf('JP', { asOf: '2024-04-09' })).toEqual(statusOf('JP', { asOf: late }));
    expect(statusOf('JP', { knownAt: '2024-04-09' }).asOf).toBe('2024-04-09');
    expect(statusOf('JP').asOf).toBe(dataset.meta.snapshotDate);
  });

  it('answers as known on a day from that day’s own stretches', () => {
    const known = spellIndex(SEED_STATUS_DATA, certainStart('2024-04-09'));
    for (const day of edgeDays().filter((d) => d <= certainStart('2024-04-09'))) {
      const asOf = formatDay(day);
      expect(statusOf('JP', { asOf, knownAt: '2024-04-09', pillar: 'pillar-2' })).toEqual(
        standingAt(known, 'JP', day, 'pillar-2', asOf),
      );
    }
  });
});
