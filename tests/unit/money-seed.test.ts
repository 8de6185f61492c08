import { describe, expect, it } from 'vitest';
import { commitments, committedTotal, dataset, type MoneyTotal } from '../../src/index.js';

// The seed's money, checked against sums worked out by hand from the records' quotes.

const BASE = 'US submarine industrial base';
const sums = (totals: readonly MoneyTotal[]) => totals.map((t) => `${t.currency} ${t.value}`);
const records = dataset.commitments;

/** Every figure a quote states: "$4.6 billion", "$800M", "150 million pounds", "A$268 billion". */
function figures(text: string): number[] {
  const scale: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6 };
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s?(billion|million|bn|m)\b/gi)].map(
    ([, number, unit]) => Math.round(Number(number) * (scale[(unit ?? '').toLowerCase()] ?? 0)),
  );
}

describe('the seed commitments', () => {
  it('state every figure in a quote of their own citations', () => {
    for (const record of records) {
      const quoted = record.citations.flatMap((c) => ('quote' in c ? figures(c.quote) : []));
      const { value, low, high } = record.amount as { value: number; low?: number; high?: number };
      for (const figure of [value, low, high].filter((f) => f !== undefined)) {
        expect(quoted, `${record.id}: ${figure}`).toContain(figure);
      }
    }
  });

  it('keep the currencies the sources use', () => {
    expect([...new Set(records.map((r) => r.amount.currency))].sort()).toEqual([
      'AUD',
      'GBP',
      'USD',
    ]);
  });

  it('chain every payment to the US$3bn through partOf', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    const top = (id: string): string => {
      const parent = (byId.get(id as never) as { partOf?: string } | undefined)?.partOf;
      return parent === undefined ? id : top(parent);
    };
    for (const payment of records.filter((r) => r.kind === 'payment')) {
      expect(top(payment.id)).toBe('au-us-submarine-industrial-base-3bn');
    }
  });
});

describe('committedTotal over the seed, against hand sums', () => {
  it('counts the US$3bn once with the pledges and payments under it', () => {
    // 3bn ⊃ 2bn-by-2025 ⊃ {500m paid, 525m paid, 1bn pledged}
    expect(sums(committedTotal({ payer: 'AU', recipient: BASE }))).toEqual(['USD 3000000000']);
    // 500m + 525m
    expect(sums(committedTotal({ payer: 'AU', recipient: BASE, kind: 'payment' }))).toEqual([
      'USD 1025000000',
    ]);
    expect(sums(committedTotal({ payer: 'AU', recipient: BASE, kind: 'pledge' }))).toEqual([
      'USD 3000000000',
    ]);
  });

  it('sums each payer per currency, never converting', () => {
    // AU: Rolls-Royce 4.6bn + Henderson 12bn + Osborne down payment 3.9bn = A$20.5bn; US$3bn
    expect(sums(committedTotal({ payer: 'AU' }))).toEqual(['AUD 20500000000', 'USD 3000000000']);
    // GB: Barrow and Derby £6bn + the UUV project £150m
    expect(sums(committedTotal({ payer: 'GB' }))).toEqual(['GBP 6150000000']);
  });

  it('counts what the sources showed on a day', () => {
    // 2025-02-09: the first payment is known, the US$3bn total only from 10 February.
    expect(sums(committedTotal({ payer: 'AU', recipient: BASE, asOf: '2025-02-09' }))).toEqual([
      'USD 500000000',
    ]);
    // 2025-12-07: before the AUSMIN pledge, the total is still the US$3bn.
    expect(sums(committedTotal({ payer: 'AU', asOf: '2025-12-07' }))).toEqual([
      'AUD 16600000000',
      'USD 3000000000',
    ]);
  });

  it('lists budgets without summing them', () => {
    expect(commitments({ kind: 'budget' }).map((c) => [c.id, c.amount.value])).toEqual([
      ['au-submarine-program-estimate-2023', 368e9],
      ['au-osborne-construction-yard-estimate-2026', 30e9],
    ]);
  });
});

describe('the commitments resource of the data package', () => {
  it('resolves every foreign key in the CSV', async () => {
    const { toDataPackage } = await import('../../src/index.js');
    const Papa = (await import('papaparse')).default;
    const pkg = toDataPackage();
    const table = (name: string) =>
      Papa.parse<Record<string, string>>(
        pkg.files.find((f) => f.path === `csv/${name}.csv`)?.content ?? '',
        { header: true, skipEmptyLines: true },
      ).data;
    const resource = pkg.descriptor.resources.find((r) => r.name === 'commitments');
    const rows = table('commitments');
    expect(rows).toHaveLength(records.length);
    expect(resource?.schema.foreignKeys).toHaveLength(4);
    for (const key of resource?.schema.foreignKeys ?? []) {
      const target = table(key.reference.resource === '' ? 'commitments' : key.reference.resource);
      const [to = '', ...moreTo] = key.reference.fields;
      const [from = '', ...moreFrom] = key.fields;
      expect([moreTo, moreFrom]).toEqual([[], []]);
      const ids = new Set(target.map((r) => r[to]));
      for (const row of rows) {
        const value = row[from] ?? '';
        if (value !== '') expect(ids, `${row.id}.${from}`).toContain(value);
      }
    }
    expect(rows.map((r) => Number(r.value))).toEqual(records.map((r) => r.amount.value));
  });
});
