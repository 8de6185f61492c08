import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { dataset, statusSpans, toGexf } from '../../src/index.js';

// The GEXF export, read back with an XML parser: well-formed GEXF 1.3, dynamic, and each standing
// edge's spells and statuses exactly the spans statusSpans gives.

interface AttValue {
  for: string;
  value: string;
  start?: string;
  end?: string;
}
interface Item {
  id: string;
  label?: string;
  source?: string;
  target?: string;
  attvalues?: { attvalue: AttValue[] };
  spells?: { spell: { start: string; end: string }[] };
}

const ARRAYS = new Set(['attribute', 'attvalue', 'spell', 'node', 'edge', 'attributes']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

function read(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const { gexf } = parser.parse(text) as {
    gexf: {
      xmlns: string;
      version: string;
      graph: {
        mode: string;
        timeformat: string;
        start: string;
        end: string;
        attributes: { class: string; attribute: { id: string }[] }[];
        nodes: { count: string; node: Item[] };
        edges: { count: string; edge: Item[] };
      };
    };
  };
  return gexf;
}

const spellsOf = (item: Item | undefined) => item?.spells?.spell ?? [];
const valuesOf = (item: Item | undefined, key: string) =>
  (item?.attvalues?.attvalue ?? [])
    .filter((v) => v.for === key)
    .map((v) => ({ value: v.value, start: v.start, end: v.end }));

describe('toGexf', () => {
  const gexf = read(toGexf());
  const { nodes, edges } = gexf.graph;
  const edge = (id: string) => edges.edge.find((e) => e.id === id);

  it('is a dynamic GEXF 1.3 graph with days as times', () => {
    expect(gexf).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(gexf.graph).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
    expect(gexf.graph.end).toBe(dataset.meta.snapshotDate);
    expect(Number(nodes.count)).toBe(nodes.node.length);
    expect(Number(edges.count)).toBe(edges.edge.length);
    const ids = new Set(nodes.node.map((n) => n.id));
    expect(ids.size).toBe(nodes.node.length);
    for (const e of edges.edge) {
      expect(ids.has(e.source ?? '')).toBe(true);
      expect(ids.has(e.target ?? '')).toBe(true);
    }
    const declared = gexf.graph.attributes.flatMap((a) => a.attribute.map((x) => x.id));
    const used = [...nodes.node, ...edges.edge].flatMap((i) =>
      (i.attvalues?.attvalue ?? []).map((v) => v.for),
    );
    for (const key of used) expect(declared).toContain(key);
    for (const code of ['AU', 'CA', 'GB', 'IN', 'JP', 'KR', 'NZ', 'US']) {
      expect(ids.has(`country:${code}`)).toBe(true);
    }
  });

  it('gives every standing edge the spells and statuses of statusSpans', () => {
    let checked = 0;
    for (const country of dataset.countries) {
      for (const pillar of [undefined, ...dataset.pillars.map((p) => p.id)] as const) {
        const spans = statusSpans({
          country: country.id as never,
          ...(pillar === undefined ? {} : { pillar: pillar as never }),
        });
        const target = pillar === undefined ? 'partnership:aukus' : `pillar:${pillar}`;
        const found = edge(`country:${country.id}->${target}`);
        if (spans.length === 0) {
          expect(found).toBeUndefined();
          continue;
        }
        expect(spellsOf(found)).toEqual(spans.map(({ start, end }) => ({ start, end })));
        for (const key of ['status', 'claim', 'scope'] as const) {
          expect(valuesOf(found, key)).toEqual(
            spans.map((s) => ({ value: s[key], start: s.start, end: s.end })),
          );
        }
        checked += spans.length;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('animates Japan from a float to consultations on Pillar II', () => {
    const statuses = valuesOf(edge('country:JP->pillar:pillar-2'), 'status');
    const on = (day: string) =>
      statuses.find((s) => (s.start ?? '') <= day && day <= (s.end ?? ''))?.value;
    expect(on('2024-04-09')).toBe('consultation');
    expect(on('2024-10-01')).toBe('consultation');
  });

  it('shows only what was public on a day with knownAt', () => {
    const then = read(toGexf({ knownAt: '2024-04-09' }));
    expect(then.graph.end).toBe('2024-04-09');
    const japan = then.graph.edges.edge.find((e) => e.id === 'country:JP->pillar:pillar-2');
    expect(valuesOf(japan, 'status').at(-1)).toMatchObject({
      value: 'consultation',
      end: '2024-04-09',
    });
    expect(then.graph.nodes.node.some((n) => n.id === 'country:CA')).toBe(
      statusSpans({ country: 'CA', knownAt: '2024-04-09' }).length > 0,
    );
    expect(() => toGexf({ knownAt: 'soon' })).toThrow(RangeError);
    expect(() => toGexf({ knowAt: '2024-01-01' } as never)).toThrow(/knownAt/);
  });

  it('escapes markup in names', async () => {
    const { writeGexf } = await import('../../src/viz/gexf-xml.js');
    const text = writeGexf({
      lastModified: '2024-01-01',
      creator: 'a & b',
      description: '<x>',
      start: '2024-01-01',
      end: '2024-01-02',
      nodeAttributes: ['type'],
      edgeAttributes: [],
      nodes: [{ id: 'n"1', label: 'Tom & "Jerry" <3', attributes: { type: 'x' } }],
      edges: [],
    });
    const parsed = read(text);
    expect(parsed.graph.nodes.node[0]).toMatchObject({ id: 'n"1', label: 'Tom & "Jerry" <3' });
  });
});

describe('toGexf before AUKUS', () => {
  it('draws nothing before the partnership existed', () => {
    const { graph } = read(toGexf({ knownAt: '2021-09-14' }));
    expect(graph.edges.edge ?? []).toEqual([]);
    expect((graph.nodes.node ?? []).map((n) => n.id)).toEqual([]);
  });
});
