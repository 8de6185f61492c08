import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import {
  checkDataset,
  createAtlas,
  DatasetError,
  type DatasetIssueCode,
  dataset,
  formatIssue,
  isCountryId,
  isPillarId,
} from '../../src/index.js';
import { isValidated } from '../../src/integrity/validated.js';
import type { Dataset } from '../../src/model/dataset.js';
import * as schema from '../../src/schema/index.js';
import { seedCopy } from './helpers.js';

type Mutable = Record<string, any>;

function broken(mutate: (d: Mutable) => void): Mutable {
  const copy = seedCopy() as Mutable;
  mutate(copy);
  return copy;
}
const find = (list: Mutable[], id: string): Mutable => {
  const found = list.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no ${id} in the seed`);
  return found;
};

async function validate(data: unknown, ...flags: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'aukus-rules-'));
  await writeFile(join(dir, 'data.json'), JSON.stringify(data));
  let stdout = '';
  const io = {
    out: (text: string) => {
      stdout += text;
    },
    err: (text: string) => {
      stdout += text;
    },
    color: false,
    cwd: dir,
  };
  const code = await run(['validate', 'data.json', ...flags], io, '9.9.9');
  return { code, stdout };
}

function atlasError(data: unknown): DatasetError {
  try {
    createAtlas(data as Dataset);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('createAtlas accepted data that breaks a rule');
}

// Each documented rule, a dataset that breaks it, and the one line that must name the problem.
const rules: [string, DatasetIssueCode, (d: Mutable) => void, string][] = [
  [
    'every fact cites at least one source',
    'uncited',
    (d) => {
      find(d.participations, 'nz-pillar-2-consultation-2024').citations = [];
    },
    'participations["nz-pillar-2-consultation-2024"].citations: Cites no source; every fact needs at least one citation',
  ],
  [
    'an official claim cites an official source',
    'unofficial-evidence',
    (d) => {
      find(d.participations, 'nz-pillar-2-consultation-2024').citations = [
        { source: 'politico-2024-03-19-race-to-expand' },
      ];
    },
    'participations["nz-pillar-2-consultation-2024"].claim: An official claim cites no official source (only "politico-2024-03-19-race-to-expand"); cite a government or parliamentary publication, or make the claim "reported"',
  ],
  [
    'one holder of an office at a time, except on a handover day',
    'overlapping-tenures',
    (d) => {
      find(d.tenures, 'gb-hog-liz-truss').from = '2022-08-01';
    },
    'tenures["gb-hog-liz-truss"]: Overlaps tenure "gb-hog-boris-johnson" in the same office (head-of-government of GB); one tenure may end on the day the next starts, but not later',
  ],
  [
    'at most one spell per country, scope and claim on a day',
    'overlapping-spells',
    (d) => {
      d.participations.push({
        id: 'nz-member-2030',
        country: 'NZ',
        pillar: 'pillar-2',
        status: 'partner',
        claim: 'official',
        from: '2025-06-01',
        citations: [{ source: 'gov-uk-2024-04-08-defence-ministers-statement' }],
      });
    },
    'participations["nz-member-2030"]: Overlaps spell "nz-pillar-2-consultation-2024" of the same country, pillar and claim; close one spell (`to`) before the other opens',
  ],
  [
    'references resolve',
    'unknown-reference',
    (d) => {
      find(d.participations, 'nz-pillar-2-consultation-2024').pillar = 'pillar-two';
    },
    'participations["nz-pillar-2-consultation-2024"].pillar: Unknown pillar "pillar-two"; did you mean "pillar-2"? Otherwise add "pillar-two" to pillars',
  ],
  [
    'nothing is dated after the snapshot',
    'after-snapshot',
    (d) => {
      d.meta.snapshotDate = '2030-01-01';
      d.events.push({ ...d.events[0], id: 'far-future', date: '2030-01-05' });
    },
    'events["far-future"].date: Date 2030-01-05 is after the snapshot 2030-01-01; move meta.snapshotDate forward if the dataset now runs later',
  ],
  [
    'nothing ends before it starts',
    'date-order',
    (d) => {
      find(d.tenures, 'gb-hog-liz-truss').to = '2022-09-01';
    },
    'tenures["gb-hog-liz-truss"].to: Ends (2022-09-01) before it starts (2022-09-06)',
  ],
  [
    'ids are unique',
    'duplicate-id',
    (d) => {
      d.people.push({ ...d.people[0] });
    },
    'people[',
  ],
  [
    'a statement has a speaker or an issuer',
    'missing-speaker',
    (d) => {
      const statement = d.statements.find((s: Mutable) => s.issuer !== undefined);
      delete statement.issuer;
    },
    ': A statement needs a speaker or an issuer',
  ],
];

describe.each(rules)('the rule "%s"', (_, code, mutate, line) => {
  const data = broken(mutate);

  it('fails parseDataset with one issue naming the record', () => {
    const result = schema.safeParseDataset(data);
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual([code]);
    expect(formatIssue(result.issues[0] as never)).toContain(line);
    expect(() => schema.parseDataset(data)).toThrow(DatasetError);
  });

  it('fails checkDataset, the same check without zod', () => {
    expect(checkDataset(data as Dataset).issues.map(formatIssue)).toEqual(
      schema.safeParseDataset(data).issues.map(formatIssue),
    );
  });

  it('fails aukus validate', async () => {
    const { code: exit, stdout } = await validate(data);
    expect(exit).toBe(1);
    expect(stdout).toContain(line);
  });

  it('stops createAtlas with the same message', () => {
    const error = atlasError(data);
    expect(error.issues.map(formatIssue)).toEqual(
      schema.safeParseDataset(data).issues.map(formatIssue),
    );
    expect(error.message).toContain(line);
  });
});

describe('a handover day', () => {
  it('lets one tenure end on the day the next starts, and no later', () => {
    const johnson = (d: Mutable) => find(d.tenures, 'gb-hog-boris-johnson');
    const truss = find(dataset.tenures as never, 'gb-hog-liz-truss');
    expect(johnson(seedCopy() as Mutable).to).toBe(truss.from);
    const dayLate = broken((d) => {
      johnson(d).to = '2022-09-07';
    });
    expect(checkDataset(dayLate as Dataset).issues.map((i) => i.code)).toEqual([
      'overlapping-tenures',
    ]);
  });

  it('is not allowed for spells, which may not share a day', () => {
    // Two seed spells of one country, scope and claim where one closes the day before the next
    // opens; make them share that day.
    const spells = seedCopy().participations as Mutable[];
    const pair = spells
      .flatMap((a) => spells.map((b) => [a, b] as const))
      .find(
        ([a, b]) =>
          a.country === b.country &&
          a.pillar === b.pillar &&
          a.claim === b.claim &&
          typeof a.to === 'string' &&
          a.to.length === 10 &&
          Date.parse(b.from) - Date.parse(a.to) === 86_400_000,
      );
    expect(pair).toBeDefined();
    const [first, next] = pair as readonly [Mutable, Mutable];
    const touching = broken((d) => {
      find(d.participations, first.id).to = next.from;
    });
    expect(checkDataset(touching as Dataset).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/: Overlaps spell /),
    ]);
  });
});

describe('an unused source', () => {
  const data = broken((d) => {
    d.sources.push({ ...d.sources[0], id: 'never-cited' });
  });

  it('is a warning from parseDataset, not an error', () => {
    const result = schema.safeParseDataset(data);
    expect(result.success).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      'sources["never-cited"]: No record cites this source; cite it, or remove it',
    ]);
    expect(() => schema.parseDataset(data)).not.toThrow();
  });

  it('is printed by aukus validate, which fails on it only with --strict', async () => {
    const plain = await validate(data);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      [
        `valid: data.json (${dataset.participations.length} status spells, ${dataset.sources.length + 1} sources, 1 warning)`,
        'warning: 1 warning (not errors; --strict fails on them)',
        '  sources["never-cited"]: No record cites this source; cite it, or remove it',
        '',
      ].join('\n'),
    );
    const strict = await validate(data, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^invalid \(--strict\): data.json/);
    const json = JSON.parse((await validate(data, '--json', '--strict')).stdout);
    expect(json).toMatchObject({ valid: false, issues: [], warnings: [{ code: 'unused-source' }] });
  });

  it('does not stop createAtlas', () => {
    expect(createAtlas(data as Dataset).isMember('AU')).toBe(true);
  });
});

describe('createAtlas and checked data', () => {
  it('does not check again what parseDataset has checked', () => {
    const parsed = schema.parseDataset(seedCopy());
    expect(isValidated(parsed)).toBe(true);
    expect(createAtlas(parsed).isMember('AU')).toBe(true);
    // Only what parseDataset returned, deep-frozen, counts as checked; a copy does not.
    expect(isValidated({ ...parsed })).toBe(false);
    expect(isValidated(seedCopy())).toBe(false);
  });

  it('skips the check when told the data is trusted, and answers from it as it is', () => {
    const data = broken((d) => {
      find(d.participations, 'nz-pillar-2-consultation-2024').citations = [];
    });
    expect(() => createAtlas(data as Dataset)).toThrow(DatasetError);
    expect(createAtlas(data as Dataset, { trusted: true }).statusOf('NZ').status).not.toBeNull();
  });

  it('checks a copy of parsed data that has been changed since', () => {
    const parsed = schema.parseDataset(seedCopy());
    const changed = {
      ...parsed,
      participations: parsed.participations.map((p) =>
        p.id === 'nz-pillar-2-consultation-2024' ? { ...p, pillar: 'pillar-two' } : p,
      ),
    };
    expect(() => createAtlas(changed)).toThrow(/Unknown pillar "pillar-two"/);
  });
});

describe('messages a person can act on', () => {
  const lines = (data: unknown) => schema.safeParseDataset(data).issues.map(formatIssue);

  it('reports a bad URL and a bad date once each', () => {
    const data = broken((d) => {
      d.sources[1].url = 'not a url';
      d.events[0].date = '2024-13-45';
    });
    expect(lines(data)).toEqual([
      'sources["hansard-2021-09-16-commons-aukus"].url: Expected an http(s) URL',
      'events["2021-09-15-aukus-announced"].date: Not a real calendar date',
    ]);
  });

  it('suggests the field meant by an unknown key, as one issue', () => {
    const data = broken((d) => {
      const spell = find(d.participations, 'au-member-2021');
      spell.sources = spell.citations;
      delete spell.citations;
    });
    expect(lines(data)).toEqual([
      'participations["au-member-2021"]: Unknown key "sources"; did you mean "citations"?',
    ]);
  });

  it('suggests the id or value meant', () => {
    expect(
      lines(
        broken((d) => {
          find(d.participations, 'nz-pillar-2-consultation-2024').country = 'New Zealand';
          find(d.participations, 'au-member-2021').status = 'Member';
        }),
      ),
    ).toEqual([
      'participations["au-member-2021"].status: Expected one of "member", "partner", "consultation", "interest-expressed", "floated", "ruled-out", got string "Member"; did you mean "member"?',
      'participations["nz-pillar-2-consultation-2024"].country: Expected an ISO 3166-1 alpha-2 code',
    ]);
    expect(
      lines(
        broken((d) => {
          find(d.participations, 'nz-pillar-2-consultation-2024').country = 'FR';
        }),
      ),
    ).toEqual([
      'participations["nz-pillar-2-consultation-2024"].country: Unknown country "FR"; add "FR" to countries, or fix the id',
    ]);
  });

  it('names a record by index where its id is not unique', () => {
    const data = broken((d) => {
      d.people.push({ ...d.people[0], name: '' });
    });
    expect(lines(data)[0]).toMatch(/^people\[\d+\]\.name: Expected a non-empty string/);
  });

  it('puts the most useful issues first in the thrown summary and keeps all in issues', () => {
    const data = broken((d) => {
      for (const spell of d.participations.slice(0, 6)) spell.pillar = 'pillar-9';
      const spell = find(d.participations, 'nz-pillar-2-consultation-2024');
      spell.sources = spell.citations;
      delete spell.citations;
    });
    const result = schema.safeParseDataset(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    const lots = broken((d) => {
      for (const spell of d.events.slice(0, 6)) spell.countries = ['XX'];
      d.people[0].nickname = 'Joe';
    });
    const error = (() => {
      try {
        schema.parseDataset(lots);
      } catch (e) {
        return e as DatasetError;
      }
      throw new Error('accepted');
    })();
    expect(error.issues).toHaveLength(7);
    expect(error.message.split('\n')[1]).toBe(
      '  people["joe-biden"]: Unknown key "nickname"; allowed: "id", "name"',
    );
    expect(error.message).toMatch(/…and 2 more, all in error.issues$/);
  });

  it('recognises a DatasetError from either entry', () => {
    const fromSchema = schema.safeParseDataset({});
    expect(fromSchema.success ? null : fromSchema.error).toBeInstanceOf(DatasetError);
    expect(atlasError(broken((d) => d.people.push({ ...d.people[0] })))).toBeInstanceOf(
      schema.DatasetError,
    );
    expect(new Error('x')).not.toBeInstanceOf(DatasetError);
  });
});

describe('checkDataset on data nothing has checked', () => {
  it('reports what it cannot read instead of crashing, keeping each index', () => {
    const raw = broken((d) => {
      d.participations.unshift(null);
      find(d.tenures, 'gb-hog-liz-truss').to = 'soon';
      d.partnerships[0].members = 'AU GB US';
      d.events[0].countries = 'JP';
      d.events[0].pillars = null;
      d.projects[0].participants = undefined;
      d.statements[0].citations = 'none';
    });
    const { issues } = checkDataset(raw as Dataset);
    expect(issues.map(formatIssue)).toEqual([
      'participations[0]: Expected a record (an object), got null',
      'tenures["gb-hog-liz-truss"].to: Expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "soon"',
    ]);
    expect(() => createAtlas(raw as Dataset)).toThrow(/got "soon"/);
  });

  it('reads a dataset without usable meta as having no snapshot', () => {
    const raw = broken((d) => {
      d.meta = 'none';
    });
    expect(checkDataset(raw as Dataset).issues).toEqual([]);
    expect(checkDataset(raw as Dataset, new Set(['meta', 'participations'])).issues).toEqual([]);
  });

  it('skips the collections it is told to, and then warns of no unused source', () => {
    const raw = broken((d) => {
      d.sources.push({ ...d.sources[0], id: 'never-cited' });
    });
    expect(checkDataset(raw as Dataset).warnings).toHaveLength(1);
    expect(checkDataset(raw as Dataset, new Set(['events'])).warnings).toEqual([]);
  });
});

describe('the seed id guards', () => {
  it('accept the seed ids only', () => {
    expect(isCountryId('AU')).toBe(true);
    expect(isCountryId('UK')).toBe(false);
    expect(isCountryId(36)).toBe(false);
    expect(isPillarId('pillar-1')).toBe(true);
    expect(isPillarId('Pillar 1')).toBe(false);
    expect(isPillarId(undefined)).toBe(false);
  });
});

describe('the record of checked datasets', () => {
  it('holds only frozen objects that parseDataset returned', () => {
    expect(isValidated(null)).toBe(false);
    expect(isValidated('dataset')).toBe(false);
    expect(isValidated(dataset)).toBe(false);
  });
});
