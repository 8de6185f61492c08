import { describe, expect, it } from 'vitest';
import {
  createAtlas,
  dataset,
  isMember,
  membersOf,
  pillarPartners,
  statusOf,
} from '../../src/index.js';
import { shift } from './helpers.js';

describe('statusOf', () => {
  it('answers the seed article: Japan under official consultation, not a member, on 2024-04-09', () => {
    const standing = statusOf('JP', { asOf: '2024-04-09', pillar: 'pillar-2' });
    expect(standing).toMatchObject({
      country: 'JP',
      asOf: '2024-04-09',
      pillar: 'pillar-2',
      status: 'consultation',
      claim: 'official',
      since: '2024-04-08',
      spell: 'jp-pillar-2-consultation-2024',
      scope: 'pillar-2',
    });
    expect(
      standing.citations.some((c) => c.quote?.includes('considering cooperation with Japan')),
    ).toBe(true);
    expect(isMember('JP', { asOf: '2024-04-09' })).toBe(false);
  });

  it('keeps the media claims that coexist with the deciding one', () => {
    const standing = statusOf('JP', { asOf: '2024-05-01', pillar: 'pillar-2' });
    expect(standing.reported.map((r) => [r.spell, r.status])).toEqual([
      ['jp-ruled-out-2024-albanese', 'ruled-out'],
      ['jp-pillar-2-floated-2024-politico', 'floated'],
    ]);
    expect(standing.reported[0]?.scope).toBe('partnership');
    expect(standing.reported[1]).toMatchObject({
      scope: 'pillar-2',
      since: '2024-03-19',
      until: '2025-07-23',
    });
  });

  it('lets a reported claim decide only when no official one holds', () => {
    const before = statusOf('CA', { asOf: '2024-09-16', pillar: 'pillar-2' });
    expect([before.status, before.claim]).toEqual(['interest-expressed', 'reported']);
    const after = statusOf('CA', { asOf: '2024-09-17', pillar: 'pillar-2' });
    expect([after.status, after.claim]).toEqual(['consultation', 'official']);
    expect(after.reported.map((r) => r.status)).toEqual(['ruled-out', 'interest-expressed']);
  });

  it.each([
    ['JP', 'pillar-2', '2024-04-08', 'consultation'],
    ['CA', 'pillar-2', '2024-09-17', 'consultation'],
    ['NZ', 'pillar-2', '2024-09-17', 'consultation'],
    ['KR', 'pillar-2', '2024-09-17', 'consultation'],
    ['KR', 'pillar-1', '2024-04-15', 'ruled-out'],
  ] as const)('starts %s %s %s exactly on %s', (country, pillar, from, status) => {
    const official = (asOf: string) => {
      const s = statusOf(country, { asOf, pillar });
      return s.claim === 'official' ? s.status : null;
    };
    expect(official(shift(from, -1))).not.toBe(status);
    expect(official(from)).toBe(status);
    expect(official(shift(from, 1))).toBe(status);
  });

  it('includes both ends of a closed spell', () => {
    // jp-ruled-out-2022-white-house runs 2022-04-13 .. 2024-04-07 (official, partnership-wide);
    // jp-floated-2022-sankei runs 2022-04-12 .. 2022-05-23 (reported, partnership-wide).
    const at = (asOf: string) => {
      const s = statusOf('JP', { asOf });
      return `${s.status} (${s.claim})`;
    };
    expect(at('2022-04-11')).toBe('null (null)');
    expect(at('2022-04-12')).toBe('floated (reported)');
    expect(at('2022-04-13')).toBe('ruled-out (official)');
    // Scope before claim: Japan's Pillar II float outranks the partnership-wide denial.
    expect(at('2024-04-07')).toBe('floated (reported)');
    expect(statusOf('JP', { asOf: '2024-04-07' }).scopes[0]).toMatchObject({
      scope: 'partnership',
      status: 'ruled-out',
      claim: 'official',
    });
    expect(at('2024-04-08')).toBe('consultation (official)');
    const reported = (asOf: string) => statusOf('JP', { asOf }).reported.map((r) => r.status);
    expect(reported('2022-05-23')).toEqual(['floated']);
    expect(reported('2022-05-24')).toEqual(['ruled-out']);
  });

  it('never rates India or Japan from the 2021 briefing whose headline the transcript contradicts', () => {
    for (const country of ['IN', 'JP'] as const) {
      for (const pillar of [undefined, 'pillar-1', 'pillar-2'] as const) {
        const standing = statusOf(country, { asOf: '2021-12-01', ...(pillar ? { pillar } : {}) });
        expect(standing.status).toBeNull();
        expect(standing.reported).toEqual([]);
      }
    }
    // India's first standing on Pillar II is RT's float of 2024-03-20.
    expect(statusOf('IN', { asOf: '2024-03-19', pillar: 'pillar-2' }).status).toBeNull();
    expect(statusOf('IN', { asOf: '2024-03-20', pillar: 'pillar-2' }).status).toBe('floated');
  });

  it('reads a partial start so that nothing is claimed before it is certain', () => {
    // A spell dated only by its month certainly holds from the last day of that month.
    const atlas = createAtlas({
      ...dataset,
      participations: dataset.participations.map((p) =>
        p.id === 'in-pillar-2-floated-2024-rt' ? { ...p, from: '2024-03' } : p,
      ),
    });
    expect(atlas.statusOf('IN', { asOf: '2024-03-30', pillar: 'pillar-2' }).status).toBeNull();
    expect(atlas.statusOf('IN', { asOf: '2024-03-31', pillar: 'pillar-2' }).status).toBe('floated');
  });

  it('says nothing is known before any spell, and for a country the data does not hold', () => {
    expect(statusOf('KR', { asOf: '2021-01-01' })).toMatchObject({
      status: null,
      claim: null,
      since: null,
      spell: null,
      citations: [],
      reported: [],
    });
    expect(statusOf('FR' as never).status).toBeNull();
    expect(isMember('FR' as never)).toBe(false);
  });

  it('defaults to the snapshot date, not the clock', () => {
    expect(statusOf('AU').asOf).toBe(dataset.meta.snapshotDate);
  });

  it('prefers a pillar spell over a partnership-wide one when a pillar is asked', () => {
    const pillar1 = statusOf('JP', { pillar: 'pillar-1' });
    expect([pillar1.status, pillar1.claim, pillar1.scope]).toEqual([
      'ruled-out',
      'official',
      'pillar-1',
    ]);
  });

  it('without a pillar, takes the strongest standing anywhere', () => {
    const japan = statusOf('JP');
    expect([japan.status, japan.scope]).toEqual(['consultation', 'pillar-2']);
  });

  it('reads a Date in UTC whatever the time of day', () => {
    const late = new Date(Date.UTC(2024, 3, 7, 23, 59, 59));
    const early = new Date(Date.UTC(2024, 3, 8, 0, 0, 0));
    expect(statusOf('JP', { asOf: late, pillar: 'pillar-2' }).status).toBe('floated');
    expect(statusOf('JP', { asOf: early, pillar: 'pillar-2' }).status).toBe('consultation');
  });
});

describe('isMember and membersOf', () => {
  it('follows the founding date', () => {
    expect(isMember('GB', { asOf: '2021-09-14' })).toBe(false);
    expect(isMember('GB', { asOf: '2021-09-15' })).toBe(true);
    expect(isMember('AU', { pillar: 'pillar-1' })).toBe(true);
    expect(membersOf({ asOf: '2021-09-14' })).toEqual([]);
    expect(membersOf()).toEqual(['AU', 'GB', 'US']);
  });

  it('never counts a non-member, on any pillar', () => {
    for (const country of ['JP', 'CA', 'NZ', 'KR', 'IN'] as const) {
      expect(isMember(country)).toBe(false);
      expect(isMember(country, { pillar: 'pillar-2' })).toBe(false);
    }
  });
});

describe('pillarPartners', () => {
  it('counts members and formal partners by default', () => {
    expect(pillarPartners('pillar-2', { asOf: '2024-10-01' }).map((p) => p.country)).toEqual([
      'AU',
      'GB',
      'US',
    ]);
  });

  it('adds the countries under official consultation', () => {
    const list = pillarPartners('pillar-2', { asOf: '2024-10-01', minStatus: 'consultation' });
    expect(list.map((p) => `${p.country}:${p.status}`)).toEqual([
      'AU:member',
      'CA:consultation',
      'GB:member',
      'JP:consultation',
      'KR:consultation',
      'NZ:consultation',
      'US:member',
    ]);
    expect(list.find((p) => p.country === 'CA')).toMatchObject({
      claim: 'official',
      since: '2024-09-17',
    });
  });

  it('counts reported claims only at floated', () => {
    const interest = pillarPartners('pillar-2', {
      asOf: '2024-06-01',
      minStatus: 'interest-expressed',
    });
    expect(interest.map((p) => p.country)).toEqual(['AU', 'GB', 'JP', 'US']);
    const floated = pillarPartners('pillar-2', { asOf: '2024-06-01', minStatus: 'floated' });
    expect(floated.map((p) => `${p.country}:${p.status}:${p.claim}`)).toEqual([
      'AU:member:official',
      'CA:interest-expressed:reported',
      'GB:member:official',
      'IN:floated:reported',
      'JP:consultation:official',
      'KR:interest-expressed:reported',
      'NZ:interest-expressed:reported',
      'US:member:official',
    ]);
  });

  it('keeps Pillar I trilateral', () => {
    expect(pillarPartners('pillar-1', { minStatus: 'floated' }).map((p) => p.country)).toEqual([
      'AU',
      'GB',
      'US',
    ]);
  });

  it('reports the end of a closed spell', () => {
    const [partner] = pillarPartners('pillar-2', {
      asOf: '2024-04-01',
      minStatus: 'floated',
    }).filter((p) => p.country === 'KR');
    expect(partner).toMatchObject({ status: 'floated', until: '2024-04-30' });
  });
});
