import { describe, expect, it } from 'vitest';
import { dataset, sources } from '../../src/index.js';
import { earliestDay, latestDay } from '../../src/internal/days.js';
import type { Citation } from '../../src/model/citation.js';
import { parseDataset } from '../../src/schema/index.js';

type Cited = { readonly id?: string; readonly citations: readonly Citation[] };

const citedRecords: [string, Cited][] = [
  ...dataset.partnerships.map((r) => [`partnerships/${r.id}`, r] as [string, Cited]),
  ...dataset.pillars.map((r) => [`pillars/${r.id}`, r] as [string, Cited]),
  ...dataset.pillars.flatMap((p) =>
    p.names.map((n) => [`pillars/${p.id}/names/${n.name}`, n] as [string, Cited]),
  ),
  ...dataset.capabilityAreas.map((r) => [`capabilityAreas/${r.id}`, r] as [string, Cited]),
  ...dataset.projects.map((r) => [`projects/${r.id}`, r] as [string, Cited]),
  ...dataset.participations.map((r) => [`participations/${r.id}`, r] as [string, Cited]),
  ...dataset.events.map((r) => [`events/${r.id}`, r] as [string, Cited]),
  ...dataset.statements.map((r) => [`statements/${r.id}`, r] as [string, Cited]),
  ...dataset.tenures.map((r) => [`tenures/${r.id}`, r] as [string, Cited]),
];
const sourceById = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));

describe('the seed dataset', () => {
  it('passes its own validation', () => {
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
  });

  it('cites at least one source on every record', () => {
    const uncited = citedRecords
      .filter(([, record]) => record.citations.length === 0)
      .map(([path]) => path);
    expect(uncited).toEqual([]);
  });

  it('backs every official claim with an official source', () => {
    const weak = dataset.participations
      .filter((p) => p.claim === 'official')
      .filter((p) => !p.citations.some((c) => sourceById.get(c.source)?.official === true))
      .map((p) => p.id);
    expect(weak).toEqual([]);
  });

  it('uses every source it lists', () => {
    const used = new Set(
      JSON.stringify(dataset)
        .match(/"source":"[^"]+"/g)
        ?.map((m) => m.slice(10, -1)),
    );
    expect(sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps ISO codes unique and well-formed', () => {
    for (const key of ['id', 'alpha3', 'numeric'] as const) {
      const values = dataset.countries.map((c) => c[key]);
      expect(new Set(values).size).toBe(values.length);
    }
    for (const c of dataset.countries) {
      expect(c.id).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
    }
  });

  it('takes its snapshot date from its latest fact', () => {
    const dates = [
      ...dataset.events.map((e) => e.date),
      ...dataset.participations.flatMap((p) => [p.from, ...(p.to ? [p.to] : [])]),
      ...dataset.statements.map((s) => s.date),
    ];
    const latest = Math.max(...dates.map(latestDay));
    expect(latest).toBe(earliestDay(dataset.meta.snapshotDate));
    expect(dataset.meta.snapshotDate).toBe('2026-06-22');
  });

  it('versions the data with the package', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(dataset.meta.version).toBe(pkg.version);
  });

  it('records AUKUS as announced on 2021-09-15 by exactly AU, GB and US', () => {
    const [aukus] = dataset.partnerships;
    expect(aukus?.established).toBe('2021-09-15');
    expect(aukus?.members).toEqual(['AU', 'GB', 'US']);
    const memberSpells = dataset.participations.filter((p) => p.status === 'member');
    expect(memberSpells.map((p) => [p.country, p.from, p.claim])).toEqual([
      ['AU', '2021-09-15', 'official'],
      ['GB', '2021-09-15', 'official'],
      ['US', '2021-09-15', 'official'],
    ]);
  });

  it('names all eight Pillar II areas, four from 2021 and four from 2022', () => {
    const areas = dataset.capabilityAreas;
    expect(areas).toHaveLength(8);
    expect(areas.filter((a) => a.introduced === '2021-09-15')).toHaveLength(4);
    expect(areas.filter((a) => a.introduced === '2022-04-05')).toHaveLength(4);
  });

  it('records India only as floated in RT’s retelling, citing RT', () => {
    const india = dataset.participations.filter(
      (p) => p.country === 'IN' && p.status === 'floated',
    );
    expect(india).toHaveLength(1);
    expect(india[0]?.claim).toBe('reported');
    expect(
      india[0]?.citations.every((c) => sourceById.get(c.source)?.publisher.startsWith('RT')),
    ).toBe(true);
  });

  it('records the projects-based shift of 2025 as an event with its confidence', () => {
    const shift = dataset.events.find((e) => e.id === '2025-06-06-projects-based-model');
    expect(shift?.confidence).toBe('media-only');
  });

  it('covers every heading of the seed article with a dated quote', () => {
    const texts = dataset.statements.map((s) => `${s.date} ${s.speaker ?? s.issuer}`);
    expect(texts).toContain('2024-04-08 AUKUS defence ministers');
    expect(texts).toContain('2024-04-09 anthony-albanese');
    expect(texts).toContain('2024-04-10 joe-biden');
    expect(texts).toContain('2024-04-10 fumio-kishida');
  });
});
