import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { describeStanding, describeStandingBriefly } from '../describe-standing.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { optionsOf } from '../spec.js';
import { guard } from '../usage-error.js';

/** `aukus status <country>`: the short answer, or everything with `--evidence`. @internal */
export async function status(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals, json } = parse('status', args, optionsOf('status'), 1);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const country = countryArg(positionals[0], 'status', data.countries);
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  const asOf = stringOption(values, 'as-of');
  const knownAt = stringOption(values, 'known-at');
  const standing = guard(() =>
    atlas.statusOf(country, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(knownAt === undefined ? {} : { knownAt }),
      ...(pillar === undefined ? {} : { pillar }),
    }),
  );
  if (json) {
    printJson(io, standing);
    return 0;
  }
  const lines = [
    heading(io, context, {
      subject: `${countryLabel(country, data.countries)}, ${pillar ?? 'whole partnership'}`,
      asOf,
      knownAt,
    }),
    ...(values['evidence'] === true
      ? describeStanding(io, standing, data.sources)
      : describeStandingBriefly(io, standing, data.sources)),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
