import { deepFreeze } from '../internal/deep-freeze.js';
import type { CapabilityArea } from '../model/capability-area.js';
import type { SeedRecord } from './seed-record.js';

const FACT_SHEET_2022 = 'wh-2022-04-05-implementation-fact-sheet';
const FIRST_FOUR_QUOTE =
  'These initial efforts will focus on cyber capabilities, artificial intelligence, quantum technologies, and additional undersea capabilities.';
const ADDED_2022_QUOTE =
  'We also committed to commence new trilateral cooperation on hypersonics and counter-hypersonics, and electronic warfare capabilities, as well as to expand information sharing and to deepen cooperation on defence innovation.';

const records = [
  {
    id: 'undersea-capabilities',
    pillar: 'pillar-2',
    name: 'Undersea capabilities',
    introduced: '2021-09-15',
    citations: [
      { source: 'wh-2021-09-15-joint-leaders-statement', quote: FIRST_FOUR_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
    note: 'Named "additional undersea capabilities" in 2021.',
  },
  {
    id: 'quantum-technologies',
    pillar: 'pillar-2',
    name: 'Quantum technologies',
    introduced: '2021-09-15',
    citations: [
      { source: 'wh-2021-09-15-joint-leaders-statement', quote: FIRST_FOUR_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
  },
  {
    id: 'artificial-intelligence-and-autonomy',
    pillar: 'pillar-2',
    name: 'Artificial intelligence and autonomy',
    introduced: '2021-09-15',
    citations: [
      { source: 'wh-2021-09-15-joint-leaders-statement', quote: FIRST_FOUR_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
    note: 'Named "artificial intelligence" in 2021; "and autonomy" appears in the 2022 heading.',
  },
  {
    id: 'advanced-cyber',
    pillar: 'pillar-2',
    name: 'Advanced Cyber',
    introduced: '2021-09-15',
    citations: [
      { source: 'wh-2021-09-15-joint-leaders-statement', quote: FIRST_FOUR_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
    note: 'Named "cyber capabilities" in 2021.',
  },
  {
    id: 'hypersonic-and-counter-hypersonic-capabilities',
    pillar: 'pillar-2',
    name: 'Hypersonic and counter-hypersonic capabilities',
    introduced: '2022-04-05',
    citations: [
      { source: 'gov-uk-2022-04-05-leaders-level-statement', quote: ADDED_2022_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
  },
  {
    id: 'electronic-warfare',
    pillar: 'pillar-2',
    name: 'Electronic warfare',
    introduced: '2022-04-05',
    citations: [
      { source: 'gov-uk-2022-04-05-leaders-level-statement', quote: ADDED_2022_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
  },
  {
    id: 'innovation',
    pillar: 'pillar-2',
    name: 'Innovation',
    introduced: '2022-04-05',
    citations: [
      { source: 'gov-uk-2022-04-05-leaders-level-statement', quote: ADDED_2022_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
    note: 'Analysts (Lowy Institute, USSC) describe innovation and information sharing as functional areas rather than technology areas.',
  },
  {
    id: 'information-sharing',
    pillar: 'pillar-2',
    name: 'Information sharing',
    introduced: '2022-04-05',
    citations: [
      { source: 'gov-uk-2022-04-05-leaders-level-statement', quote: ADDED_2022_QUOTE },
      { source: FACT_SHEET_2022 },
    ],
    note: 'Analysts (Lowy Institute, USSC) describe innovation and information sharing as functional areas rather than technology areas.',
  },
] as const satisfies readonly CapabilityArea[];

/**
 * A capability-area id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CapabilityAreaId } from 'aukus';
 * const area: CapabilityAreaId = 'quantum-technologies';
 * ```
 */
export type CapabilityAreaId = (typeof records)[number]['id'];

/**
 * The eight Pillar II advanced-capability areas under the headings of the 2022-04-05 fact sheet.
 * Four were named on 2021-09-15, four more on 2022-04-05.
 *
 * @category Entities
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * dataset.capabilityAreas.length; // 8
 * ```
 */
export const capabilityAreas: readonly SeedRecord<CapabilityArea, CapabilityAreaId>[] =
  /* @__PURE__ */ deepFreeze(records);
