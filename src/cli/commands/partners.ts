import type { LadderStatus } from '../../model/status.js';
import { parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard, UsageError } from '../usage-error.js';

/** `aukus partners --pillar P`. @internal */
export async function partners(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('partners', args, optionsOf('partners'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  if (pillar === undefined)
    throw new UsageError("partners: missing --pillar, e.g. 'aukus partners --pillar 2'");
  const asOf = stringOption(values, 'as-of');
  const minStatus = stringOption(values, 'min-status');
  const knownAt = stringOption(values, 'known-at');
  const list = guard(() =>
    atlas.pillarPartners(pillar, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(knownAt === undefined ? {} : { knownAt }),
      ...(minStatus === undefined ? {} : { minStatus: minStatus as LadderStatus }),
    }),
  );
  if (json) {
    printJson(io, list);
    return 0;
  }
  const label = (id: string) => countryLabel(id, data.countries);
  const rows = [...list]
    .map((p) => [label(p.country), p.status, p.claim, p.since] as const)
    .sort(([a], [b]) => a.localeCompare(b, 'en'));
  const lines = [
    heading(io, context, {
      subject: `Partners in ${pillar}`,
      asOf,
      knownAt,
      threshold: minStatus ?? 'partner (the default; --min-status to widen)',
    }),
    table(io, ['COUNTRY', 'STATUS', 'CLAIM', 'SINCE'], rows),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
