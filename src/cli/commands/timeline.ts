import type { EventKind } from '../../model/event.js';
import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, printJson } from '../io.js';
import { countryLabel } from '../labels.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard } from '../usage-error.js';

/** `aukus timeline`. @internal */
export async function timeline(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('timeline', args, optionsOf('timeline'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const from = stringOption(values, 'from');
  const to = stringOption(values, 'to');
  const countryText = stringOption(values, 'country');
  const country =
    countryText === undefined ? undefined : countryArg(countryText, 'timeline', data.countries);
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  const kind = stringOption(values, 'kind');
  const knownAt = stringOption(values, 'known-at');
  const events = guard(() =>
    atlas.timeline({
      ...(knownAt === undefined ? {} : { knownAt }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(country === undefined ? {} : { country }),
      ...(pillar === undefined ? {} : { pillar }),
      ...(kind === undefined ? {} : { kind: kind as EventKind }),
    }),
  );
  if (json) {
    printJson(io, events);
    return 0;
  }
  const first = heading(io, context, {
    subject: 'Events',
    asOf: null,
    knownAt,
    details: [
      from !== undefined && to !== undefined
        ? `${from} to ${to}`
        : from !== undefined
          ? `from ${from}`
          : to !== undefined
            ? `to ${to}`
            : 'all dates',
      country === undefined ? undefined : countryLabel(country, data.countries),
      pillar,
      kind === undefined ? undefined : `kind ${kind}`,
    ],
  });
  io.out(
    `${first}\n${table(
      io,
      ['DATE', 'KIND', 'CONFIDENCE', 'TITLE'],
      events.map((e) => [e.date, e.kind, e.confidence, e.title]),
    )}\n`,
  );
  return 0;
}
