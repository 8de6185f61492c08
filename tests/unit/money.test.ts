import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Commitment,
  type CommitmentKind,
  createAtlas,
  dataset,
  type MoneyTotal,
} from '../../src/index.js';
import { parseDataset, safeParseDataset } from '../../src/schema/index.js';

// A small, made-up money tree on top of the seed's countries and sources, so the arithmetic is
// checked against sums worked out by hand, independently of the seed's figures.
const SOURCE = dataset.sources[0]?.id ?? '';
const money = (
  id: string,
  kind: CommitmentKind,
  value: number,
  date: string,
  extra: Partial<Commitment> = {},
): Commitment => ({
  id,
  kind,
  payer: 'AU',
  recipient: 'Shipyard',
  purpose: 'Test money.',
  amount: { value, currency: 'USD' },
  date,
  citations: [{ source: SOURCE }],
  ...extra,
});

// pledge P 100 USD ─┬─ payment A 30 (2020-02-01)
//                   ├─ payment B 20 (2020-03)
//                   └─ pledge C 50 (2020-04-01) ── payment D 10 (2020-04-02)
// pledge Q 7 AUD by GB to the US; budget E 1000 AUD; payment F 5 USD (no parent, 2019-06-01)
const tree: Commitment[] = [
  money('p', 'pledge', 100, '2020-01-01'),
  money('a', 'payment', 30, '2020-02-01', { partOf: 'p' }),
  money('b', 'payment', 20, '2020-03', { partOf: 'p' }),
  money('c', 'pledge', 50, '2020-04-01', { partOf: 'p' }),
  money('d', 'payment', 10, '2020-04-02', { partOf: 'c' }),
  money('q', 'pledge', 7, '2020-05-05', {
    payer: 'GB',
    recipient: 'US',
    amount: { value: 7, currency: 'AUD' },
  }),
  money('e', 'budget', 1000, '2020-01-01', { amount: { value: 1000, currency: 'AUD' } }),
  money('f', 'payment', 5, '2019-06-01'),
];
const atlas = createAtlas({ ...dataset, commitments: tree });
const sums = (totals: readonly MoneyTotal[]) => totals.map((t) => `${t.currency} ${t.value}`);

describe('committedTotal over a hand-made tree', () => {
  it('sums pledges and payments once, per currency, leaving budgets out', () => {
    // p (100, holding a, b, c, d) + f (5) = 105 USD; q = 7 AUD
    expect(sums(atlas.committedTotal())).toEqual(['AUD 7', 'USD 105']);
    expect(atlas.committedTotal()[1]?.counted).toEqual(['f', 'p']);
  });

  it('sums the payments themselves when asked for payments', () => {
    // a 30 + b 20 + d 10 + f 5
    expect(sums(atlas.committedTotal({ kind: 'payment' }))).toEqual(['USD 65']);
  });

  it('does not add a nested pledge to its parent', () => {
    expect(sums(atlas.committedTotal({ kind: 'pledge' }))).toEqual(['AUD 7', 'USD 100']);
  });

  it('never sums budgets, which estimate whole programmes', () => {
    expect(() => atlas.committedTotal({ kind: 'budget' as 'pledge' })).toThrow(
      /does not sum budgets.*commitments\(\{ kind: 'budget' \}\)/,
    );
    expect(atlas.commitments({ kind: 'budget' }).map((c) => c.id)).toEqual(['e']);
  });

  it('counts only what is known on the day, instalments alone until their parent is', () => {
    expect(sums(atlas.committedTotal({ asOf: '2019-12-31' }))).toEqual(['USD 5']);
    expect(sums(atlas.committedTotal({ asOf: '2020-01-01' }))).toEqual(['USD 105']);
    const late = createAtlas({
      ...dataset,
      commitments: tree.map((c) => (c.id === 'p' ? { ...c, date: '2020-12-31' } : c)),
    });
    // Before p is known: f 5 + a 30 + b 20 (known from 2020-03-31) + c 50 (holding d) = 105
    expect(sums(late.committedTotal({ asOf: '2020-04-30', payer: 'AU' }))).toEqual(['USD 105']);
    // a and b only: b's month is not over on 2020-03-30
    expect(sums(late.committedTotal({ asOf: '2020-03-30', kind: 'payment' }))).toEqual(['USD 35']);
  });

  it('filters by payer and recipient', () => {
    expect(sums(atlas.committedTotal({ payer: 'GB' }))).toEqual(['AUD 7']);
    expect(sums(atlas.committedTotal({ recipient: 'US' }))).toEqual(['AUD 7']);
    expect(sums(atlas.committedTotal({ payer: 'JP' }))).toEqual([]);
  });

  it('adds up to the same total whatever instalments are added under a counted pledge', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom<CommitmentKind>('pledge', 'payment'),
            value: fc.integer({ min: 1, max: 1e9 }),
            parent: fc.nat(),
          }),
          { maxLength: 12 },
        ),
        (extra) => {
          const added: Commitment[] = [];
          extra.forEach((x, i) => {
            const parents = ['p', 'c', ...added.map((c) => c.id)];
            added.push(
              money(`x${i}`, x.kind, x.value, '2020-06-01', {
                partOf: parents[x.parent % parents.length] as string,
              }),
            );
          });
          const grown = createAtlas({ ...dataset, commitments: [...tree, ...added] });
          expect(grown.committedTotal()).toEqual(atlas.committedTotal());
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('commitments and toMoneyRows over a hand-made tree', () => {
  it('lists in date order with every filter', () => {
    expect(atlas.commitments().map((c) => c.id)).toEqual(['f', 'e', 'p', 'a', 'b', 'c', 'd', 'q']);
    expect(atlas.commitments({ kind: 'payment', from: '2020-03-15' }).map((c) => c.id)).toEqual([
      'b',
      'd',
    ]);
    expect(atlas.commitments({ to: '2020-02-01', payer: 'AU' }).map((c) => c.id)).toEqual([
      'f',
      'e',
      'p',
      'a',
    ]);
    // '2020-03' is known only once March is over.
    expect(atlas.commitments({ knownAt: '2020-03-30', kind: 'payment' }).map((c) => c.id)).toEqual([
      'f',
      'a',
    ]);
  });

  it('gives waterfall steps that end on the total', () => {
    const rows = atlas.toMoneyRows({ kind: 'payment' });
    expect(rows.map((r) => [r.id, r.start, r.end])).toEqual([
      ['f', 0, 5],
      ['a', 5, 35],
      ['b', 35, 55],
      ['d', 55, 65],
    ]);
    expect(rows.map((r) => r.precision)).toEqual(['day', 'day', 'month', 'day']);
    const all = atlas.toMoneyRows({ payer: 'AU', kind: 'pledge' });
    expect(all.map((r) => [r.id, r.counted, r.end])).toEqual([
      ['p', true, 100],
      ['c', false, null],
    ]);
  });

  it('reads a dataset without commitments as holding none', () => {
    const { commitments: _, ...old } = dataset;
    const bare = createAtlas(old);
    expect(bare.commitments()).toEqual([]);
    expect(bare.committedTotal()).toEqual([]);
  });

  it('refuses bad input loudly, naming the value', () => {
    expect(() => atlas.committedTotal({ kind: 'grant' as 'pledge' })).toThrow(
      /unknown kind "grant"; accepted: 'pledge', 'payment'$/,
    );
    expect(() => atlas.commitments({ kind: 'grant' as CommitmentKind })).toThrow(
      /unknown kind "grant"; accepted: 'pledge', 'payment', 'budget'$/,
    );
    expect(() => atlas.commitments({ recipient: 'shipyard' })).toThrow(
      /unknown recipient "shipyard"; did you mean 'Shipyard'\?/,
    );
    expect(() => atlas.commitments({ payer: 'Australia' as 'AU' })).toThrow(
      /payer "Australia" is not an ISO 3166-1 alpha-2 country id; did you mean 'AU'/,
    );
    expect(() => atlas.commitments({ from: '2021-01-01', to: '2020-01-01' })).toThrow(RangeError);
    expect(() => atlas.committedTotal({ asOf: '2030-01-01' })).toThrow(
      /after the dataset's snapshot/,
    );
    expect(() => atlas.committedTotal({ asof: '2020-01-01' } as never)).toThrow(
      /did you mean 'asOf'/,
    );
  });
});

describe('commitments in parseDataset', () => {
  const withMoney = (records: unknown[]) => ({
    ...JSON.parse(JSON.stringify(dataset)),
    commitments: records,
  });

  /** Two pledges that point at nothing that exists, and at each other. */
  const brokenPair = () => [
    money('x', 'pledge', 1, '2020-01-01', {
      payer: 'ZZ',
      recipient: 'QQ',
      partOf: 'y',
      pillar: 'pillar-9',
      project: 'nope',
      citations: [{ source: 'missing' }],
    }),
    money('y', 'pledge', 1, '2020-01-01', { partOf: 'x' }),
  ];

  it('accepts the hand-made tree and a dataset without the collection', () => {
    expect(parseDataset(withMoney(tree)).commitments).toHaveLength(tree.length);
    const { commitments: _, ...old } = JSON.parse(JSON.stringify(dataset));
    expect(safeParseDataset(old).success).toBe(true);
  });

  it('checks references, loops, amounts and dates', () => {
    const result = safeParseDataset(
      withMoney([
        ...brokenPair(),
        money('z', 'pledge', 1, '2030-01-01', { amount: { value: 5, currency: 'USD', low: 6 } }),
        money('w', 'payment', -1, '2020-01-01', { amount: { value: 5, currency: 'us$' } }),
      ]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'commitments.2.amount: Expected low ≤ value ≤ high',
        'commitments.3.amount.currency: Expected an ISO 4217 currency code such as AUD',
      ]),
    );
  });

  it('reports every broken reference of a well-shaped record', () => {
    const result = safeParseDataset(
      withMoney([...brokenPair(), money('z', 'pledge', 1, '2030-01-01')]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.message}`)).toEqual([
      'unknown-reference commitments.0.payer: Unknown country "ZZ"',
      'unknown-reference commitments.0.recipient: Unknown country "QQ"',
      'unknown-reference commitments.0.pillar: Unknown pillar "pillar-9"',
      'unknown-reference commitments.0.project: Unknown project "nope"',
      'unknown-reference commitments.0.citations.0.source: Unknown source "missing"',
      'part-of-loop commitments.0.partOf: partOf loops back to "x"',
      'part-of-loop commitments.1.partOf: partOf loops back to "y"',
      `after-snapshot commitments.2.date: Date 2030-01-01 is after the snapshot ${dataset.meta.snapshotDate}`,
    ]);
  });
});
