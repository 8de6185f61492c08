import { describe, expect, it } from 'vitest';
import { checkDataset, dataset, formatIssue, sources } from '../../src/index.js';
import { earliestDay, latestDay } from '../../src/internal/days.js';
import { parseDataset } from '../../src/schema/index.js';

const sourceById = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));

describe('the seed dataset', () => {
  it('passes its own validation', () => {
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
  });

  // The data rules (citations, official sources, overlaps, references, dates) live in one place,
  // checkDataset, which holds users' data to the same rules; unused sources must not occur here.
  it('passes every data rule, without a warning', () => {
    const { issues, warnings } = checkDataset(dataset);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([]);
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

  it('gives the reason for every partial date of a fact in the record’s note', () => {
    type Dated = readonly [string, { readonly note?: string }, readonly (string | undefined)[]];
    const dated: Dated[] = [
      ...dataset.events.map((r) => [`events/${r.id}`, r, [r.date]] as Dated),
      ...dataset.statements.map((r) => [`statements/${r.id}`, r, [r.date]] as Dated),
      ...dataset.participations.map((r) => [`participations/${r.id}`, r, [r.from, r.to]] as Dated),
      ...dataset.tenures.map((r) => [`tenures/${r.id}`, r, [r.from, r.to]] as Dated),
      ...dataset.projects.map((r) => [`projects/${r.id}`, r, [r.from, r.to]] as Dated),
    ];
    const partial = dated.filter(([, , dates]) =>
      dates.some((d) => d !== undefined && /^\d{4}(-\d{2})?$/.test(d)),
    );
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.filter(([, record]) => !record.note).map(([path]) => path)).toEqual([]);
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
