import { parse, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel, sinceAndClaim } from '../labels.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard } from '../usage-error.js';
import { wrapText } from '../wrap.js';

/** `aukus members`. @internal */
export async function members(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('members', args, optionsOf('members'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const asOf = stringOption(values, 'as-of');
  const knownAt = stringOption(values, 'known-at');
  const options = {
    ...(asOf === undefined ? {} : { asOf }),
    ...(knownAt === undefined ? {} : { knownAt }),
  };
  const ids = guard(() => atlas.membersOf(options));
  const standings = ids.map((id) => atlas.statusOf(id, options));
  if (json) {
    printJson(io, standings);
    return 0;
  }
  const first = heading(io, context, { subject: 'Members', asOf, knownAt });
  if (standings.length === 0) {
    const start = data.participations
      .filter((p) => p.status === 'member')
      .map((p) => p.from)
      .sort()[0];
    io.out(
      `${first}\n${wrapText(`No members on that date.${start === undefined ? '' : ` The first membership in the data starts on ${start}.`}`, io.width)}\n`,
    );
    return 0;
  }
  io.out(
    `${first}\n${table(
      io,
      ['COUNTRY', 'SINCE', 'CLAIM'],
      standings.map((s) => [countryLabel(s.country, data.countries), ...sinceAndClaim(s)]),
    )}\n`,
  );
  return 0;
}
