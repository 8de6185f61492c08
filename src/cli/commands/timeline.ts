import type { EventKind } from '../../model/event.js';
import { timeline as query } from '../../query/timeline.js';
import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { type Io, printJson } from '../io.js';
import { table } from '../table.js';
import { guard } from '../usage-error.js';

/** `aukus timeline`. @internal */
export function timeline(io: Io, args: readonly string[]): number {
  const { values, json } = parse(
    'timeline',
    args,
    [
      { name: 'from', type: 'string' },
      { name: 'to', type: 'string' },
      { name: 'country', type: 'string' },
      { name: 'pillar', type: 'string' },
      { name: 'kind', type: 'string' },
    ],
    0,
  );
  const from = stringOption(values, 'from');
  const to = stringOption(values, 'to');
  const countryText = stringOption(values, 'country');
  const country = countryText === undefined ? undefined : countryArg(countryText, 'timeline');
  const pillar = pillarArg(stringOption(values, 'pillar'));
  const kind = stringOption(values, 'kind');
  const events = guard(() =>
    query({
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
  io.out(
    `${table(
      io,
      ['DATE', 'KIND', 'CONFIDENCE', 'TITLE'],
      events.map((e) => [e.date, e.kind, e.confidence, e.title]),
    )}\n`,
  );
  return 0;
}
