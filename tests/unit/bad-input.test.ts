import { describe, expect, it } from 'vitest';
import {
  capabilityAreas,
  changesBetween,
  countryHistory,
  getCountry,
  isMember,
  membersOf,
  officeHolder,
  pillarPartners,
  resolveCountry,
  statusOf,
  statusSpans,
  timeline,
  toCsv,
  toGraph,
  toRows,
} from '../../src/index.js';

const loose = <T extends (...args: never[]) => unknown>(fn: T) =>
  fn as unknown as (...args: unknown[]) => unknown;

describe('malformed input fails loudly, naming the value', () => {
  it.each([
    [42, TypeError, /country must be a country id such as 'JP', got 42/],
    [null, TypeError, /got null/],
    [undefined, TypeError, /got undefined/],
    ['', RangeError, /"" is not an ISO 3166-1 alpha-2 country id; use a code/],
    ['JPN', RangeError, /did you mean 'JP' \(Japan\)\?/],
    ['Japan', RangeError, /did you mean 'JP'/],
    ['jp', RangeError, /did you mean 'JP'/],
    ['??', RangeError, /"\?\?" is not an ISO 3166-1/],
  ])('country %j', (value, type, message) => {
    expect(() => loose(isMember)(value)).toThrow(type);
    expect(() => loose(statusOf)(value)).toThrow(message);
    expect(() => loose(countryHistory)(value)).toThrow(type);
    expect(() => loose(getCountry)(value)).toThrow(type);
  });

  it.each([
    [
      'UK',
      /"UK" is not an assigned ISO 3166-1 alpha-2 code; did you mean 'GB' \(United Kingdom\)\?/,
    ],
    ['EL', /did you mean 'GR' \(Greece\)\?/],
    ['TP', /did you mean 'TL' \(Timor-Leste\)\?/],
    ['XX', /"XX" is not an assigned ISO 3166-1 alpha-2 code; use a code such as 'JP'/],
    ['ZZ', /"ZZ" is not an assigned/],
    ['AA', /"AA" is not an assigned/],
  ])('unassigned code %j, in every helper that takes a country', (value, message) => {
    const calls: (() => unknown)[] = [
      () => loose(isMember)(value),
      () => loose(isMember)(value, { asOf: '2024-01-01' }),
      () => loose(statusOf)(value),
      () => loose(countryHistory)(value),
      () => loose(getCountry)(value),
      () => loose(officeHolder)(value, 'head-of-government'),
      () => loose(timeline)({ country: value }),
      () => loose(toRows)({ country: value }),
      () => loose(statusSpans)({ country: value }),
      () => loose(changesBetween)('2024-01-01', undefined, { country: value }),
    ];
    for (const call of calls) expect(call).toThrow(message);
    for (const call of calls) expect(call).toThrow(RangeError);
  });

  it('answers an assigned code the dataset does not hold, as documented', () => {
    expect(loose(isMember)('FR')).toBe(false);
    expect(loose(statusOf)('FR')).toMatchObject({ status: null, scope: null });
    expect(loose(countryHistory)('FR')).toEqual([]);
    expect(loose(getCountry)('FR')).toBeUndefined();
    expect(loose(officeHolder)('FR', 'head-of-government')).toBeUndefined();
    expect(loose(statusSpans)({ country: 'FR' })).toEqual([]);
  });

  it.each([
    ['2024-02-30', /"2024-02-30" is not a real calendar date/],
    ['2023-02-29', /not a real calendar date/],
    ['2024-13-01', /not a real calendar date/],
    ['2024-04', /is a partial date; queries need a day, e.g. '2024-04-01'/],
    ['2024', /e.g. '2024-01-01'/],
    ['9 April 2024', /is not a date; use 'YYYY-MM-DD'/],
    ['2024-4-9', /is not a date/],
    ['0000-01-01', /not a real calendar date/],
  ])('date %j', (value, message) => {
    expect(() => statusOf('JP', { asOf: value })).toThrow(RangeError);
    expect(() => statusOf('JP', { asOf: value })).toThrow(message);
  });

  it('accepts a leap day and rejects a missing one', () => {
    expect(statusOf('JP', { asOf: '2024-02-29' }).asOf).toBe('2024-02-29');
    expect(() => statusOf('JP', { asOf: '2025-02-29' })).toThrow(RangeError);
  });

  it('rejects Dates holding NaN and non-date values', () => {
    expect(() => statusOf('JP', { asOf: new Date(Number.NaN) })).toThrow(/Invalid Date/);
    expect(() => loose(statusOf)('JP', { asOf: 20240409 })).toThrow(TypeError);
    expect(() => loose(statusOf)('JP', { asOf: {} })).toThrow(/got an object/);
  });

  it('refuses dates after the snapshot instead of guessing', () => {
    expect(() => isMember('AU', { asOf: '2026-06-23' })).toThrow(
      /after the dataset's snapshot 2026-06-22/,
    );
    expect(() => isMember('AU', { asOf: new Date(Date.UTC(2030, 0, 1)) })).toThrow(RangeError);
  });

  it.each([
    ['pillar-3', RangeError, /unknown pillar "pillar-3"; accepted: 'pillar-1', 'pillar-2'/],
    ['2', RangeError, /did you mean 'pillar-2'/],
    ['Pillar 1', RangeError, /did you mean 'pillar-1'/],
    [2, TypeError, /did you mean 'pillar-2'/],
    [null, TypeError, /unknown pillar null/],
  ])('pillar %j', (value, type, message) => {
    expect(() => loose(pillarPartners)(value)).toThrow(type);
    expect(() => loose(statusOf)('JP', { pillar: value })).toThrow(message);
    expect(() => loose(capabilityAreas)(value)).toThrow(type);
  });

  it('rejects statuses off the ladder', () => {
    expect(() => loose(pillarPartners)('pillar-2', { minStatus: 'ruled-out' })).toThrow(
      /not on the ladder/,
    );
    expect(() => loose(pillarPartners)('pillar-2', { minStatus: 'MEMBER' })).toThrow(RangeError);
    expect(() => loose(toGraph)({ minStatus: 'x' })).toThrow(RangeError);
  });

  it('rejects unknown and misspelt options', () => {
    expect(() => loose(statusOf)('JP', { asof: '2024-01-01' })).toThrow(/did you mean 'asOf'/);
    expect(() => loose(membersOf)({ pillar: 'pillar-1' })).toThrow(/accepted: asOf/);
    expect(() => loose(timeline)('2024')).toThrow(/options must be an object, got "2024"/);
    expect(() => loose(timeline)([])).toThrow(/got an array/);
    expect(() => loose(toGraph)({ include: ['events'] })).toThrow(/include accepts only/);
  });

  it('rejects ranges that end before they start', () => {
    expect(() => timeline({ from: '2024-02-01', to: '2024-01-01' })).toThrow(
      /after to 2024-01-01; swap them/,
    );
    expect(() => changesBetween('2024-02-01', '2024-01-01')).toThrow(/swap them/);
    expect(() => changesBetween('2025-01-01', '2027-01-01')).toThrow(
      /after the dataset's snapshot/,
    );
  });

  it('rejects an unknown office, event kind or claim', () => {
    expect(() => loose(officeHolder)('US', 'president')).toThrow(/unknown role "president"/);
    expect(() => loose(timeline)({ kind: 'treaty' })).toThrow(/unknown kind "treaty"/);
    expect(() => loose(toRows)({ claim: 'rumour' })).toThrow(/unknown claim/);
  });

  it('rejects non-strings in resolveCountry and objects in CSV cells', () => {
    expect(() => loose(resolveCountry)(36)).toThrow(/takes a string, got 36/);
    expect(() => loose(toCsv)('rows')).toThrow(TypeError);
    expect(() => toCsv([{ list: ['a'] as unknown as string }])).toThrow(
      /join arrays into a string first/,
    );
  });

  it('describes odd values compactly', () => {
    expect(() => loose(isMember)(Symbol('x'))).toThrow(/got Symbol\(x\)/);
    expect(() => loose(isMember)(10n)).toThrow(/got 10n/);
    expect(() => loose(isMember)(() => 1)).toThrow(/got a function/);
    expect(() => loose(isMember)(new Date(0))).toThrow(/got a Date/);
    expect(() => isMember('x'.repeat(100) as never)).toThrow(/…"/);
  });
});
