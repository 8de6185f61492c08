import { membersOf } from '../../query/members-of.js';
import { statusOf } from '../../query/status-of.js';
import { parse, stringOption } from '../args.js';
import { type Io, printJson } from '../io.js';
import { countryLabel, sinceAndClaim } from '../labels.js';
import { table } from '../table.js';
import { guard } from '../usage-error.js';

/** `aukus members`. @internal */
export function members(io: Io, args: readonly string[]): number {
  const { values, json } = parse('members', args, [{ name: 'as-of', type: 'string' }], 0);
  const asOf = stringOption(values, 'as-of');
  const options = asOf === undefined ? {} : { asOf };
  const ids = guard(() => membersOf(options));
  const standings = ids.map((id) => statusOf(id, options));
  if (json) {
    printJson(io, standings);
    return 0;
  }
  if (standings.length === 0) {
    io.out('No members on that date.\n');
    return 0;
  }
  io.out(
    `${table(
      io,
      ['COUNTRY', 'SINCE', 'CLAIM'],
      standings.map((s) => [countryLabel(s.country), ...sinceAndClaim(s)]),
    )}\n`,
  );
  return 0;
}
