import { COMMITMENT_KINDS, type CommitmentKind } from '../../model/commitment.js';
import type { MoneyTotal } from '../../query/committed-total.js';
import { countryArg, parse, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, paint, printJson } from '../io.js';
import { formatAmount } from '../money-format.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard, UsageError } from '../usage-error.js';
import { wrapText } from '../wrap.js';

/** Help for `aukus money`. @internal */
export const MONEY_HELP = `Usage: aukus money [--payer C] [--recipient R] [--kind K] [--as-of D]
                   [--data FILE] [--json]

Pledges, payments and programme budgets, each in the currency its source uses
(never converted), and the totals per currency. An instalment is not counted
again with the commitment it is part of. --kind is pledge, payment or budget;
budgets (estimates of whole programmes, which overlap) are listed, never
summed. --as-of D shows what the sources showed by that day.

Examples:
  aukus money --payer AU
  aukus money --payer AU --kind payment
  aukus money --recipient "US submarine industrial base"`;

function totalsLine(kind: CommitmentKind | undefined, totals: readonly MoneyTotal[]): string {
  if (kind === 'budget') return 'Budgets estimate whole programmes, which overlap: no total.';
  const text = totals.map((t) => formatAmount(t)).join(' + ');
  const what = kind === 'payment' ? 'paid' : 'committed';
  return `Total ${what}: ${text === '' ? 'nothing' : text} (currencies are not converted)`;
}

/** `aukus money`. @internal */
export async function money(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('money', args, optionsOf('money'), 0);
  const kind = stringOption(values, 'kind') as CommitmentKind | undefined;
  if (kind !== undefined && !COMMITMENT_KINDS.includes(kind)) {
    throw new UsageError(
      `unknown --kind "${kind}"; accepted: ${COMMITMENT_KINDS.map((k) => `'${k}'`).join(', ')}`,
    );
  }
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const payerText = stringOption(values, 'payer');
  const recipient = stringOption(values, 'recipient');
  const asOf = stringOption(values, 'as-of');
  const filter = {
    ...(payerText === undefined ? {} : { payer: countryArg(payerText, 'money', data.countries) }),
    ...(recipient === undefined ? {} : { recipient }),
  };
  // The totals first: their errors name asOf, which the usage error maps to --as-of.
  const totals = guard(() =>
    atlas.committedTotal({
      ...filter,
      ...(kind === undefined || kind === 'budget' ? {} : { kind }),
      ...(asOf === undefined ? {} : { asOf }),
    }),
  );
  const shown = kind === 'budget' ? [] : totals;
  const records = guard(() =>
    atlas.commitments({
      ...filter,
      ...(kind === undefined ? {} : { kind }),
      ...(asOf === undefined ? {} : { knownAt: asOf }),
    }),
  );
  if (json) {
    printJson(io, { asOf: asOf ?? data.meta.snapshotDate, commitments: records, totals: shown });
    return 0;
  }
  const first = heading(io, context, {
    subject: 'Money',
    asOf,
    details: [payerText, recipient, kind].filter((d): d is string => d !== undefined),
  });
  if (records.length === 0) {
    io.out(`${first}\n${wrapText('No money matches.', io.width)}\n`);
    return 0;
  }
  // Rows are numbered so that PART OF can point to a row instead of repeating a long id; the
  // payer and recipient asked for are in the heading, not repeated on every row.
  const row = new Map(records.map((c, index) => [c.id, `#${index + 1}`]));
  type Column = readonly [string, (c: (typeof records)[number]) => string];
  const columns: Column[] = [
    ['#', (c) => row.get(c.id) ?? ''],
    ['DATE', (c) => c.date],
    ['KIND', (c) => c.kind],
    ...(filter.payer === undefined ? [['PAYER', (c) => c.payer] satisfies Column] : []),
    ...(recipient === undefined ? [['RECIPIENT', (c) => c.recipient] satisfies Column] : []),
    ['AMOUNT', (c) => formatAmount(c.amount)],
    ['PART OF', (c) => (c.partOf === undefined ? '' : (row.get(c.partOf) ?? c.partOf))],
  ];
  io.out(
    `${first}\n${table(
      io,
      columns.map(([name]) => name),
      records.map((c) => columns.map(([, cell]) => cell(c))),
    )}\n\n${wrapText(totalsLine(kind, shown), io.width)}\n${paint(io, 'dim', 'Ids, sources and quotes: aukus money --json.')}\n`,
  );
  return 0;
}
