import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataset } from '../../src/index.js';
import {
  DatasetError,
  DatasetSchema,
  formatIssue,
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
  return result.success ? [] : result.issues.map(formatIssue);
}

/** The index of a seed record, so that cases survive records being added before it. */
function indexOf(collection: 'participations' | 'events', id: string): number {
  const index = (dataset[collection] as readonly { id: string }[]).findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`no ${collection} record ${id}`);
  return index;
}
const SANKEI = indexOf('participations', 'jp-floated-2022-sankei');
const SOURCES = dataset.sources.length;

/** A record of a mutable seed copy by id, so cases name the record they break. */
function byId(list: Mutable[], id: string): Mutable {
  const found = list.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

function corrupt(mutate: (d: Mutable) => void): Mutable {
  const copy = seedCopy() as Mutable;
  mutate(copy);
  return copy;
}

const cases: [string, (d: Mutable) => void, string][] = [
  [
    'a duplicate id',
    (d) => d.sources.push({ ...d.sources[0] }),
    `sources[${SOURCES}].id: Duplicate id "wh-2021-09-15-joint-leaders-statement"; give each record its own id`,
  ],
  [
    'a dangling citation',
    (d) => {
      byId(d.events, '2021-09-16-johnson-commons-statement').citations[0].source = 'nowhere';
    },
    'events["2021-09-16-johnson-commons-statement"].citations[0].source: Unknown source "nowhere"; add "nowhere" to sources, or fix the id',
  ],
  [
    'a spell of an unknown country',
    (d) => {
      byId(d.participations, 'jp-floated-2022-sankei').country = 'FR';
    },
    'participations["jp-floated-2022-sankei"].country: Unknown country "FR"; add "FR" to countries, or fix the id',
  ],
  [
    'a spell on an unknown pillar',
    (d) => {
      byId(d.participations, 'jp-pillar-2-partner-2025-reported').pillar = 'pillar-3';
    },
    'participations["jp-pillar-2-partner-2025-reported"].pillar: Unknown pillar "pillar-3"; add "pillar-3" to pillars, or fix the id',
  ],
  [
    'a tenure of an unknown person',
    (d) => {
      d.tenures[0].person = 'nobody';
    },
    'tenures["us-hog-joe-biden"].person: Unknown person "nobody"; add "nobody" to people, or fix the id',
  ],
  [
    'a statement of an unknown event',
    (d) => {
      d.statements[0].event = 'never';
    },
    'statements["2021-09-15-leaders-announce-aukus"].event: Unknown event "never"; add "never" to events, or fix the id',
  ],
  [
    'an impossible date',
    (d) => {
      d.events[0].date = '2024-02-30';
    },
    'events["2021-09-15-aukus-announced"].date: Not a real calendar date',
  ],
  [
    'a malformed date',
    (d) => {
      d.events[0].date = '15/09/2021';
    },
    'events["2021-09-15-aukus-announced"].date: Expected a date as YYYY-MM-DD, YYYY-MM or YYYY',
  ],
  [
    'a spell ending before it starts',
    (d) => {
      d.participations[SANKEI].to = '2020-01-01';
    },
    'participations["jp-floated-2022-sankei"].to: Ends (2020-01-01) before it starts (2022-04-12)',
  ],
  [
    'overlapping spells',
    (d) => {
      d.participations[SANKEI].to = '2022-06-01';
    },
    'participations["jp-ruled-out-2022-kishida"]: Overlaps spell "jp-floated-2022-sankei" of the same country, scope (the whole partnership) and claim; close one spell (`to`) before the other opens',
  ],
  [
    'a non-http URL',
    (d) => {
      d.sources[1].url = 'javascript:alert(1)';
    },
    'sources["hansard-2021-09-16-commons-aukus"].url: Expected an http(s) URL',
  ],
  [
    'an unknown key',
    (d) => {
      d.countries[0].flag = '🇦🇺';
    },
    'countries["AU"]: Unknown key "flag"; allowed: "id", "alpha3", "numeric", "name", "aliases"',
  ],
  [
    'an unknown status',
    (d) => {
      d.participations[0].status = 'ally';
    },
    'participations["au-member-2021"].status: Expected one of "member", "partner", "consultation", "interest-expressed", "floated", "ruled-out", got string "ally"',
  ],
  [
    'a wrong type',
    (d) => {
      d.sources[0].official = 'yes';
    },
    'sources["wh-2021-09-15-joint-leaders-statement"].official: Expected boolean, got string "yes"',
  ],
  [
    'a missing field',
    (d) => {
      delete d.events[0].title;
    },
    'events["2021-09-15-aukus-announced"].title: Required string is missing',
  ],
  [
    'an empty name',
    (d) => {
      d.people[0].name = '';
    },
    'people["joe-biden"].name: Expected a non-empty string',
  ],
  [
    'a fact after the snapshot',
    (d) => {
      d.meta.snapshotDate = '2025-12-01';
    },
    'events["2025-12-04-pentagon-review-complete"].date: Date 2025-12-04 is after the snapshot 2025-12-01',
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
    'statements["2021-09-15-leaders-announce-aukus"]: A statement needs a speaker or an issuer',
  ],
  [
    'a malformed id',
    (d) => {
      d.people[0].id = 'has space';
    },
    'people["has space"].id: Expected an id of letters, digits and hyphens',
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
      'events["2021-09-15-aukus-announced"].date: Not a real calendar date',
      `sources[${SOURCES}].id: Duplicate id "wh-2021-09-15-joint-leaders-statement"; give each record its own id`,
      'tenures["us-hog-joe-biden"].person: Unknown person "nobody"; add "nobody" to people, or fix the id',
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
      expect(e.message).toMatch(/…and 7 more, all in error.issues$/);
    }
    expect(() => parseDataset(null)).toThrow(/\(root\): Expected object, got null/);
    expect(() => parseDataset([])).toThrow(/got an array/);
  });

  it('rejects unknown top-level keys, including __proto__, without polluting anything', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(dataset).slice(1)}`,
    );
    expect(problems(input)).toEqual([
      expect.stringMatching(/^\(root\): Unknown key "__proto__"; allowed: "meta", "sources"/),
    ]);
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
