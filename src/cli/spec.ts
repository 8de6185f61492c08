import type { OFFICE_ROLES } from '../model/tenure.js';
import type { OptionSpec } from './args.js';
import { DATA_OPTION } from './context.js';

const AS_OF: OptionSpec = { name: 'as-of', type: 'string', value: 'date' };
const KNOWN_AT: OptionSpec = { name: 'known-at', type: 'string', value: 'date' };
const PILLAR: OptionSpec = { name: 'pillar', type: 'string', value: 'pillar' };
const COUNTRY: OptionSpec = { name: 'country', type: 'string', value: 'country' };
const FROM: OptionSpec = { name: 'from', type: 'string', value: 'date' };
const TO: OptionSpec = { name: 'to', type: 'string', value: 'date' };
const MIN_STATUS: OptionSpec = {
  name: 'min-status',
  type: 'string',
  value: ['member', 'partner', 'consultation', 'interest-expressed', 'floated'],
};

/** Export formats. @internal */
export const FORMATS = ['json', 'csv', 'dot', 'mermaid', 'gexf', 'datapackage'] as const;

/** Role names `aukus office` accepts, and the role each means. @internal */
export const ROLE_NAMES: Readonly<Record<string, (typeof OFFICE_ROLES)[number]>> = {
  pm: 'head-of-government',
  'prime-minister': 'head-of-government',
  'head-of-government': 'head-of-government',
  'head-of-state': 'head-of-state',
  defence: 'defence-minister',
  defense: 'defence-minister',
  'defence-minister': 'defence-minister',
  'defense-minister': 'defence-minister',
};

/** Shells `aukus completion` writes a script for. @internal */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** A command's options and positional arguments, for parsing, help and completion. @internal */
export interface CommandSpec {
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** What each positional argument is, for completion. */
  readonly positionals: readonly ('country' | 'source' | 'role' | 'file' | 'shell')[];
}

/** Every command. @internal */
export const COMMAND_SPECS = {
  overview: {
    summary: 'members, pillars, capability areas and other countries',
    options: [KNOWN_AT, DATA_OPTION],
    positionals: [],
  },
  status: {
    summary: "a country's standing on a date",
    options: [AS_OF, PILLAR, KNOWN_AT, { name: 'evidence', type: 'boolean' }, DATA_OPTION],
    positionals: ['country'],
  },
  members: {
    summary: 'the members on a date',
    options: [AS_OF, KNOWN_AT, DATA_OPTION],
    positionals: [],
  },
  partners: {
    summary: 'countries taking part in a pillar',
    options: [PILLAR, MIN_STATUS, AS_OF, KNOWN_AT, DATA_OPTION],
    positionals: [],
  },
  changes: {
    summary: 'changes of standing between two dates',
    options: [FROM, TO, COUNTRY, PILLAR, KNOWN_AT, DATA_OPTION],
    positionals: [],
  },
  spans: {
    summary: 'the standing over time as a chart, one character a month',
    options: [COUNTRY, PILLAR, KNOWN_AT, DATA_OPTION],
    positionals: [],
  },
  office: {
    summary: 'who held an office on a date',
    options: [AS_OF, DATA_OPTION],
    positionals: ['country', 'role'],
  },
  timeline: {
    summary: 'events in date order',
    options: [
      FROM,
      TO,
      COUNTRY,
      PILLAR,
      {
        name: 'kind',
        type: 'string',
        value: ['statement', 'meeting', 'agreement', 'legislation', 'report', 'exercise', 'review'],
      },
      KNOWN_AT,
      DATA_OPTION,
    ],
    positionals: [],
  },
  money: {
    summary: 'pledges, payments and budgets, with totals per currency',
    options: [
      { name: 'payer', type: 'string', value: 'country' },
      { name: 'recipient', type: 'string' },
      { name: 'kind', type: 'string', value: ['pledge', 'payment', 'budget'] },
      AS_OF,
      DATA_OPTION,
    ],
    positionals: [],
  },
  sources: {
    summary: 'the sources, or one in full',
    options: [DATA_OPTION],
    positionals: ['source'],
  },
  export: {
    summary: 'the data as json, csv, dot, mermaid, gexf or a data package',
    options: [
      { name: 'format', type: 'string', value: FORMATS },
      { name: 'out', type: 'string', value: 'path' },
      AS_OF,
      MIN_STATUS,
      KNOWN_AT,
      DATA_OPTION,
    ],
    positionals: [],
  },
  validate: {
    summary: 'check your own dataset against the model',
    options: [{ name: 'strict', type: 'boolean' }],
    positionals: ['file'],
  },
  completion: {
    summary: 'a shell completion script',
    options: [],
    positionals: ['shell'],
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command's name. @internal */
export type CommandName = keyof typeof COMMAND_SPECS;

/** The options of a command. @internal */
export function optionsOf(command: CommandName): readonly OptionSpec[] {
  return COMMAND_SPECS[command].options;
}
