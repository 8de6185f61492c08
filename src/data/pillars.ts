import { deepFreeze } from '../internal/deep-freeze.js';
import type { Pillar } from '../model/pillar.js';
import type { SeedRecord } from './seed-record.js';

const records = [
  {
    id: 'pillar-1',
    partnership: 'aukus',
    number: 1,
    names: [
      {
        name: 'Submarines',
        from: '2022-04-05',
        citations: [
          {
            source: 'wh-2022-04-05-implementation-fact-sheet',
            locator: 'Heading of the first of "two related lines of effort"',
          },
        ],
      },
      {
        name: 'Pillar 1',
        from: '2024-04-15',
        citations: [{ source: 'twfy-2024-04-15-hcws404-aukus-update' }],
      },
      {
        name: 'Pillar I – Conventionally-Armed, Nuclear-Powered Submarines',
        from: '2024-09-17',
        citations: [
          { source: 'wh-2024-09-17-third-anniversary-statement', locator: 'Section heading' },
        ],
      },
    ],
    summary:
      'Conventionally-armed, nuclear-powered submarines for Australia, with the help of the United States and the United Kingdom: the optimal pathway of 2023-03-13 (SSN-AUKUS, a rotational force at HMAS Stirling from as early as 2027, and US sales of Virginia class submarines from the early 2030s). It remains trilateral.',
    citations: [
      { source: 'wh-2021-09-15-joint-leaders-statement' },
      {
        source: 'wh-2023-03-13-joint-leaders-statement',
        quote:
          'Starting in the early 2030s, pending Congressional approval, the United States intends to sell Australia three Virginia class submarines, with the potential to sell up to two more if needed.',
      },
      {
        source: 'twfy-2024-04-15-hcws404-aukus-update',
        quote:
          'While our work on conventionally armed, nuclear-powered submarines under Pillar 1 will remain trilateral.',
      },
    ],
  },
  {
    id: 'pillar-2',
    partnership: 'aukus',
    number: 2,
    names: [
      {
        name: 'Advanced capabilities',
        from: '2022-04-05',
        citations: [
          {
            source: 'wh-2022-04-05-implementation-fact-sheet',
            locator: 'Heading of the second of "two related lines of effort"',
          },
        ],
      },
      {
        name: 'Pillar 2 (Advanced Capabilities)',
        from: '2024-04-15',
        citations: [{ source: 'twfy-2024-04-15-hcws404-aukus-update' }],
      },
      {
        name: 'Pillar II – Advanced Capabilities',
        from: '2024-09-17',
        citations: [
          { source: 'wh-2024-09-17-third-anniversary-statement', locator: 'Section heading' },
        ],
      },
    ],
    summary:
      'Trilateral cooperation on advanced capabilities: four areas from 2021-09-15, eight from 2022-04-05. Since 2024 the members consult additional countries on individual projects; a 2025 report says it is moving to a projects-based model.',
    citations: [
      {
        source: 'wh-2021-09-15-joint-leaders-statement',
        quote:
          'These initial efforts will focus on cyber capabilities, artificial intelligence, quantum technologies, and additional undersea capabilities.',
      },
      { source: 'wh-2022-04-05-implementation-fact-sheet' },
      {
        source: 'twfy-2024-04-15-hcws404-aukus-update',
        quote:
          'ready to begin consultations with additional countries ... under Pillar 2 (Advanced Capabilities).',
      },
    ],
  },
] as const satisfies readonly Pillar[];

/**
 * A pillar id of the seed: `'pillar-1' | 'pillar-2'`.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PillarId } from 'aukus';
 * const pillar: PillarId = 'pillar-2';
 * ```
 */
export type PillarId = (typeof records)[number]['id'];

/**
 * The two pillars of AUKUS with the names they went by over time. Pillar I stays trilateral, as
 * the UK written statement of 2024-04-15 says.
 *
 * @category Entities
 * @example
 * ```ts
 * import { pillars } from 'aukus';
 * pillars.map((p) => p.id); // ['pillar-1', 'pillar-2']
 * ```
 */
export const pillars: readonly SeedRecord<Pillar, PillarId>[] = /* @__PURE__ */ deepFreeze(records);
