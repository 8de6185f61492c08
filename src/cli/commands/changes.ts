import type { StatusAndClaim } from '../../query/changes-between.js';
import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard, UsageError } from '../usage-error.js';

const side = (value: StatusAndClaim | null) =>
  value === null ? '—' : value.claim === 'reported' ? `${value.status} (reported)` : value.status;

/** `aukus changes --from D [--to D] [--country C] [--pillar P]`: changesBetween. @internal */
export async function changes(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('changes', args, optionsOf('changes'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const from = stringOption(values, 'from');
  if (from === undefined) {
    throw new UsageError(
      "changes: missing --from, e.g. 'aukus changes --from 2024-01-01 --to 2024-12-31'",
    );
  }
  const to = stringOption(values, 'to');
  const countryText = stringOption(values, 'country');
  const country =
    countryText === undefined ? undefined : countryArg(countryText, 'changes', data.countries);
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  const knownAt = stringOption(values, 'known-at');
  const list = guard(() =>
    atlas.changesBetween(from, to, {
      ...(country === undefined ? {} : { country }),
      ...(pillar === undefined ? {} : { pillar }),
      ...(knownAt === undefined ? {} : { knownAt }),
    }),
  );
  if (json) {
    printJson(io, list);
    return 0;
  }
  const first = heading(io, context, {
    subject: 'Changes of standing',
    asOf: null,
    knownAt,
    details: [
      `after ${from} up to ${to ?? knownAt ?? data.meta.snapshotDate}`,
      country === undefined ? undefined : countryLabel(country, data.countries),
      pillar,
    ],
  });
  if (list.length === 0) {
    io.out(`${first}\nNo changes in that range.\n`);
    return 0;
  }
  io.out(
    `${first}\n${table(
      io,
      ['DATE', 'COUNTRY', 'SCOPE', 'FROM', 'TO'],
      list.map((c) => [c.date, c.country, c.scope, side(c.from), side(c.to)]),
    )}\n`,
  );
  return 0;
}
