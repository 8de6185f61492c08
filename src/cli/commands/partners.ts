import type { LadderStatus } from '../../model/status.js';
import { pillarPartners } from '../../query/pillar-partners.js';
import { parse, pillarArg, stringOption } from '../args.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { table } from '../table.js';
import { guard, UsageError } from '../usage-error.js';

/** `aukus partners --pillar P`. @internal */
export function partners(io: Io, args: readonly string[]): number {
  const { values, json } = parse(
    'partners',
    args,
    [
      { name: 'pillar', type: 'string' },
      { name: 'min-status', type: 'string' },
      { name: 'as-of', type: 'string' },
    ],
    0,
  );
  const pillar = pillarArg(stringOption(values, 'pillar'));
  if (pillar === undefined)
    throw new UsageError("partners: missing --pillar, e.g. 'aukus partners --pillar 2'");
  const asOf = stringOption(values, 'as-of');
  const minStatus = stringOption(values, 'min-status');
  const list = guard(() =>
    pillarPartners(pillar, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(minStatus === undefined ? {} : { minStatus: minStatus as LadderStatus }),
    }),
  );
  if (json) {
    printJson(io, list);
    return 0;
  }
  io.out(
    `${table(
      io,
      ['COUNTRY', 'STATUS', 'CLAIM', 'SINCE'],
      list.map((p) => [countryLabel(p.country), p.status, p.claim, p.since]),
    )}\n`,
  );
  return 0;
}
