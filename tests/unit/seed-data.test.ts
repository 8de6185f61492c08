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

// A partial date ('2024-11', '2023') is kept only where no source gives the day, and the record
// says why in `note`. The pattern accepts the wordings the data uses for that reason.
const PARTIAL = /^\d{4}(-\d{2})?$/;
const DATE_FIELDS = ['date', 'from', 'to', 'published', 'introduced', 'established'] as const;
const REASON =
  /only the (month|year)|\bundated\b|(month|year) is inferred|\b(gives?|says?) only\b|gives? no (day|date)|no page read gives|(day|days)\b[^.]* not (given|confirmed|found|read)|not (give|confirm)[^.]*\bday/i;

describe('partial dates', () => {
  const records = Object.entries(dataset).flatMap(([collection, value]) =>
    Array.isArray(value)
      ? (value as { id?: string; note?: string; [key: string]: unknown }[]).map((record) => ({
          collection,
          record,
        }))
      : [],
  );
  const partial = records.flatMap(({ collection, record }) =>
    DATE_FIELDS.filter(
      (field) => typeof record[field] === 'string' && PARTIAL.test(record[field] as string),
    ).map((field) => ({
      where: `${collection}/${record.id ?? '?'}.${field} = ${String(record[field])}`,
      note: record.note,
    })),
  );

  it('are listed, each with its reason in the note', () => {
    // The list a reviewer reads: every record dated only to a month or a year.
    expect(partial.length).toBeGreaterThan(0);
    const unexplained = partial.filter((p) => p.note === undefined || !REASON.test(p.note));
    expect(unexplained.map((p) => p.where)).toEqual([]);
  });
});

describe('headlines are not claims', () => {
  const sourceOfficial = (id: string) => sourceById.get(id)?.official === true;

  it('rates an event primary only when an official source is cited', () => {
    const weak = dataset.events
      .filter((e) => e.confidence === 'primary')
      .filter((e) => !e.citations.some((c) => sourceOfficial(c.source)))
      .map((e) => e.id);
    expect(weak).toEqual([]);
  });

  it('keeps a media-only fact as a report event', () => {
    const misfiled = dataset.events
      .filter((e) => e.confidence === 'media-only' && e.kind !== 'report')
      .map((e) => `${e.id} (${e.kind})`);
    expect(misfiled).toEqual([]);
  });

  it('says in every report event what the primary text says, or that none was found', () => {
    const silent = dataset.events
      .filter((e) => e.kind === 'report' && (e.note === undefined || e.note.length === 0))
      .map((e) => e.id);
    expect(silent).toEqual([]);
  });

  it('keeps the 2021 "rules out" headline as a report beside the transcript', () => {
    const headline = dataset.events.find(
      (e) => e.id === '2021-09-23-report-us-rules-out-india-japan',
    );
    expect(headline?.kind).toBe('report');
    expect(headline?.citations.some((c) => c.source === 'wh-2021-09-22-psaki-press-briefing')).toBe(
      true,
    );
    expect(
      dataset.participations.filter(
        (p) => (p.country === 'IN' || p.country === 'JP') && p.from.startsWith('2021'),
      ),
    ).toEqual([]);
  });
});
