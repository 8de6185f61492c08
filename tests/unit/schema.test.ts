import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataset } from '../../src/index.js';
import {
  DatasetError,
  DatasetSchema,
  formatIssuePath,
  parseDataset,
  safeParseDataset,
} from '../../src/schema/index.js';
import { datasetJsonSchema } from '../../src/schema/json-schema.js';
import { issueMessage } from '../../src/schema/messages.js';
import { seedCopy } from './helpers.js';

type Mutable = Record<string, any>;

/** Parses and returns the issues as `path: message` lines. */
function problems(input: unknown): string[] {
  const result = safeParseDataset(input);
  return result.success
    ? []
    : result.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

/** The index of a seed record, so that cases survive records being added before it. */
function indexOf(collection: 'participations' | 'events', id: string): number {
  const index = (dataset[collection] as readonly { id: string }[]).findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`no ${collection} record ${id}`);
  return index;
}
const SANKEI = indexOf('participations', 'jp-floated-2022-sankei');
const KISHIDA = indexOf('participations', 'jp-ruled-out-2022-kishida');
const REVIEW = indexOf('events', '2025-12-04-pentagon-review-complete');
const SOURCES = dataset.sources.length;

function corrupt(mutate: (d: Mutable) => void): Mutable {
  const copy = seedCopy() as Mutable;
  mutate(copy);
  return copy;
}

const cases: [string, (d: Mutable) => void, string][] = [
  [
    'a duplicate id',
    (d) => d.sources.push({ ...d.sources[0] }),
    `sources[${SOURCES}].id: Duplicate id "wh-2021-09-15-joint-leaders-statement"`,
  ],
  [
    'a dangling citation',
    (d) => {
      d.events[2].citations[0].source = 'nowhere';
    },
    'events[2].citations[0].source: Unknown sources id "nowhere"',
  ],
  [
    'a spell of an unknown country',
    (d) => {
      d.participations[4].country = 'FR';
    },
    'participations[4].country: Unknown countries id "FR"',
  ],
  [
    'a spell on an unknown pillar',
    (d) => {
      d.participations[9].pillar = 'pillar-3';
    },
    'participations[9].pillar: Unknown pillars id "pillar-3"',
  ],
  [
    'a tenure of an unknown person',
    (d) => {
      d.tenures[0].person = 'nobody';
    },
    'tenures[0].person: Unknown people id "nobody"',
  ],
  [
    'a statement of an unknown event',
    (d) => {
      d.statements[0].event = 'never';
    },
    'statements[0].event: Unknown events id "never"',
  ],
  [
    'an impossible date',
    (d) => {
      d.events[0].date = '2024-02-30';
    },
    'events[0].date: Not a real calendar date',
  ],
  [
    'a malformed date',
    (d) => {
      d.events[0].date = '15/09/2021';
    },
    'events[0].date: Expected a date as YYYY-MM-DD, YYYY-MM or YYYY',
  ],
  [
    'a spell ending before it starts',
    (d) => {
      d.participations[SANKEI].to = '2020-01-01';
    },
    `participations[${SANKEI}].to: Ends (2020-01-01) before it starts (2022-04-12)`,
  ],
  [
    'overlapping spells',
    (d) => {
      d.participations[SANKEI].to = '2022-06-01';
    },
    `participations[${KISHIDA}]: Overlaps spell "jp-floated-2022-sankei" of the same country, pillar and claim; close one before the other opens`,
  ],
  [
    'a non-http URL',
    (d) => {
      d.sources[1].url = 'javascript:alert(1)';
    },
    'sources[1].url: Expected an http(s) URL',
  ],
  [
    'an unknown key',
    (d) => {
      d.countries[0].flag = '🇦🇺';
    },
    'countries[0]: Unknown key "flag"',
  ],
  [
    'an unknown status',
    (d) => {
      d.participations[0].status = 'ally';
    },
    'participations[0].status: Expected one of "member", "partner", "consultation", "interest-expressed", "floated", "ruled-out", got string "ally"',
  ],
  [
    'a wrong type',
    (d) => {
      d.sources[0].official = 'yes';
    },
    'sources[0].official: Expected boolean, got string "yes"',
  ],
  [
    'a missing field',
    (d) => {
      delete d.events[0].title;
    },
    'events[0].title: Required string is missing',
  ],
  [
    'an empty name',
    (d) => {
      d.people[0].name = '';
    },
    'people[0].name: Expected a non-empty string',
  ],
  [
    'a fact after the snapshot',
    (d) => {
      d.meta.snapshotDate = '2025-12-01';
    },
    `events[${REVIEW}].date: Date 2025-12-04 is after the snapshot 2025-12-01`,
  ],
  [
    'a partial snapshot date',
    (d) => {
      d.meta.snapshotDate = '2025-12';
    },
    'meta.snapshotDate: Expected a full date as YYYY-MM-DD',
  ],
  [
    'a statement without speaker or issuer',
    (d) => {
      delete d.statements[0].issuer;
    },
    'statements[0]: A statement needs a speaker or an issuer',
  ],
  [
    'a malformed id',
    (d) => {
      d.people[0].id = 'has space';
    },
    'people[0].id: Expected an id of letters, digits and hyphens',
  ],
  [
    'a bad version',
    (d) => {
      d.meta.version = 'v1';
    },
    'meta.version: Expected a semantic version',
  ],
];

describe('parseDataset', () => {
  it('accepts the seed and returns a fresh copy', () => {
    const copy = parseDataset(dataset);
    expect(copy).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(copy).not.toBe(dataset);
  });

  it.each(cases)('rejects %s, naming its path', (_, mutate, expected) => {
    const found = problems(corrupt(mutate));
    expect(found.some((line) => line.startsWith(expected))).toBe(true);
  });

  it('reports every problem at once', () => {
    const bad = corrupt((d) => {
      d.events[0].date = '2024-02-30';
      d.sources.push({ ...d.sources[0] });
      d.tenures[0].person = 'nobody';
    });
    expect(problems(bad)).toEqual([
      'events[0].date: Not a real calendar date',
      `sources[${SOURCES}].id: Duplicate id "wh-2021-09-15-joint-leaders-statement"`,
      'tenures[0].person: Unknown people id "nobody"',
    ]);
  });

  it('throws a DatasetError with a readable message', () => {
    try {
      parseDataset({});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      const e = error as DatasetError;
      expect(e.issues).toHaveLength(12);
      expect(e.message).toMatch(
        /^aukus: invalid dataset, 12 problems:\n {2}meta: Required object is missing/,
      );
      expect(e.message).toMatch(/…and 7 more$/);
    }
    expect(() => parseDataset(null)).toThrow(/\(root\): Expected object, got null/);
    expect(() => parseDataset([])).toThrow(/got an array/);
  });

  it('rejects unknown top-level keys, including __proto__, without polluting anything', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(dataset).slice(1)}`,
    );
    expect(problems(input)).toEqual(['(root): Unknown key "__proto__"']);
    expect(({} as Mutable).polluted).toBeUndefined();
    const nested = corrupt((d) => {
      d.countries[0] = JSON.parse('{"constructor": {"prototype": {"x": 1}}, "id": "AU"}');
    });
    expect(problems(nested).some((line) => line.includes('Unknown key "constructor"'))).toBe(true);
    expect(({} as Mutable).x).toBeUndefined();
  });

  it('reports a single problem in the singular', () => {
    const result = safeParseDataset(
      corrupt((d) => {
        d.people[0].name = '';
      }),
    );
    expect(result.success ? '' : result.error.message).toMatch(
      /^aukus: invalid dataset, 1 problem:/,
    );
  });

  it('formats paths', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['participations', 3, 'from'])).toBe('participations[3].from');
  });
});

describe('the JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(datasetJsonSchema());

  it('is draft 2020-12 and accepts the seed', () => {
    expect(datasetJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(JSON.parse(JSON.stringify(dataset)))).toBe(true);
  });

  const expressible = [
    'a malformed date',
    'a non-http URL',
    'an unknown key',
    'an unknown status',
    'a wrong type',
    'a missing field',
    'an empty name',
    'a partial snapshot date',
    'a malformed id',
    'a bad version',
  ];
  it.each(cases.filter(([name]) => expressible.includes(name)))(
    'rejects %s like parseDataset',
    (_, mutate) => {
      const bad = corrupt(mutate);
      expect(safeParseDataset(bad).success).toBe(false);
      expect(validate(bad)).toBe(false);
    },
  );

  it('agrees with the zod shape schema on the seed', () => {
    expect(z.safeParse(DatasetSchema, dataset).success).toBe(true);
  });
});

describe('hostile and odd inputs', () => {
  it('never throws from safeParseDataset, even when reading the input throws', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    const result = safeParseDataset(trap);
    expect(result.success).toBe(false);
    expect(() => parseDataset(trap)).toThrow();
  });

  it('words zod issues that carry no message of their own', () => {
    expect(issueMessage({ code: 'invalid_format', format: 'email', input: 'x' } as never)).toBe(
      'Invalid format: expected email',
    );
    expect(
      issueMessage({ code: 'too_small', minimum: 2, origin: 'array', input: [] } as never),
    ).toBe('Too small: expected at least 2');
    expect(issueMessage({ code: 'custom', message: 'Own words', input: 1 } as never)).toBe(
      'Own words',
    );
    expect(issueMessage({ code: 'custom', input: 1 } as never)).toBe('Invalid value');
  });
});
