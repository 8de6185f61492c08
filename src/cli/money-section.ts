import type { Atlas } from '../atlas/create-atlas.js';
import { commitments } from '../query/commitments.js';
import { committedTotal } from '../query/committed-total.js';
import { type Io, paint } from './io.js';
import { formatAmount } from './money-format.js';
import { table } from './table.js';

/** The money queries the overview needs: the seed's, or an atlas's. @internal */
export type MoneyAtlas = Pick<Atlas, 'commitments' | 'committedTotal'>;

const SEED: MoneyAtlas = { commitments, committedTotal };

function totals(atlas: MoneyAtlas, asOf: string | undefined) {
  const when = asOf === undefined ? {} : { asOf };
  const known = asOf === undefined ? {} : { knownAt: asOf };
  const payers = [...new Set(atlas.commitments(known).map((c) => c.payer))].sort();
  return payers.map((payer) => ({
    payer,
    committed: atlas.committedTotal({ payer, ...when }),
    paid: atlas.committedTotal({ payer, kind: 'payment', ...when }),
  }));
}

/** The money section of the overview: committed and paid totals by payer. @internal */
export function moneySection(io: Io, atlas: MoneyAtlas = SEED, asOf?: string): string[] {
  const rows = totals(atlas, asOf);
  if (rows.length === 0) return [];
  const sum = (list: readonly { currency: string; value: number }[]) =>
    list.map((t) => formatAmount(t)).join(' + ') || '—';
  return [
    paint(io, 'bold', 'Money (pledges and payments by payer, each counted once; not converted)'),
    table(
      io,
      ['PAYER', 'COMMITTED', 'PAID'],
      rows.map((row) => [row.payer, sum(row.committed), sum(row.paid)]),
    ),
    '',
  ];
}

/** The money section of `aukus overview --json`. @internal */
export function moneyJson(atlas: MoneyAtlas = SEED, asOf?: string): unknown {
  return totals(atlas, asOf);
}
