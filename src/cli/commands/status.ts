import { getCountry } from '../../query/countries.js';
import { statusOf } from '../../query/status-of.js';
import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { describeStanding } from '../describe-standing.js';
import { type Io, printJson } from '../io.js';
import { guard } from '../usage-error.js';

/** `aukus status <country>`. @internal */
export function status(io: Io, args: readonly string[]): number {
  const { values, positionals, json } = parse(
    'status',
    args,
    [
      { name: 'as-of', type: 'string' },
      { name: 'pillar', type: 'string' },
    ],
    1,
  );
  const country = countryArg(positionals[0], 'status');
  const pillar = pillarArg(stringOption(values, 'pillar'));
  const asOf = stringOption(values, 'as-of');
  const standing = guard(() =>
    statusOf(country, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(pillar === undefined ? {} : { pillar }),
    }),
  );
  if (json) {
    printJson(io, standing);
  } else {
    io.out(`${describeStanding(io, standing, getCountry(country)?.name ?? country)}\n`);
  }
  return 0;
}
