import type { CountryId } from '../../data/ids.js';
import { meta } from '../../data/meta.js';
import { COMMITMENT_KINDS, type CommitmentKind } from '../../model/commitment.js';
import { commitments } from '../../query/commitments.js';
import { committedTotal, type MoneyTotal } from '../../query/committed-total.js';
import { countryArg, parse, stringOption } from '../args.js';
import { type Io, paint, printJson } from '../io.js';
import { formatAmount } from '../money-format.js';
import { table } from '../table.js';
import { guard, UsageError } from '../usage-error.js';

/** Help for `aukus money`. @internal */
export const MONEY_HELP = `Usage: aukus money [--payer C] [--recipient R] [--kind K] [--as-of D] [--json]

Pledges, payments and programme budgets, each in the currency its source uses
(never converted), and the totals per currency. An instalment is not counted
again with the commitment it is part of. --kind is pledge, payment or budget.
Budgets (estimates of whole programmes) are listed but never summed.

Examples:
  aukus money --payer AU
  aukus money --payer AU --recipient "US submarine industrial base" --kind payment`;

interface MoneyFilter {
  readonly payer?: CountryId;
  readonly recipient?: string;
  readonly kind?: CommitmentKind;
}

function totalsLine(filter: MoneyFilter, totals: readonly MoneyTotal[]): string {
  if (filter.kind === 'budget')
    return 'Budgets estimate whole programmes, which overlap: no total.';
  const text = totals.map((t) => formatAmount(t)).join(' + ');
  const kind = filter.kind === 'payment' ? 'paid' : 'committed';
  return `Total ${kind}: ${text === '' ? 'nothing' : text} (currencies are not converted)`;
}

/** `aukus money`. @internal */
export function money(io: Io, args: readonly string[]): number {
  const { values, json } = parse(
    'money',
    args,
    [
      { name: 'payer', type: 'string' },
      { name: 'recipient', type: 'string' },
      { name: 'kind', type: 'string' },
      { name: 'as-of', type: 'string' },
    ],
    0,
  );
  const payerText = stringOption(values, 'payer');
  const recipient = stringOption(values, 'recipient');
  const kind = stringOption(values, 'kind') as CommitmentKind | undefined;
  if (kind !== undefined && !COMMITMENT_KINDS.includes(kind)) {
    throw new UsageError(
      `unknown --kind "${kind}"; accepted: ${COMMITMENT_KINDS.map((k) => `'${k}'`).join(', ')}`,
    );
  }
  const asOf = stringOption(values, 'as-of');
  const filter: MoneyFilter = {
    ...(payerText === undefined ? {} : { payer: countryArg(payerText, 'money') }),
    ...(recipient === undefined ? {} : { recipient }),
    ...(kind === undefined ? {} : { kind }),
  };
  // The totals first: their errors name asOf, which the usage error maps to --as-of. A bad
  // --kind is reported by the totals too; budgets are listed without a total.
  const { kind: _, ...summable } = filter;
  const totals = guard(() =>
    committedTotal({
      ...summable,
      ...(filter.kind === undefined || filter.kind === 'budget' ? {} : { kind: filter.kind }),
      ...(asOf === undefined ? {} : { asOf }),
    }),
  );
  const shownTotals = filter.kind === 'budget' ? [] : totals;
  const records = guard(() =>
    commitments({ ...filter, ...(asOf === undefined ? {} : { knownAt: asOf }) }),
  );
  if (json) {
    printJson(io, { asOf: asOf ?? meta.snapshotDate, commitments: records, totals: shownTotals });
    return 0;
  }
  if (records.length === 0) {
    io.out('No money matches.\n');
    return 0;
  }
  io.out(
    `${table(
      io,
      ['DATE', 'KIND', 'PAYER', 'RECIPIENT', 'AMOUNT', 'PART OF'],
      records.map((c) => [
        c.date,
        c.kind,
        c.payer,
        c.recipient,
        formatAmount(c.amount),
        c.partOf ?? '',
      ]),
    )}\n\n${totalsLine(filter, shownTotals)}\n${paint(io, 'dim', 'Sources and quotes: aukus money --json.')}\n`,
  );
  return 0;
}
