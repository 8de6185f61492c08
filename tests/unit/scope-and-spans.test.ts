import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Claim,
  changesBetween,
  createAtlas,
  dataset,
  LADDER_STATUSES,
  PARTICIPATION_STATUSES,
  type ParticipationStatus,
  statusOf,
  statusSpans,
} from '../../src/index.js';
import type { Participation } from '../../src/model/participation.js';
import { seedWithSpellDates, shift } from './helpers.js';

/** A dataset holding only `spells`, all about New Zealand, over the seed's other collections. */
function atlasOf(spells: readonly Omit<Participation, 'country' | 'citations'>[]) {
  return createAtlas({
    ...dataset,
    participations: spells.map((spell) => ({
      ...spell,
      country: 'NZ',
      citations: [
        {
          source:
            spell.claim === 'official'
              ? 'gov-uk-2024-04-08-defence-ministers-statement'
              : 'politico-2024-03-19-race-to-expand',
        },
      ],
    })),
  });
}

const rank = (status: ParticipationStatus | null) =>
  status === null ? 99 : (LADDER_STATUSES as readonly string[]).indexOf(status) >>> 0;

describe('scope before claim', () => {
  it('no longer rules New Zealand out of the partnership for a Pillar I statement', () => {
    const standing = statusOf('NZ', { asOf: '2024-05-01' });
    expect([standing.status, standing.claim, standing.scope]).toEqual([
      'interest-expressed',
      'reported',
      'pillar-2',
    ]);
    // The official Pillar I exclusion is not hidden: it stands in its own scope.
    expect(standing.scopes).toContainEqual({
      scope: 'pillar-1',
      status: 'ruled-out',
      claim: 'official',
      spell: 'nz-pillar-1-ruled-out-2024',
    });
    expect(statusOf('NZ', { asOf: '2024-05-01', pillar: 'pillar-1' }).status).toBe('ruled-out');
  });

  it('keeps the whole-partnership standing on the day of the Pillar I statement', () => {
    for (const country of ['CA', 'KR', 'NZ'] as const) {
      const before = statusOf(country, { asOf: '2024-04-14' });
      const on = statusOf(country, { asOf: '2024-04-15' });
      expect([on.status, on.claim, on.scope]).toEqual([before.status, before.claim, before.scope]);
      expect(on.status).not.toBe('ruled-out');
    }
  });

  it('decides within a scope by claim, then across scopes by the ladder', () => {
    const atlas = atlasOf([
      {
        id: 'p1-out',
        pillar: 'pillar-1',
        status: 'ruled-out',
        claim: 'official',
        from: '2024-01-10',
      },
      {
        id: 'p2-floated',
        pillar: 'pillar-2',
        status: 'floated',
        claim: 'reported',
        from: '2024-01-05',
      },
      {
        id: 'p2-out',
        pillar: 'pillar-2',
        status: 'ruled-out',
        claim: 'official',
        from: '2024-02-01',
      },
    ]);
    const on = (asOf: string) => {
      const s = atlas.statusOf('NZ', { asOf });
      return `${s.status}/${s.claim}/${s.scope}`;
    };
    expect(on('2024-01-04')).toBe('null/null/null');
    expect(on('2024-01-05')).toBe('floated/reported/pillar-2');
    // A reported floated on Pillar II outranks an official ruling-out on Pillar I.
    expect(on('2024-01-10')).toBe('floated/reported/pillar-2');
    // Within Pillar II the official ruling-out decides; every scope now rules out.
    expect(on('2024-02-01')).toBe('ruled-out/official/pillar-1');
  });

  it('rules a country out of the whole partnership when a partnership-wide claim does', () => {
    const atlas = atlasOf([
      { id: 'out', status: 'ruled-out', claim: 'official', from: '2024-01-01' },
      {
        id: 'p1-out',
        pillar: 'pillar-1',
        status: 'ruled-out',
        claim: 'official',
        from: '2024-01-01',
      },
    ]);
    const standing = atlas.statusOf('NZ', { asOf: '2024-06-01' });
    expect([standing.status, standing.scope]).toEqual(['ruled-out', 'partnership']);
    expect(atlas.statusOf('NZ', { asOf: '2024-06-01', pillar: 'pillar-2' }).scope).toBe(
      'partnership',
    );
  });

  it('lets a pillar decide a pillar question whenever it holds a spell', () => {
    const atlas = atlasOf([
      { id: 'member', status: 'member', claim: 'official', from: '2024-01-01' },
      { id: 'p2', pillar: 'pillar-2', status: 'floated', claim: 'reported', from: '2024-03-01' },
    ]);
    expect(atlas.statusOf('NZ', { asOf: '2024-02-01', pillar: 'pillar-2' }).status).toBe('member');
    expect(atlas.statusOf('NZ', { asOf: '2024-03-01', pillar: 'pillar-2' }).status).toBe('floated');
    expect(atlas.statusOf('NZ', { asOf: '2024-03-01' }).status).toBe('member');
  });

  it('lists each change once, in its scope, without echoes', () => {
    const atlas = atlasOf([
      { id: 'member', status: 'member', claim: 'official', from: '2024-01-01' },
      { id: 'p2', pillar: 'pillar-2', status: 'floated', claim: 'reported', from: '2024-03-01' },
    ]);
    expect(
      atlas
        .changesBetween('2023-12-31')
        .map((c) => `${c.date} ${c.scope} ${c.from?.status} ${c.to?.status}`),
    ).toEqual(['2024-01-01 partnership undefined member', '2024-03-01 pillar-2 undefined floated']);
    expect(atlas.changesBetween('2023-12-31', undefined, { pillar: 'pillar-1' })).toHaveLength(1);
  });
});

// Random histories of one country: per scope and claim, spells that never overlap.
const statusArb = fc.constantFrom<ParticipationStatus>(...PARTICIPATION_STATUSES);
const base = Date.UTC(2022, 0, 1) / 86_400_000;
const dayText = (n: number) => new Date((base + n) * 86_400_000).toISOString().slice(0, 10);
const bucketArb = fc.array(
  fc.record({
    gap: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 0, max: 90 }),
    status: statusArb,
    open: fc.boolean(),
  }),
  { maxLength: 4 },
);
const historyArb = fc
  .record({
    partnershipOfficial: bucketArb,
    partnershipReported: bucketArb,
    p1Official: bucketArb,
    p1Reported: bucketArb,
    p2Official: bucketArb,
    p2Reported: bucketArb,
  })
  .map((buckets) => {
    const spells: Omit<Participation, 'country' | 'citations'>[] = [];
    const add = (
      key: string,
      pillar: string | undefined,
      claim: Claim,
      steps: typeof buckets.p1Official,
    ) => {
      let day = 0;
      steps.forEach((step, i) => {
        const from = day + step.gap;
        const to = from + step.length;
        const last = i === steps.length - 1 && step.open;
        spells.push({
          id: `${key}-${i}`,
          ...(pillar === undefined ? {} : { pillar }),
          status: step.status,
          claim,
          from: dayText(from),
          ...(last ? {} : { to: dayText(to) }),
        });
        day = to + 1;
      });
    };
    add('w-o', undefined, 'official', buckets.partnershipOfficial);
    add('w-r', undefined, 'reported', buckets.partnershipReported);
    add('p1-o', 'pillar-1', 'official', buckets.p1Official);
    add('p1-r', 'pillar-1', 'reported', buckets.p1Reported);
    add('p2-o', 'pillar-2', 'official', buckets.p2Official);
    add('p2-r', 'pillar-2', 'reported', buckets.p2Reported);
    return spells;
  });
const dayArb = fc.integer({ min: 0, max: 700 }).map(dayText);
const pillarArb = fc.constantFrom(undefined, 'pillar-1' as const, 'pillar-2' as const);
const asked = (asOf: string, pillar: 'pillar-1' | 'pillar-2' | undefined) => ({
  asOf,
  ...(pillar === undefined ? {} : { pillar }),
});

describe('scope before claim: invariants', () => {
  it('the whole partnership takes the strongest ladder status of any scope', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (spells, asOf) => {
        const standing = atlasOf(spells).statusOf('NZ', { asOf });
        const ladder = standing.scopes.filter((s) => s.status !== 'ruled-out');
        if (ladder.length > 0) {
          expect(rank(standing.status)).toBe(Math.min(...ladder.map((s) => rank(s.status))));
        } else {
          // ruled-out only when every scope holding a spell rules the country out
          expect(standing.status).toBe(standing.scopes.length > 0 ? 'ruled-out' : null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding a pillar-scoped ruling-out never lowers the standing below what the other scopes give', () => {
    fc.assert(
      fc.property(
        historyArb,
        dayArb,
        fc.constantFrom('pillar-1', 'pillar-2'),
        (spells, asOf, pillar) => {
          const others = spells.filter((s) => s.pillar !== pillar);
          const before = atlasOf(others).statusOf('NZ', { asOf });
          const after = atlasOf([
            ...others,
            { id: 'added', pillar, status: 'ruled-out', claim: 'official', from: '2021-01-01' },
          ]).statusOf('NZ', { asOf });
          if (before.status !== null && before.status !== 'ruled-out') {
            expect(after.status).toBe(before.status);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a pillar question is decided by the pillar whenever it holds a spell', () => {
    fc.assert(
      fc.property(
        historyArb,
        dayArb,
        fc.constantFrom('pillar-1' as const, 'pillar-2' as const),
        (spells, asOf, pillar) => {
          const standing = atlasOf(spells).statusOf('NZ', { asOf, pillar });
          const own = standing.scopes.find((s) => s.scope === pillar);
          const whole = standing.scopes.find((s) => s.scope === 'partnership');
          expect(standing.spell).toBe((own ?? whole)?.spell ?? null);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('statusSpans', () => {
  it('agrees with statusOf on every day, over random histories', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.array(dayArb, { minLength: 1, maxLength: 8 }),
        pillarArb,
        (spells, probes, pillar) => {
          const atlas = atlasOf(spells);
          const spans = atlas.statusSpans(pillar === undefined ? {} : { pillar });
          for (const asOf of probes) {
            const standing = atlas.statusOf('NZ', asked(asOf, pillar));
            const span = spans.find((s) => s.start <= asOf && asOf <= s.end);
            expect(span === undefined ? null : [span.status, span.claim, span.scope]).toEqual(
              standing.status === null ? null : [standing.status, standing.claim, standing.scope],
            );
            if (span !== undefined) expect(span.spells).toContain(standing.spell);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with statusOf on random days of the seed', () => {
    const snapshot = dataset.meta.snapshotDate;
    const seedDay = fc
      .integer({ min: Date.UTC(2021, 0, 1) / 86_400_000, max: Date.parse(snapshot) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const spans = {
      whole: statusSpans(),
      'pillar-1': statusSpans({ pillar: 'pillar-1' }),
      'pillar-2': statusSpans({ pillar: 'pillar-2' }),
    };
    fc.assert(
      fc.property(
        seedDay,
        pillarArb,
        fc.constantFrom(...dataset.countries.map((c) => c.id)),
        (asOf, pillar, country) => {
          const standing = statusOf(country, asked(asOf, pillar));
          const span = spans[pillar ?? 'whole'].find(
            (s) => s.country === country && s.start <= asOf && asOf <= s.end,
          );
          expect(span === undefined ? null : [span.status, span.claim, span.scope]).toEqual(
            standing.status === null ? null : [standing.status, standing.claim, standing.scope],
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never overlaps, sorts by country and start, and ends open spans on the last day known', () => {
    fc.assert(
      fc.property(historyArb, pillarArb, (spells, pillar) => {
        const spans = atlasOf(spells).statusSpans(pillar === undefined ? {} : { pillar });
        spans.forEach((span, i) => {
          expect(span.start <= span.end).toBe(true);
          expect(span.open).toBe(span.end === dataset.meta.snapshotDate);
          const previous = spans[i - 1];
          if (previous !== undefined) expect(previous.end < span.start).toBe(true);
          // Adjacent spans always differ, or there would be one span.
          if (previous !== undefined && shift(previous.end, 1) === span.start) {
            expect([previous.status, previous.claim, previous.scope]).not.toEqual([
              span.status,
              span.claim,
              span.scope,
            ]);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads partial dates as statusOf does', () => {
    // Trudeau's remark as if it were dated only by its year.
    const atlas = createAtlas(
      seedWithSpellDates('ca-pillar-1-ruled-out-2021-trudeau', { from: '2021' }),
    );
    const [canada] = atlas.statusSpans({ country: 'CA', pillar: 'pillar-1' });
    expect(canada).toMatchObject({ start: '2021-12-31', status: 'ruled-out' });
    expect(atlas.statusOf('CA', { asOf: '2021-12-30', pillar: 'pillar-1' }).status).toBeNull();
    expect(atlas.statusOf('CA', { asOf: '2021-12-31', pillar: 'pillar-1' }).status).toBe(
      'ruled-out',
    );
    // The seed itself gives the day.
    expect(statusSpans({ country: 'CA', pillar: 'pillar-1' })[0]?.start).toBe('2021-09-16');
  });

  it('starts a span on the boundary days and cuts spans to a window', () => {
    const japan = statusSpans({
      country: 'JP',
      pillar: 'pillar-2',
      from: '2024-04-01',
      to: '2024-12-31',
    });
    expect(japan.map((s) => [s.start, s.end, s.status, s.open])).toEqual([
      ['2024-04-01', '2024-04-07', 'floated', false],
      // Cut at `to`, yet still open: no end is known by the snapshot.
      ['2024-04-08', '2024-12-31', 'consultation', true],
    ]);
    const [member] = statusSpans({ country: 'AU' });
    expect(member).toMatchObject({
      scope: 'partnership',
      status: 'member',
      start: '2021-09-15',
      end: dataset.meta.snapshotDate,
      open: true,
      spells: ['au-member-2021'],
    });
  });

  it('returns fresh, plain, mutable objects that tools may annotate', () => {
    const first = statusSpans({ country: 'JP' });
    const pristine = JSON.stringify(first);
    for (const span of first) {
      expect(Object.isFrozen(span)).toBe(false);
      Object.assign(span, { [Symbol.for('vega_id')]: 1, id: 'mutated' });
      span.status = 'member';
      span.end = '1999-01-01';
      span.spells.push('x');
      for (const citation of span.citations) Object.assign(citation, { quote: 'changed' });
      span.citations.push({ source: 'nowhere' });
    }
    first.length = 0;
    expect(JSON.stringify(statusSpans({ country: 'JP' }))).toBe(pristine);

    const changes = changesBetween('2024-01-01', '2024-12-31');
    const before = JSON.stringify(changes);
    for (const change of changes) {
      Object.assign(change, { [Symbol.for('vega_id')]: 1 });
      change.scope = 'partnership';
      if (change.to !== null) change.to.status = 'member';
      for (const citation of change.citations) Object.assign(citation, { source: 'changed' });
    }
    expect(JSON.stringify(changesBetween('2024-01-01', '2024-12-31'))).toBe(before);
    expect(
      dataset.participations.some((p) =>
        p.citations.some((c) => c.quote === 'changed' || c.source === 'changed'),
      ),
    ).toBe(false);
  });
});
