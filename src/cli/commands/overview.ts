import { countries } from '../../data/countries.js';
import type { CountryId } from '../../data/ids.js';
import { meta } from '../../data/meta.js';
import { pillars } from '../../data/pillars.js';
import { capabilityAreas } from '../../query/capability-areas.js';
import { membersOf } from '../../query/members-of.js';
import { statusOf } from '../../query/status-of.js';
import { type Io, paint, printJson } from '../io.js';
import { countryLabel, pillarName, sinceAndClaim, standingCell } from '../labels.js';
import { moneyJson, moneySection } from '../money-section.js';
import { table } from '../table.js';

function cell(country: CountryId, pillar: 'pillar-1' | 'pillar-2'): string {
  return standingCell(statusOf(country, { pillar }));
}

/** `aukus overview`. @internal */
export function overview(io: Io, json: boolean): number {
  const members = membersOf();
  const others = countries.filter((c) => !(members as readonly string[]).includes(c.id));
  if (json) {
    printJson(io, {
      snapshotDate: meta.snapshotDate,
      version: meta.version,
      members: members.map((id) => statusOf(id)),
      pillars: pillars.map((p) => ({
        id: p.id,
        name: pillarName(p),
        summary: p.summary,
      })),
      capabilityAreas: capabilityAreas('pillar-2'),
      others: others.map((c) => ({
        country: c.id,
        'pillar-1': statusOf(c.id, { pillar: 'pillar-1' }),
        'pillar-2': statusOf(c.id, { pillar: 'pillar-2' }),
      })),
      money: moneyJson(),
    });
    return 0;
  }
  const heading = (text: string) => paint(io, 'bold', text);
  const sections = [
    heading(`AUKUS — data as of ${meta.snapshotDate} (dataset ${meta.version})`),
    '',
    heading('Members'),
    table(
      io,
      ['COUNTRY', 'SINCE', 'CLAIM'],
      members.map((id) => {
        return [countryLabel(id), ...sinceAndClaim(statusOf(id))];
      }),
    ),
    '',
    heading('Pillars'),
    table(
      io,
      ['PILLAR', 'NAME'],
      pillars.map((p) => [p.id, pillarName(p)]),
    ),
    '',
    heading('Pillar II capability areas'),
    table(
      io,
      ['AREA', 'NAMED'],
      capabilityAreas('pillar-2').map((a) => [a.name, a.introduced]),
    ),
    '',
    heading(`Other countries (standing on ${meta.snapshotDate})`),
    table(
      io,
      ['COUNTRY', 'PILLAR I', 'PILLAR II'],
      others.map((c) => [countryLabel(c.id), cell(c.id, 'pillar-1'), cell(c.id, 'pillar-2')]),
    ),
    '',
    ...moneySection(io),
    paint(
      io,
      'dim',
      "Official claims decide; '(reported)' marks media-only claims. Details: aukus status <country>.",
    ),
  ];
  io.out(`${sections.join('\n')}\n`);
  return 0;
}
