import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Citation,
  type CountryId,
  changesBetween,
  createAtlas,
  dataset,
  isMember,
  membersOf,
  pillarPartners,
  type Source,
  statusOf,
  statusSpans,
  timeline,
} from '../../src/index.js';
import { latestDay } from '../../src/internal/days.js';
import { knownParticipations } from '../../src/internal/known-at.js';

const snapshot = dataset.meta.snapshotDate;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const toDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const dayArb = fc
  .integer({ min: Date.UTC(2021, 0, 1) / 86_400_000, max: Date.parse(snapshot) / 86_400_000 })
  .map(toDay);
const countryArb = fc.constantFrom(...dataset.countries.map((c) => c.id as CountryId));
const pillarArb = fc.constantFrom(undefined, 'pillar-1' as const, 'pillar-2' as const);
const withPillar = (p: 'pillar-1' | 'pillar-2' | undefined) =>
  p === undefined ? {} : { pillar: p };

// Everything the dataset holds was public by its snapshot, whatever its partial date says.
const published = new Map<string, number>(
  dataset.sources.map((s) => [s.id, Math.min(latestDay(s.published), dayNumber(snapshot))]),
);
const allPublishedBy = (citations: readonly Citation[], knownAt: string) =>
  citations.every((c) => (published.get(c.source) ?? Infinity) <= dayNumber(knownAt));

describe('knownAt: what was public on a date', () => {
  it('answers what was public when the seed article ran', () => {
    const thenKnown = { asOf: '2024-04-09', knownAt: '2024-04-09', pillar: 'pillar-2' } as const;
    const standing = statusOf('JP', thenKnown);
    expect([standing.status, standing.claim, standing.since]).toEqual([
      'consultation',
      'official',
      '2024-04-08',
    ]);
    expect(standing.knownAt).toBe('2024-04-09');
    const cited = [...standing.citations, ...standing.reported.flatMap((r) => r.citations)];
    expect(cited.length).toBeGreaterThan(0);
    // Nothing from 2024-04-10 (the Biden–Kishida press conference) or September 2024 appears.
    expect(allPublishedBy(cited, '2024-04-09')).toBe(true);
    // Known now, the same standing rests on later sources too.
    const now = statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
    expect(now.citations.length).toBeGreaterThan(standing.citations.length);
    expect(allPublishedBy(now.citations, '2024-04-09')).toBe(false);
    // The Politico float had not yet been ended by any later claim.
    expect(standing.reported.find((r) => r.scope === 'pillar-2')?.until).toBeUndefined();
    expect(
      timeline({ country: 'JP', from: '2024-04-01', knownAt: '2024-04-09' }).map((e) => e.id),
    ).toEqual([
      '2024-04-03-emanuel-wsj-op-ed',
      '2024-04-08-defence-ministers-consider-japan',
      '2024-04-09-albanese-no-expansion',
    ]);
  });

  it('defaults asOf to knownAt and refuses to forecast', () => {
    expect(statusOf('CA', { knownAt: '2024-09-16', pillar: 'pillar-2' }).asOf).toBe('2024-09-16');
    expect(() => statusOf('CA', { asOf: '2024-09-17', knownAt: '2024-09-16' })).toThrow(
      /asOf 2024-09-17 is after knownAt 2024-09-16; the package does not forecast/,
    );
    expect(() => isMember('AU', { asOf: '2024-09-17', knownAt: '2024-09-16' })).toThrow(RangeError);
    expect(() => changesBetween('2024-01-01', '2024-12-31', { knownAt: '2024-06-01' })).toThrow(
      /to 2024-12-31 is after knownAt 2024-06-01/,
    );
    expect(() => statusSpans({ to: '2024-12-31', knownAt: '2024-06-01' })).toThrow(RangeError);
    expect(() => membersOf({ knownAt: '2099-01-01' })).toThrow(/after the dataset's snapshot/);
    expect(() => statusOf('JP', { knownAt: '2024-04' })).toThrow(
      /knownAt "2024-04" is a partial date/,
    );
  });

  it('ends spans on knownAt, open, and never cites a later source', () => {
    // The snapshot is the date of the latest fact, not of the latest source: a few sources are
    // dated only '2026' and may have been published after it. At the snapshot, knownAt means
    // everything in the dataset (see the next test), so the property is asked before it.
    const beforeSnapshot = dayArb.filter((day) => day < snapshot);
    fc.assert(
      fc.property(beforeSnapshot, pillarArb, (knownAt, pillar) => {
        for (const span of statusSpans({ knownAt, ...withPillar(pillar) })) {
          expect(span.end <= knownAt).toBe(true);
          expect(span.open).toBe(span.end === knownAt);
          expect(allPublishedBy(span.citations, knownAt)).toBe(true);
        }
        for (const change of changesBetween('2021-01-01', undefined, { knownAt })) {
          expect(change.date <= knownAt).toBe(true);
          expect(allPublishedBy(change.citations, knownAt)).toBe(true);
        }
        for (const event of timeline({ knownAt })) {
          expect(allPublishedBy(event.citations, knownAt)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('at the snapshot, equals no knownAt at all', () => {
    fc.assert(
      fc.property(countryArb, dayArb, pillarArb, (country, asOf, pillar) => {
        const asked = { asOf, ...withPillar(pillar) };
        expect(statusOf(country, { ...asked, knownAt: snapshot })).toEqual(
          statusOf(country, asked),
        );
        expect(isMember(country, { ...asked, knownAt: snapshot })).toBe(isMember(country, asked));
        expect(membersOf({ asOf, knownAt: snapshot })).toEqual(membersOf({ asOf }));
        expect(
          pillarPartners('pillar-2', { asOf, knownAt: snapshot, minStatus: 'floated' }),
        ).toEqual(pillarPartners('pillar-2', { asOf, minStatus: 'floated' }));
      }),
      { numRuns: 200 },
    );
    expect(statusSpans({ knownAt: snapshot })).toEqual(statusSpans());
    expect(changesBetween('2021-01-01', undefined, { knownAt: snapshot })).toEqual(
      changesBetween('2021-01-01'),
    );
    expect(timeline({ knownAt: snapshot })).toEqual(timeline());
  });

  it('a later knownAt only adds spells and citations, or closes open spells', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const before = knownParticipations(dataset, dayNumber(earlier));
        const after = new Map(knownParticipations(dataset, dayNumber(later)).map((s) => [s.id, s]));
        for (const spell of before) {
          const then = after.get(spell.id);
          expect(then).toBeDefined();
          for (const citation of spell.citations) expect(then?.citations).toContainEqual(citation);
          if (spell.to !== undefined) expect(then?.to).toBe(spell.to);
        }
      }),
      { numRuns: 200 },
    );
  });

  describe('over a small dataset', () => {
    const source = (id: string, date: string, official: boolean): Source => ({
      id,
      title: id,
      publisher: 'Example',
      url: `https://example.org/${id}`,
      published: date,
      kind: official ? 'statement' : 'news-report',
      official,
    });
    const atlas = createAtlas({
      ...dataset,
      sources: [
        ...dataset.sources,
        source('month-report', '2024-03', false),
        source('later-report', '2024-04-05', false),
        source('retrospective', '2024-06-01', false),
      ],
      participations: [
        {
          id: 'nz-floated',
          country: 'NZ',
          pillar: 'pillar-2',
          status: 'floated',
          claim: 'reported',
          from: '2024-03-10',
          to: '2024-03-31',
          citations: [{ source: 'month-report' }, { source: 'retrospective' }],
        },
        {
          id: 'nz-interest',
          country: 'NZ',
          pillar: 'pillar-2',
          status: 'interest-expressed',
          claim: 'reported',
          from: '2024-04-01',
          citations: [{ source: 'later-report' }],
        },
      ],
    });
    const at = (asOf: string, knownAt: string) => {
      const s = atlas.statusOf('NZ', { asOf, knownAt, pillar: 'pillar-2' });
      return [s.status, s.until ?? null, s.citations.map((c) => c.source)];
    };

    it('counts a partial publication date from the last day of its period', () => {
      expect(at('2024-03-15', '2024-03-30')).toEqual([null, null, []]);
      expect(at('2024-03-15', '2024-03-31')).toEqual(['floated', null, ['month-report']]);
    });

    it('keeps a spell open until the claim that ended it was public', () => {
      // On 2024-04-03 nothing said the float had ended: it still holds on that day.
      expect(at('2024-04-03', '2024-04-03')).toEqual(['floated', null, ['month-report']]);
      expect(at('2024-04-03', '2024-04-05')).toEqual([
        'interest-expressed',
        null,
        ['later-report'],
      ]);
      expect(at('2024-03-15', '2024-04-05')).toEqual(['floated', '2024-03-31', ['month-report']]);
      expect(at('2024-03-15', '2024-06-01')).toEqual([
        'floated',
        '2024-03-31',
        ['month-report', 'retrospective'],
      ]);
    });
  });
});
