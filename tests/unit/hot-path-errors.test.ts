import { describe, expect, it } from 'vitest';
import { createAtlas, dataset, isMember, statusOf } from '../../src/index.js';

// isMember answers a dated question by its own short path, for speed: it must refuse exactly
// what statusOf refuses, with the same error, in the same order (the country first, then the
// options, then the date, then the pillar).
const loose = <T extends (...args: never[]) => unknown>(fn: T) =>
  fn as unknown as (...args: unknown[]) => unknown;

/** The error a call throws, as class and message (with the helper's own name taken out). */
function failure(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const { name, message } = error as Error;
    return `${name}: ${message.replaceAll(/isMember|statusOf/g, '<helper>')}`;
  }
  return 'no error';
}

const countries: unknown[] = ['AU', 'FR', 'ZZ', 'UK', 'jp', 'Japan', '', 42, null, undefined];
const inherited = Object.create({ asof: '2024-01-01' }) as object;
const options: unknown[] = [
  undefined,
  null,
  'asOf',
  [],
  {},
  inherited,
  { asOf: '2024-04-09' },
  { asOf: '2024-13-01' },
  { asOf: '2025-02-29' },
  { asOf: '2024-04' },
  { asOf: '2024' },
  { asOf: '24-04-09' },
  { asOf: ' 2024-04-09' },
  { asOf: 20240409 },
  { asOf: {} },
  { asOf: new Date(Number.NaN) },
  { asOf: new Date(Date.UTC(2024, 3, 9, 23)) },
  { asOf: '2099-01-01' },
  { asOf: undefined },
  { pillar: 'pillar-2' },
  { pillar: 'pillar-3' },
  { pillar: 2 },
  { asOf: '2024-04-09', pillar: 'pillar-9' },
  { asOf: '2099-01-01', pillar: 'pillar-9' },
  { asOf: 'soon', pillar: 'pillar-9' },
  { asof: '2024-04-09' },
  { asOf: '2024-04-09', colour: 'red' },
  { asOf: '2024-13-01', colour: 'red' },
  { asOf: '2024-04-09', knownAt: '2024-01-01' },
  { asOf: '2024-04-09', knownAt: '2024-04' },
  { knownAt: '2024-04-09', pillar: 'pillar-9' },
];

describe('isMember refuses what statusOf refuses, with the same error', () => {
  const atlas = createAtlas(dataset);
  it.each(countries.map((c) => [c]))('country %j, with every kind of options', (country) => {
    for (const option of options) {
      const expected = failure(() => loose(statusOf)(country, option));
      expect(failure(() => loose(isMember)(country, option))).toBe(expected);
      expect(failure(() => loose(atlas.isMember)(country, option))).toBe(expected);
      expect(failure(() => loose(atlas.statusOf)(country, option))).toBe(expected);
    }
  });

  it('names each problem as before', () => {
    expect(failure(() => loose(isMember)('AU', { asOf: '2024-13-01' }))).toBe(
      'RangeError: aukus: asOf "2024-13-01" is not a real calendar date',
    );
    expect(failure(() => loose(isMember)('AU', { asOf: '2024-04' }))).toBe(
      `RangeError: aukus: asOf "2024-04" is a partial date; queries need a day, e.g. '2024-04-01'`,
    );
    expect(failure(() => loose(isMember)('AU', { asOf: 20240409 }))).toBe(
      `TypeError: aukus: asOf must be a Date or a 'YYYY-MM-DD' string, got 20240409`,
    );
    expect(failure(() => loose(isMember)('AU', { asOf: '2099-01-01' }))).toBe(
      `RangeError: aukus: asOf 2099-01-01 is after the dataset's snapshot ${dataset.meta.snapshotDate}; nothing is known after it`,
    );
    expect(failure(() => loose(isMember)('AU', { asof: '2024-01-01' }))).toBe(
      `TypeError: aukus: <helper> has no option "asof"; did you mean 'asOf'?`,
    );
    expect(failure(() => loose(isMember)('AU', 'asOf'))).toBe(
      'TypeError: aukus: <helper> options must be an object, got "asOf"',
    );
    expect(failure(() => loose(isMember)('UK', { asOf: 'soon' }))).toMatch(
      /^RangeError: aukus: country "UK" is not an assigned ISO 3166-1 alpha-2 code; did you mean 'GB'/,
    );
    expect(failure(() => loose(isMember)('AU', { asOf: 'soon', pillar: 'pillar-9' }))).toBe(
      `RangeError: aukus: asOf "soon" is not a date; use 'YYYY-MM-DD', e.g. '2024-04-09'`,
    );
    expect(failure(() => loose(isMember)('AU', { asOf: '2024-04-09', pillar: 'pillar-9' }))).toBe(
      `RangeError: aukus: unknown pillar "pillar-9"; accepted: 'pillar-1', 'pillar-2'`,
    );
  });
});

describe('isMember answers what statusOf answers, whatever the path taken', () => {
  it('with and without a date, a pillar or knownAt', () => {
    const ids = [...dataset.countries.map((c) => c.id), 'FR'];
    const asked: Record<string, unknown>[] = [];
    for (const pillar of [undefined, 'pillar-1', 'pillar-2']) {
      for (const asOf of [undefined, '2021-09-14', '2021-09-15', new Date(Date.UTC(2024, 3, 9))]) {
        for (const knownAt of [undefined, '2021-09-15', '2024-04-09']) {
          if (asOf !== undefined && knownAt !== undefined && String(asOf) > knownAt) continue;
          asked.push({
            ...(asOf === undefined ? {} : { asOf }),
            ...(pillar === undefined ? {} : { pillar }),
            ...(knownAt === undefined ? {} : { knownAt }),
          });
        }
      }
    }
    for (const country of ids) {
      expect(loose(isMember)(country)).toBe(
        (loose(statusOf)(country) as { status: string }).status === 'member',
      );
      for (const options of asked) {
        const standing = loose(statusOf)(country, options) as { status: string };
        expect([country, options, loose(isMember)(country, options)]).toEqual([
          country,
          options,
          standing.status === 'member',
        ]);
      }
    }
  });
});

describe('a country id the dataset itself declares', () => {
  it('is accepted on every path, before and after the index is built', () => {
    const own = createAtlas({
      ...dataset,
      countries: [
        ...dataset.countries,
        { id: 'QZ', alpha3: 'QZZ', numeric: '999', name: 'Quartz', aliases: [] },
      ],
      participations: [
        ...dataset.participations,
        {
          id: 'qz-member-2024',
          country: 'QZ',
          status: 'member',
          claim: 'official',
          from: '2024-01-01',
          to: '2024-12-31',
          citations: [{ source: dataset.sources[0]?.id as string }],
        },
      ],
    });
    const ask = loose(own.isMember);
    expect(ask('QZ', { asOf: '2024-06-01' })).toBe(true);
    expect(ask('QZ', { asOf: '2025-06-01' })).toBe(false);
    expect(ask('QZ')).toBe(false);
    expect(ask('QZ', { asOf: '2024-06-01', pillar: 'pillar-2' })).toBe(true);
    expect(ask('FR', { asOf: '2024-06-01' })).toBe(false);
    expect(failure(() => ask('QY', { asOf: '2024-06-01' }))).toBe(
      failure(() => loose(own.statusOf)('QY', { asOf: '2024-06-01' })),
    );
    expect(failure(() => ask('QY', { asOf: '2024-06-01' }))).toMatch(/"QY" is not an assigned/);
    expect(failure(() => ask('QZ', { asOf: '2024-06-01', colour: 1 }))).toMatch(/no option/);
  });

  // Trusted data skips the dataset's checks; the short paths and the stretches kept between
  // questions must still give what a fresh atlas gives to the question asked alone.
  it('agrees with statusOf on trusted data the checks would refuse, in any order', () => {
    const source = dataset.sources[0]?.id as string;
    const data = {
      ...dataset,
      countries: [
        ...dataset.countries,
        { id: 5, alpha3: 'NUM', numeric: '998', name: 'Numeric', aliases: [] },
      ],
      participations: [
        ...dataset.participations,
        // An empty pillar is read as the whole partnership, as the index reads it.
        {
          id: 'fr-member-2022',
          country: 'FR',
          status: 'member',
          claim: 'official',
          pillar: '',
          from: '2022-01-01',
          citations: [{ source }],
        },
      ],
    } as unknown as Parameters<typeof createAtlas>[0];
    const shared = createAtlas(data, { trusted: true });
    for (const asOf of ['2021-12-31', '2022-01-01', '2023-01-01']) {
      for (const pillar of [undefined, 'pillar-1', 'pillar-2']) {
        const question = pillar === undefined ? { asOf } : { asOf, pillar };
        const alone = loose(createAtlas(data, { trusted: true }).statusOf)('FR', question);
        const { status } = alone as { status: string | null };
        expect(status, `${asOf} ${pillar}`).toBe(asOf === '2021-12-31' ? null : 'member');
        expect(loose(shared.statusOf)('FR', question), `${asOf} ${pillar}`).toEqual(alone);
        expect(loose(shared.isMember)('FR', question), `${asOf} ${pillar}`).toBe(
          status === 'member',
        );
      }
    }
    // A declared id that is not a string is refused every time, before and after the first
    // question builds the short path's lookup.
    const ask = loose(shared.isMember);
    for (const question of [undefined, { asOf: '2023-01-01' }, undefined]) {
      expect(failure(() => ask(5, question))).toMatch(/^TypeError: aukus: country must be/);
      expect(ask('AU', question)).toBe(true);
    }
  });
});
