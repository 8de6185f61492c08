import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  type CountryId,
  changesBetween,
  countries,
  countryHistory,
  createAtlas,
  dataset,
  isMember,
  type LadderStatus,
  membersOf,
  pillarPartners,
  statusOf,
  timeline,
  toCsv,
  toRows,
} from '../../src/index.js';
import { earliestDay } from '../../src/internal/days.js';
import { parseDataset } from '../../src/schema/index.js';

const LADDER: readonly LadderStatus[] = [
  'member',
  'partner',
  'consultation',
  'interest-expressed',
  'floated',
];
const first = Date.UTC(2020, 0, 1);
const last = Date.UTC(2025, 11, 10);
const day = fc
  .integer({ min: first / 86_400_000, max: last / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const country = fc.constantFrom(...countries.map((c) => c.id as CountryId));
const pillar = fc.constantFrom(undefined, 'pillar-1' as const, 'pillar-2' as const);
const minStatus = fc.constantFrom(...LADDER);
const options = (asOf: string, p: 'pillar-1' | 'pillar-2' | undefined) => ({
  asOf,
  ...(p ? { pillar: p } : {}),
});

const sortedUnique = (values: readonly string[]) =>
  values.every((value, index) => index === 0 || (values[index - 1] as string) < value);

describe('query invariants', () => {
  it('isMember holds exactly when statusOf says member', () => {
    fc.assert(
      fc.property(country, day, pillar, (c, asOf, p) => {
        expect(isMember(c, options(asOf, p))).toBe(
          statusOf(c, options(asOf, p)).status === 'member',
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a weaker minStatus returns a superset of a stronger one', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('pillar-1' as const, 'pillar-2' as const),
        minStatus,
        minStatus,
        (asOf, p, a, b) => {
          const [strong, weak] = LADDER.indexOf(a) <= LADDER.indexOf(b) ? [a, b] : [b, a];
          const strongSet = pillarPartners(p, { asOf, minStatus: strong }).map((x) => x.country);
          const weakSet = new Set(
            pillarPartners(p, { asOf, minStatus: weak }).map((x) => x.country),
          );
          expect(strongSet.every((c) => weakSet.has(c))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('list results are sorted and free of duplicates', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('pillar-1' as const, 'pillar-2' as const),
        minStatus,
        (asOf, p, m) => {
          expect(
            sortedUnique(pillarPartners(p, { asOf, minStatus: m }).map((x) => x.country)),
          ).toBe(true);
          expect(sortedUnique(membersOf({ asOf }))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('timeline and history are in date order', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const events = timeline({ from, to });
        const keys = events.map((e) => earliestDay(e.date));
        expect(keys.every((k, i) => i === 0 || (keys[i - 1] as number) <= k)).toBe(true);
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      }),
      { numRuns: 200 },
    );
    for (const c of countries) {
      const starts = countryHistory(c.id as CountryId).map((s) => s.from);
      expect(
        starts.map(earliestDay).every((k, i, all) => i === 0 || (all[i - 1] as number) <= k),
      ).toBe(true);
    }
  });

  it('changesBetween replays each scope from `from` to `to`', () => {
    // Each scope's own standing, as statusOf reports it in `scopes`.
    const own = (id: CountryId, asOf: string, scope: 'partnership' | 'pillar-1' | 'pillar-2') => {
      const standing = statusOf(id, options(asOf, scope === 'partnership' ? undefined : scope));
      const found = standing.scopes.find((s) => s.scope === scope);
      return found === undefined ? null : { status: found.status, claim: found.claim };
    };
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const changes = changesBetween(from, to);
        for (const c of countries) {
          for (const scope of ['partnership', 'pillar-1', 'pillar-2'] as const) {
            const id = c.id as CountryId;
            let state = own(id, from, scope);
            for (const change of changes) {
              if (change.country !== id || change.scope !== scope) continue;
              expect(change.from).toEqual(state);
              expect(change.to).not.toEqual(state);
              state = change.to;
            }
            expect(state).toEqual(own(id, to, scope));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('lossless round trips', () => {
  const atlas = createAtlas(parseDataset(JSON.parse(JSON.stringify(dataset))));

  it('JSON → parseDataset → createAtlas answers every query as the seed does', () => {
    fc.assert(
      fc.property(country, day, pillar, minStatus, (c, asOf, p, m) => {
        expect(atlas.statusOf(c, options(asOf, p))).toEqual(statusOf(c, options(asOf, p)));
        expect(atlas.isMember(c, options(asOf, p))).toBe(isMember(c, options(asOf, p)));
        expect(atlas.pillarPartners('pillar-2', { asOf, minStatus: m })).toEqual(
          pillarPartners('pillar-2', { asOf, minStatus: m }),
        );
        expect(atlas.membersOf({ asOf })).toEqual(membersOf({ asOf }));
      }),
      { numRuns: 300 },
    );
  });

  it('the CSV export rebuilds the spells it covers', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(toRows()), {
      header: true,
      skipEmptyLines: true,
      delimiter: ',',
    });
    const rebuilt = {
      ...dataset,
      participations: parsed.data.map((row) => ({
        id: row.id as string,
        country: row.country as string,
        ...(row.pillar ? { pillar: row.pillar } : {}),
        status: row.status as LadderStatus,
        claim: row.claim as 'official' | 'reported',
        from: row.from as string,
        ...(row.to ? { to: row.to } : {}),
        citations: (row.sources as string).split(';').map((source) => ({ source })),
      })),
    };
    const fromCsv = createAtlas(parseDataset(rebuilt));
    fc.assert(
      fc.property(country, day, pillar, (c, asOf, p) => {
        const a = fromCsv.statusOf(c, options(asOf, p));
        const b = statusOf(c, options(asOf, p));
        expect([a.status, a.claim, a.since, a.until, a.spell]).toEqual([
          b.status,
          b.claim,
          b.since,
          b.until,
          b.spell,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
