import { describe, expect, it } from 'vitest';
import {
  capabilityAreas,
  changesBetween,
  countryHistory,
  createAtlas,
  dataset,
  getCountry,
  officeHolder,
  resolveCountry,
  statusOf,
  timeline,
} from '../../src/index.js';
import { days } from './helpers.js';

describe('countryHistory', () => {
  it('lists every spell of a country in date order', () => {
    expect(countryHistory('KR').map((s) => `${s.from} ${s.status} ${s.claim}`)).toEqual([
      '2024-03-19 floated reported',
      '2024-04-15 ruled-out official',
      '2024-05-01 interest-expressed reported',
      '2024-09-17 consultation official',
    ]);
  });

  it('is empty for a country without spells', () => {
    expect(countryHistory('FR' as never)).toEqual([]);
  });
});

describe('timeline', () => {
  it('sorts every event by date', () => {
    const all = timeline();
    expect(all).toHaveLength(dataset.events.length);
    expect(all[0]?.id).toBe('2021-09-15-aukus-announced');
    expect(all.at(-1)?.id).toBe('2026-06-22-starmer-to-step-down');
  });

  it('narrows by dates, country, pillar and kind', () => {
    expect(
      timeline({ country: 'JP', from: '2024-04-01', to: '2024-04-30' }).map((e) => e.id),
    ).toEqual([
      '2024-04-03-emanuel-wsj-op-ed',
      '2024-04-08-defence-ministers-consider-japan',
      '2024-04-09-albanese-no-expansion',
      '2024-04-10-biden-kishida-press-conference',
      '2024-04-15-aukus-update-hcws404',
    ]);
    expect(timeline({ kind: 'legislation' }).map((e) => e.id)).toEqual([
      '2023-12-22-ndaa-submarine-transfer',
      '2024-09-01-itar-exemption-effective',
      '2024-naval-nuclear-power-safety-act',
      '2025-12-18-fy2026-ndaa-signed',
    ]);
    expect(
      timeline({ pillar: 'pillar-2', from: '2025-01-01' }).every((e) =>
        e.pillars.includes('pillar-2'),
      ),
    ).toBe(true);
  });

  it('includes a partially dated event when any of its days is in range', () => {
    // Both are dated only to October 2024, so they show on any day of that month.
    expect(timeline({ from: '2024-10-01', to: '2024-10-01' }).map((e) => e.id)).toEqual([
      '2024-10-japan-observes-autonomous-warrior',
      '2024-naval-nuclear-power-safety-act',
    ]);
    expect(timeline({ from: '2024-11-01', to: '2024-11-17' })).toEqual([]);
    expect(timeline({ from: '2025-01-01', to: '2025-01-31' })).toEqual([]);
  });
});

describe('capabilityAreas', () => {
  it('grows from four areas to eight', () => {
    expect(capabilityAreas('pillar-2', { asOf: '2021-09-14' })).toEqual([]);
    expect(capabilityAreas('pillar-2', { asOf: '2021-12-31' }).map((a) => a.id)).toEqual([
      'undersea-capabilities',
      'quantum-technologies',
      'artificial-intelligence-and-autonomy',
      'advanced-cyber',
    ]);
    expect(capabilityAreas('pillar-2')).toHaveLength(8);
    expect(capabilityAreas('pillar-1')).toEqual([]);
  });
});

describe('officeHolder', () => {
  it('names a head of government of AU, GB, US and JP on every day covered', () => {
    const missing: string[] = [];
    for (const day of days('2021-09-15', dataset.meta.snapshotDate)) {
      for (const country of ['AU', 'GB', 'US', 'JP'] as const) {
        if (officeHolder(country, 'head-of-government', { asOf: day }) === undefined) {
          missing.push(`${country} ${day}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives the US President both head roles', () => {
    expect(officeHolder('US', 'head-of-state', { asOf: '2024-04-10' })?.name).toBe('Joe Biden');
    expect(officeHolder('US', 'head-of-government', { asOf: '2025-06-01' })?.name).toBe(
      'Donald Trump',
    );
  });

  it('returns the incoming holder on a handover day', () => {
    expect(officeHolder('GB', 'head-of-government', { asOf: '2022-09-05' })?.name).toBe(
      'Boris Johnson',
    );
    expect(officeHolder('GB', 'head-of-government', { asOf: '2022-09-06' })?.name).toBe(
      'Liz Truss',
    );
    expect(officeHolder('JP', 'head-of-government', { asOf: '2024-10-01' })).toMatchObject({
      name: 'Shigeru Ishiba',
      since: '2024-10-01',
      until: '2025-10-21',
    });
  });

  it('answers nothing where the sources do not attest anyone', () => {
    expect(officeHolder('AU', 'head-of-state')).toBeUndefined();
    // Dutton is attested only until 2021-11-22, and Marles is sworn in to Defence on 2022-06-01.
    expect(officeHolder('AU', 'defence-minister', { asOf: '2022-05-25' })).toBeUndefined();
    expect(officeHolder('AU', 'defence-minister', { asOf: '2022-06-01' })?.name).toBe(
      'Richard Marles',
    );
  });

  it('hands over on the day the successor took office', () => {
    expect(officeHolder('GB', 'defence-minister', { asOf: '2024-07-04' })?.name).toBe(
      'Grant Shapps',
    );
    expect(officeHolder('GB', 'defence-minister', { asOf: '2024-07-05' })?.name).toBe(
      'John Healey',
    );
    expect(officeHolder('US', 'defence-minister', { asOf: '2025-01-20' })?.name).toBe(
      'Robert Salesses',
    );
    expect(officeHolder('US', 'defence-minister', { asOf: '2025-01-19' })?.name).toBe(
      'Lloyd J. Austin III',
    );
    expect(officeHolder('GB', 'head-of-government', { asOf: '2019-07-24' })?.name).toBe(
      'Boris Johnson',
    );
  });
});

describe('changesBetween', () => {
  it('lists the consultations of 2024-09-17', () => {
    const changes = changesBetween('2024-09-16', '2024-09-17').filter(
      (c) => c.scope === 'pillar-2',
    );
    expect(changes.map((c) => `${c.country}: ${c.from?.status} -> ${c.to?.status}`)).toEqual([
      'CA: interest-expressed -> consultation',
      'KR: interest-expressed -> consultation',
      'NZ: interest-expressed -> consultation',
    ]);
    expect(changes[0]).toMatchObject({
      date: '2024-09-17',
      spell: 'ca-pillar-2-consultation-2024',
    });
  });

  it('reports a standing that ends into nothing known', () => {
    const atlas = createAtlas({
      ...dataset,
      countries: [
        ...dataset.countries,
        { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] },
      ],
      participations: [
        {
          id: 'fr-floated',
          country: 'FR',
          status: 'floated',
          claim: 'reported',
          from: '2022-01-01',
          to: '2022-01-31',
          citations: [{ source: 'politico-2024-03-19-race-to-expand' }],
        },
      ],
    });
    const changes = atlas.changesBetween('2021-12-31', '2022-02-01');
    // A partnership-wide spell changes one scope: it is listed once, never echoed per pillar.
    expect(changes.map((c) => c.scope)).toEqual(['partnership', 'partnership']);
    expect(changes.map((c) => [c.date, c.from, c.to])).toEqual([
      ['2022-01-01', null, { status: 'floated', claim: 'reported' }],
      ['2022-02-01', { status: 'floated', claim: 'reported' }, null],
    ]);
  });

  it('replays to the standing at the end, combined by scope before claim', () => {
    const from = '2021-01-01';
    const to = dataset.meta.snapshotDate;
    const changes = changesBetween(from, to);
    for (const country of ['JP', 'CA', 'NZ', 'KR', 'IN', 'AU'] as const) {
      const last = (scope: string) =>
        changes.filter((c) => c.country === country && c.scope === scope).at(-1)?.to ?? null;
      for (const pillar of ['pillar-1', 'pillar-2'] as const) {
        const end = statusOf(country, { asOf: to, pillar });
        expect(end.status).toBe((last(pillar) ?? last('partnership'))?.status ?? null);
      }
    }
  });
});

describe('getCountry and resolveCountry', () => {
  it('finds countries by code, name and alias', () => {
    expect(getCountry('KR')?.name).toBe('Republic of Korea');
    expect(getCountry('FR' as never)).toBeUndefined();
    expect(resolveCountry('UK')?.id).toBe('GB');
    expect(resolveCountry('  south   KOREA ')?.id).toBe('KR');
    expect(resolveCountry('Republic of Korea')?.id).toBe('KR');
    expect(resolveCountry('KOR')?.id).toBe('KR');
    expect(resolveCountry('036')?.id).toBe('AU');
    expect(resolveCountry('jp')?.id).toBe('JP');
    expect(resolveCountry('Atlantis')).toBeUndefined();
    expect(resolveCountry('')).toBeUndefined();
  });
});

describe('createAtlas', () => {
  const extended = {
    ...dataset,
    countries: [
      ...dataset.countries,
      { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: ['French Republic'] },
    ],
    participations: [
      ...dataset.participations,
      {
        id: 'fr-pillar-2-floated',
        country: 'FR',
        pillar: 'pillar-2',
        status: 'floated',
        claim: 'reported',
        from: '2025-12-01',
        citations: [{ source: 'politico-2024-03-19-race-to-expand' }],
      },
    ],
  } as const;

  it('answers over a custom dataset', () => {
    const atlas = createAtlas(extended);
    expect(atlas.statusOf('FR', { pillar: 'pillar-2' }).status).toBe('floated');
    expect(atlas.isMember('FR')).toBe(false);
    expect(
      atlas.pillarPartners('pillar-2', { minStatus: 'floated' }).map((p) => p.country),
    ).toContain('FR');
    expect(atlas.membersOf()).toEqual(['AU', 'GB', 'US']);
    expect(atlas.countryHistory('FR')).toHaveLength(1);
    expect(atlas.resolveCountry('French Republic')?.id).toBe('FR');
    expect(atlas.getCountry('FR')?.numeric).toBe('250');
    expect(atlas.timeline({ kind: 'review' })).toHaveLength(4);
    expect(atlas.capabilityAreas('pillar-2')).toHaveLength(8);
    expect(atlas.officeHolder('JP', 'head-of-government')?.name).toBe('Sanae Takaichi');
    expect(
      atlas.changesBetween('2025-11-30', '2025-12-01').map((c) => `${c.country} ${c.scope}`),
    ).toEqual(['FR pillar-2']);
    expect(atlas.toGraph({ minStatus: 'floated' }).nodes.some((n) => n.id === 'country:FR')).toBe(
      true,
    );
    expect(atlas.toRows({ country: 'FR' })).toHaveLength(1);
    expect(atlas.toTimelineItems({ kind: 'review' })).toHaveLength(4);
    expect(atlas.toDot()).toContain('digraph');
    expect(atlas.toMermaid()).toContain('flowchart LR');
    expect(atlas.toDataPackage().files.length).toBeGreaterThan(5);
    expect(atlas.toGexf()).toContain('<edge id="country:FR->pillar:pillar-2"');
  });

  it('works on its own frozen copy', () => {
    const mine = JSON.parse(JSON.stringify(extended));
    const atlas = createAtlas(mine);
    mine.participations.length = 0;
    expect(atlas.statusOf('FR', { pillar: 'pillar-2' }).status).toBe('floated');
    expect(Object.isFrozen(atlas.dataset.participations)).toBe(true);
    expect(Object.isFrozen(mine.participations)).toBe(false);
  });

  it('refuses something that is not a dataset', () => {
    expect(() => createAtlas(null as never)).toThrow(TypeError);
    expect(() => createAtlas({ meta: dataset.meta } as never)).toThrow(
      /needs a dataset with 'sources' \(an array\)/,
    );
    expect(() => createAtlas({ ...dataset, meta: null } as never)).toThrow(
      /needs a dataset with 'meta', got an object/,
    );
  });

  it('narrows text to its own ids', () => {
    const atlas = createAtlas(extended);
    const text: string = 'FR';
    expect(atlas.isCountryId(text) && atlas.isMember(text)).toBe(false);
    expect(atlas.isCountryId('FR')).toBe(true);
    expect(atlas.isCountryId('DE')).toBe(false);
    expect(atlas.isPillarId('pillar-2')).toBe(true);
    expect(atlas.isPillarId('pillar-3')).toBe(false);
    expect(atlas.isPillarId(2)).toBe(false);
  });

  it('rebuilds its index when the snapshot differs', () => {
    const later = createAtlas({
      ...dataset,
      meta: { ...dataset.meta, snapshotDate: '2026-12-31' },
    });
    expect(later.statusOf('JP', { asOf: '2026-12-31', pillar: 'pillar-2' }).status).toBe(
      'consultation',
    );
  });
});
