import { parse, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, paint, printJson } from '../io.js';
import { countryLabel, pillarName, sinceAndClaim, standingCell } from '../labels.js';
import { moneyJson, moneySection } from '../money-section.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { guard } from '../usage-error.js';
import { wrapText } from '../wrap.js';

/** `aukus overview`. @internal */
export async function overview(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('overview', args, optionsOf('overview'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const knownAt = stringOption(values, 'known-at');
  const known = knownAt === undefined ? {} : { knownAt };
  const members = guard(() => atlas.membersOf(known));
  const others = data.countries.filter((c) => !members.includes(c.id));
  const pillarIds = data.pillars.map((p) => p.id);
  // Capability areas belong to whichever pillar names them (Pillar II in the seed).
  const areas = pillarIds.flatMap((id) => atlas.capabilityAreas(id));
  if (json) {
    printJson(io, {
      snapshotDate: data.meta.snapshotDate,
      version: data.meta.version,
      members: members.map((id) => atlas.statusOf(id, known)),
      pillars: data.pillars.map((p) => ({ id: p.id, name: pillarName(p), summary: p.summary })),
      capabilityAreas: areas,
      others: others.map((c) => ({
        country: c.id,
        ...Object.fromEntries(
          pillarIds.map((id) => [id, atlas.statusOf(c.id, { ...known, pillar: id })]),
        ),
      })),
      money: guard(() => moneyJson(atlas, knownAt)),
    });
    return 0;
  }
  const bold = (text: string) => paint(io, 'bold', text);
  const label = (id: string) => countryLabel(id, data.countries);
  const sections = [
    heading(io, context, { subject: 'AUKUS overview', knownAt }),
    '',
    bold('Members'),
    table(
      io,
      ['COUNTRY', 'SINCE', 'CLAIM'],
      members.map((id) => [label(id), ...sinceAndClaim(atlas.statusOf(id, known))]),
    ),
    '',
    bold('Pillars'),
    table(
      io,
      ['PILLAR', 'NAME'],
      data.pillars.map((p) => [p.id, pillarName(p)]),
    ),
    '',
    bold('Pillar II capability areas'),
    table(
      io,
      ['AREA', 'NAMED'],
      areas.map((a) => [a.name, a.introduced]),
    ),
    '',
    bold(`Other countries (standing on ${data.meta.snapshotDate})`),
    table(
      io,
      ['COUNTRY', ...data.pillars.map((p) => `PILLAR ${p.number}`)],
      others.map((c) => [
        label(c.id),
        ...pillarIds.map((id) => standingCell(atlas.statusOf(c.id, { ...known, pillar: id }))),
      ]),
    ),
    '',
    ...guard(() => moneySection(io, atlas, knownAt)),
    paint(
      io,
      'dim',
      wrapText(
        // Two short lines, so the overview fits 80 columns even on a pipe, where nothing wraps.
        "Official claims decide; '(reported)' marks media-only claims.\nDetails: aukus status <country>; history: aukus spans.",
        io.width,
      ),
    ),
  ];
  io.out(`${sections.join('\n')}\n`);
  return 0;
}
