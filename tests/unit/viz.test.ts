import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  createAtlas,
  dataset,
  participations,
  toCsv,
  toDataPackage,
  toDot,
  toGraph,
  toMermaid,
  toRows,
  toTimelineItems,
} from '../../src/index.js';
import { graphToDot, graphToMermaid } from '../../src/viz/diagrams.js';
import type { Graph } from '../../src/viz/graph.js';
import { seedWithSpellDates } from './helpers.js';

describe('toGraph', () => {
  it('links only to nodes that exist, with unique node ids', () => {
    for (const asOf of ['2021-09-15', '2024-04-09', '2024-10-01', dataset.meta.snapshotDate]) {
      for (const minStatus of ['member', 'consultation', 'floated'] as const) {
        const { nodes, links } = toGraph({ asOf, minStatus, include: ['projects'] });
        const ids = new Set(nodes.map((n) => n.id));
        expect(ids.size).toBe(nodes.length);
        for (const link of links) {
          expect(ids.has(link.source)).toBe(true);
          expect(ids.has(link.target)).toBe(true);
        }
      }
    }
  });

  it('shows Japan under consultation, not as a member, on 2024-04-09', () => {
    const { links } = toGraph({ asOf: '2024-04-09', minStatus: 'consultation' });
    const japan = links.filter((l) => l.source === 'country:JP');
    expect(japan.map((l) => [l.target, l.status, l.claim])).toEqual([
      ['pillar:pillar-2', 'consultation', 'official'],
    ]);
    expect(japan[0]?.citations).toContain('gov-uk-2024-04-08-defence-ministers-statement');
  });

  it('adds Canada under consultation only from 2024-09-17', () => {
    const has = (asOf: string) =>
      toGraph({ asOf, minStatus: 'consultation' }).nodes.some((n) => n.id === 'country:CA');
    expect(has('2024-09-16')).toBe(false);
    expect(has('2024-09-17')).toBe(true);
  });

  it('carries ISO codes on country nodes and draws nothing before AUKUS', () => {
    const au = toGraph().nodes.find((n) => n.id === 'country:AU');
    expect(au).toMatchObject({
      type: 'country',
      iso2: 'AU',
      alpha3: 'AUS',
      numeric: '036',
      label: 'Australia',
    });
    expect(toGraph({ asOf: '2021-01-01' })).toEqual({ nodes: [], links: [], asOf: '2021-01-01' });
  });

  it('labels pillars with the name in use on the date', () => {
    const label = (asOf: string) =>
      toGraph({ asOf }).nodes.find((n) => n.id === 'pillar:pillar-2')?.label;
    expect(label('2021-10-01')).toBe('Pillar 2');
    expect(label('2023-01-01')).toBe('Advanced capabilities');
    expect(label('2025-01-01')).toBe('Pillar II – Advanced Capabilities');
  });

  it('adds projects and their participants when asked', () => {
    const { nodes, links } = toGraph({ include: ['projects'] });
    expect(nodes.filter((n) => n.type === 'project').map((n) => n.label)).toEqual([
      'AQuA',
      'AURAS',
      'HyFliTE',
      'Maritime autonomous systems interoperability with Japan',
      'Maritime Big Play',
      'Payloads and enabling systems for uncrewed undersea vehicles',
    ]);
    expect(links.some((l) => l.source === 'country:JP' && l.kind === 'participant')).toBe(true);
  });
});

describe('toRows and toCsv', () => {
  it('gives one tidy row per spell with join keys', () => {
    const rows = toRows();
    expect(rows).toHaveLength(participations.length);
    expect(rows.find((r) => r.id === 'kr-pillar-2-consultation-2024')).toEqual({
      id: 'kr-pillar-2-consultation-2024',
      country: 'KR',
      countryName: 'Republic of Korea',
      alpha3: 'KOR',
      numeric: '410',
      pillar: 'pillar-2',
      status: 'consultation',
      claim: 'official',
      start: '2024-09-17',
      end: dataset.meta.snapshotDate,
      open: true,
      from: '2024-09-17',
      to: null,
      sources: 'wh-2024-09-17-third-anniversary-statement',
    });
    expect(toRows({ claim: 'reported' }).every((r) => r.claim === 'reported')).toBe(true);
  });

  it('reads partial dates as statusOf does and never leaves an end empty', () => {
    for (const row of toRows()) {
      expect(row.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.open).toBe(row.to === null);
      if (row.from.length === 10) expect(row.start).toBe(row.from);
      if (row.to?.length === 10) expect(row.end).toBe(row.to);
    }
    // A year is certain only from its last day, as in statusOf; '2024-03' ends on its first.
    const year = createAtlas(
      seedWithSpellDates('ca-pillar-1-ruled-out-2021-trudeau', { from: '2021' }),
    )
      .toRows({ country: 'CA' })
      .find((r) => r.from === '2021');
    expect(year).toMatchObject({ start: '2021-12-31', open: true });
    const atlas = createAtlas({
      ...dataset,
      participations: [
        {
          ...(dataset.participations[0] as (typeof dataset.participations)[number]),
          id: 'au-partial',
          from: '2021-09',
          to: '2024-03',
        },
      ],
    });
    expect(atlas.toRows()[0]).toMatchObject({
      start: '2021-09-30',
      end: '2024-03-01',
      open: false,
    });
  });

  it('round-trips through a real CSV parser', () => {
    const rows = toRows();
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    // CSV holds text: the boolean comes back as 'true'/'false', and a missing end as ''.
    expect(parsed.data).toEqual(
      rows.map((row) => ({ ...row, open: String(row.open), to: row.to ?? '' })),
    );
  });

  it('escapes quotes, commas, line breaks and edge spaces', () => {
    const rows = [{ a: 'x,y', b: 'say "hi"', c: 'two\nlines', d: ' padded ', e: 'plain' }];
    const text = toCsv(rows);
    expect(text).toBe('a,b,c,d,e\r\n"x,y","say ""hi""","two\nlines"," padded ",plain\r\n');
    expect(Papa.parse(text, { header: true, skipEmptyLines: true }).data).toEqual(rows);
  });

  it('writes numbers, booleans and empty cells, and honours columns', () => {
    expect(toCsv([{ n: 1, b: true, x: null, y: undefined }])).toBe('n,b,x,y\r\n1,true,,\r\n');
    expect(toCsv([{ a: 1, b: 2 }], { columns: ['b'] })).toBe('b\r\n2\r\n');
    expect(toCsv([])).toBe('');
  });
});

describe('toTimelineItems', () => {
  it('reduces events to what a chart draws', () => {
    const [first] = toTimelineItems();
    expect(first).toEqual({
      id: '2021-09-15-aukus-announced',
      date: '2021-09-15',
      kind: 'statement',
      title: 'AUKUS announced',
      countries: ['AU', 'GB', 'US'],
      pillars: ['pillar-1', 'pillar-2'],
    });
  });
});

describe('toDot and toMermaid', () => {
  it('write every node and link, dashing reported links', () => {
    const graph = toGraph({ asOf: '2024-06-01', minStatus: 'floated', include: ['projects'] });
    const dot = toDot({ asOf: '2024-06-01', minStatus: 'floated', include: ['projects'] });
    expect(dot.startsWith('digraph aukus {')).toBe(true);
    expect(dot.match(/ -> /g)).toHaveLength(graph.links.length);
    expect(dot).toContain(
      '"country:IN" -> "pillar:pillar-2" [label="floated (reported)", style=dashed];',
    );
    const mermaid = toMermaid({ asOf: '2024-06-01', minStatus: 'floated' });
    expect(mermaid.split('\n')[0]).toBe('flowchart LR');
    expect(mermaid).toContain('country_IN -.->|"floated (reported)"| pillar_pillar_2');
    expect(mermaid).toContain('partnership_aukus{{"AUKUS"}}');
  });

  it('escape quotes and backslashes in labels', () => {
    const graph: Graph = {
      asOf: '2024-01-01',
      nodes: [
        { id: 'project:q', type: 'project', label: 'Say "hi" \\ now' },
        { id: 'pillar:p', type: 'pillar', label: 'P' },
      ],
      links: [
        {
          id: 'project:q->pillar:p',
          source: 'project:q',
          target: 'pillar:p',
          kind: 'part-of',
          citations: [],
        },
      ],
    };
    expect(graphToDot(graph)).toContain('"project:q" [label="Say \\"hi\\" \\\\ now", shape=note];');
    expect(graphToMermaid(graph)).toContain('project_q("Say #quot;hi#quot; \\ now")');
  });
});

describe('toDataPackage', () => {
  const { descriptor, files } = toDataPackage();

  it('describes every CSV with fields that match its header exactly', () => {
    for (const resource of descriptor.resources) {
      const file = files.find((f) => f.path === resource.path);
      expect(file, resource.path).toBeDefined();
      const header = Papa.parse<string[]>(file?.content ?? '', { delimiter: ',' }).data[0];
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('has one row per record and parses with the declared types', () => {
    const rows = (name: string) =>
      Papa.parse<Record<string, string>>(
        files.find((f) => f.path === `csv/${name}.csv`)?.content ?? '',
        {
          header: true,
          delimiter: ',',
          skipEmptyLines: true,
        },
      ).data;
    expect(rows('participations')).toHaveLength(dataset.participations.length);
    expect(rows('sources').every((r) => r.official === 'true' || r.official === 'false')).toBe(
      true,
    );
    expect(rows('pillars').every((r) => /^\d+$/.test(r.number ?? ''))).toBe(true);
    const citationCount =
      dataset.partnerships.flatMap((r) => r.citations).length +
      dataset.pillars.flatMap((p) => [...p.citations, ...p.names.flatMap((n) => n.citations)])
        .length +
      [
        dataset.capabilityAreas,
        dataset.projects,
        dataset.participations,
        dataset.events,
        dataset.statements,
        dataset.tenures,
        dataset.commitments,
      ]
        .flat()
        .flatMap((r) => r.citations).length;
    expect(
      descriptor.resources
        .filter((r) => r.name.endsWith('-citations'))
        .reduce((sum, r) => sum + rows(r.name).length, 0),
    ).toBe(citationCount);
    expect(descriptor).toMatchObject({
      name: 'aukus',
      version: dataset.meta.version,
      licenses: [{ name: 'MIT' }],
    });
  });
});

describe('data the countries list does not cover', () => {
  it('is refused, and if trusted, still drawn and tabulated with empty names', () => {
    const data = {
      ...dataset,
      participations: [
        ...dataset.participations,
        {
          id: 'fr-floated',
          country: 'FR',
          pillar: 'pillar-2',
          status: 'floated',
          claim: 'reported',
          from: '2025-01-01',
          citations: [{ source: 'politico-2024-03-19-race-to-expand' }],
        },
      ],
    } as const;
    expect(() => createAtlas(data)).toThrow(/Unknown country "FR"; add "FR" to countries/);
    const atlas = createAtlas(data, { trusted: true });
    expect(atlas.toRows({ country: 'FR' as never })[0]).toMatchObject({
      countryName: '',
      alpha3: '',
      numeric: '',
    });
    expect(
      atlas.toGraph({ minStatus: 'floated' }).nodes.find((n) => n.id === 'country:FR'),
    ).toEqual({
      id: 'country:FR',
      type: 'country',
      label: 'FR',
      iso2: 'FR',
    });
  });
});
