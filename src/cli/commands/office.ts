import { countryArg, parse, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { evidence } from '../describe-standing.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { optionsOf, ROLE_NAMES } from '../spec.js';
import { guard, UsageError } from '../usage-error.js';
import { wrapText } from '../wrap.js';

const ROLE_LABEL = {
  'head-of-government': 'Head of government',
  'head-of-state': 'Head of state',
  'defence-minister': 'Defence minister',
} as const;

/** `aukus office <country> <role> [--as-of D]`: officeHolder. @internal */
export async function office(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals, json } = parse('office', args, optionsOf('office'), 2);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const country = countryArg(positionals[0], 'office', data.countries);
  const roleText = positionals[1];
  if (roleText === undefined) {
    throw new UsageError(
      `office: missing <role>, e.g. 'aukus office ${country} pm'; roles: pm, head-of-state, defence`,
    );
  }
  const role = ROLE_NAMES[roleText.trim().toLowerCase()];
  if (role === undefined) {
    throw new UsageError(
      `office: unknown role '${roleText}'; accepted: ${Object.keys(ROLE_NAMES).join(', ')}`,
    );
  }
  const asOf = stringOption(values, 'as-of');
  const holder = guard(() => atlas.officeHolder(country, role, asOf === undefined ? {} : { asOf }));
  if (json) {
    printJson(io, holder ?? null);
    return 0;
  }
  const lines = [
    heading(io, context, {
      subject: `${ROLE_LABEL[role]}, ${countryLabel(country, data.countries)}`,
      asOf,
    }),
  ];
  if (holder === undefined) {
    lines.push(
      wrapText(
        `Not recorded: the data has no ${ROLE_LABEL[role].toLowerCase()} of ${countryLabel(country, data.countries)} on ${asOf ?? data.meta.snapshotDate}.`,
        io.width,
      ),
    );
  } else {
    const tenure = data.tenures.find((t) => t.id === holder.tenure);
    const since = tenure?.fromObserved === true ? 'attested from' : 'since';
    const until =
      holder.until === undefined
        ? ''
        : tenure?.toObserved === true
          ? `, attested to ${holder.until}`
          : `, until ${holder.until}`;
    lines.push(wrapText(`${holder.name}, ${since} ${holder.since}${until}`, io.width, 2));
    if (tenure?.note !== undefined) lines.push(wrapText(`Note: ${tenure.note}`, io.width, 6));
    lines.push('Evidence:', ...evidence(io, holder.citations, '  ', data.sources));
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
