import { deepFreeze } from '../internal/deep-freeze.js';
import type { Project } from '../model/project.js';
import type { SeedRecord } from './seed-record.js';

const records = [
  {
    id: 'auras',
    name: 'AUKUS Undersea Robotics Autonomous Systems',
    acronym: 'AURAS',
    pillar: 'pillar-2',
    capabilityArea: 'undersea-capabilities',
    participants: ['AU', 'GB', 'US'],
    from: '2022-04-05',
    summary: 'The project listed under the undersea capabilities heading of the 2022 fact sheet.',
    citations: [
      { source: 'wh-2022-04-05-implementation-fact-sheet', locator: 'Undersea capabilities' },
    ],
  },
  {
    id: 'aqua',
    name: 'AUKUS Quantum Arrangement',
    acronym: 'AQuA',
    pillar: 'pillar-2',
    capabilityArea: 'quantum-technologies',
    participants: ['AU', 'GB', 'US'],
    from: '2022-04-05',
    summary: 'Quantum technologies, with an initial focus on positioning, navigation and timing.',
    citations: [
      { source: 'wh-2022-04-05-implementation-fact-sheet', locator: 'Quantum technologies' },
    ],
  },
  {
    id: 'maritime-big-play',
    name: 'Maritime Big Play',
    pillar: 'pillar-2',
    participants: ['AU', 'GB', 'US'],
    from: '2024-09-17',
    summary:
      'An AUKUS autonomous-systems activity; in July 2025, during Talisman Sabre, it tested autonomous underwater communications at Jervis Bay.',
    citations: [
      { source: 'wh-2024-09-17-third-anniversary-statement' },
      {
        source: 'defense-mirror-2025-07-japan-joins',
        quote:
          'This marks the first time Japan has participated in the AUKUS-led autonomous underwater communications testing',
      },
      { source: 'navaltoday-2025-07-24-aukus-underwater-autonomous' },
    ],
    note: 'The date is when the sources first name it. Japan took part in one activity of the series in July 2025 ("For the first time, Japan also joined these activities as a participant", an Australian Defence release read only as carried by Naval Today, 2025-07-24). Participants here are the parties to the series as a whole; Japan is not listed because the sources describe one activity, not a part in the project, and still call Japan a potential external partner in 2026 (see the reported participation spell of Japan).',
  },
  {
    id: 'japan-maritime-autonomous-systems',
    name: 'Maritime autonomous systems interoperability with Japan',
    pillar: 'pillar-2',
    participants: ['AU', 'GB', 'US', 'JP'],
    from: '2024-09-17',
    summary:
      'The members and Japan are exploring opportunities to improve the interoperability of their maritime autonomous systems, as an initial area of cooperation.',
    citations: [
      {
        source: 'wh-2024-09-17-third-anniversary-statement',
        quote:
          'Following initial consultations this year and leveraging Japan’s deep technical expertise, AUKUS partners and Japan are exploring opportunities to improve interoperability of their maritime autonomous systems as an initial area of cooperation.',
      },
    ],
    note: 'Exploratory: the participants are the parties exploring this area of cooperation, as the statement names them, not formal project partners. No formal Pillar II agreement with Japan was found up to the snapshot, so Japan’s standing stays the official consultation of 2024-04-08 rather than partner.',
  },
  {
    id: 'hyflite',
    name: 'Hypersonic Flight Test and Experimentation Project Arrangement',
    acronym: 'HyFliTE',
    pillar: 'pillar-2',
    capabilityArea: 'hypersonic-and-counter-hypersonic-capabilities',
    participants: ['AU', 'GB', 'US'],
    from: '2024-11-18',
    summary: 'Up to six trilateral flight-test campaigns by 2028, with a US$252m pool.',
    citations: [
      {
        source: 'mirage-2024-11-hyflite',
        quote:
          'Under AUKUS Pillar II, the three nations have entered the Hypersonic Flight Test and Experimentation (HyFliTE) Project Arrangement',
      },
      { source: 'adm-2024-11-hyflite' },
      { source: 'defensescoop-2024-11-18-hyflite' },
    ],
    note: 'Signed and announced by the Pentagon on Monday 2024-11-18 (US date).',
  },
  // Supplement: aukus-facts-2026.md rows 45–66 and later
  {
    id: 'uuv-payloads-enabling-systems',
    name: 'Payloads and enabling systems for uncrewed undersea vehicles',
    pillar: 'pillar-2',
    capabilityArea: 'undersea-capabilities',
    participants: ['AU', 'GB', 'US'],
    from: '2026-05-30',
    summary:
      'The first Pillar II signature project: payloads and enabling systems for the three partners’ uncrewed undersea vehicles, with delivery from 2027; the UK is to contribute £150 million.',
    citations: [
      {
        source: 'policy-wire-2026-aukus-uuv-project',
        quote:
          'First, the three governments named their first Pillar 2 signature project: a joint effort on payloads and enabling systems for uncrewed undersea vehicles.',
      },
      {
        source: 'ummah-kantho-2026-aukus-uuv-150m',
        quote:
          'London would contribute 150 million pounds, or roughly 201 million dollars, toward the project.',
      },
      { source: 'britain-today-2026-05-30-aukus-uuv' },
    ],
    note: 'Descriptive name: no official project name was read. Filed under undersea capabilities because it concerns uncrewed undersea vehicles; the sources do not name a capability area. No other country was named as a participant in the reports read. Known from press accounts; the GOV.UK release and fact sheet were not read.',
  },
] as const satisfies readonly Project[];

/**
 * A project id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ProjectId } from 'aukus';
 * const project: ProjectId = 'hyflite';
 * ```
 */
export type ProjectId = (typeof records)[number]['id'];

/**
 * Named Pillar II projects and activities, with the participants the sources state.
 *
 * @category Entities
 * @example
 * ```ts
 * import { projects } from 'aukus';
 * projects.map((p) => p.id); // ['auras', 'aqua', 'maritime-big-play', 'japan-maritime-autonomous-systems', 'hyflite', 'uuv-payloads-enabling-systems']
 * ```
 */
export const projects: readonly SeedRecord<Project, ProjectId>[] =
  /* @__PURE__ */ deepFreeze(records);
