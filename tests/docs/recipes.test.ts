import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The chart recipes of docs/visualization.md, run with the real tools. Each recipe is a file under
// docs/recipes/, and the guide shows that file verbatim: what readers copy is what runs here.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(join(root, 'docs', 'visualization.md'), 'utf8');
const recipes = readdirSync(join(root, 'docs', 'recipes')).filter((f) => f.endsWith('.ts'));

describe('the guide shows each recipe exactly as it runs', () => {
  it('includes every recipe file verbatim after its marker', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(4);
    for (const file of recipes) {
      const marker = `<!-- recipe: docs/recipes/${file} -->\n\n\`\`\`ts\n`;
      const at = guide.indexOf(marker);
      expect(at, `docs/visualization.md has no ${marker.trim()}`).toBeGreaterThan(-1);
      const start = at + marker.length;
      const shown = guide.slice(start, guide.indexOf('\n```\n', start) + 1);
      expect(shown, file).toBe(readFileSync(join(root, 'docs', 'recipes', file), 'utf8'));
      // The picture of what it draws follows the block, and is committed.
      const after = guide.slice(start + shown.length + 4).trimStart();
      const picture = /^!\[[^\]]+\]\((images\/[^)]+)\)/.exec(after)?.[1];
      expect(picture, `no picture after docs/recipes/${file}`).toBeDefined();
      expect(existsSync(join(root, 'docs', picture ?? '')), picture).toBe(true);
    }
  });
});

describe('d3-force', () => {
  it('lays out the network and resolves every link to the nodes it joins', async () => {
    const { nodes, links, dashed } = await import('../../docs/recipes/d3-force.js');
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const ids = (end: unknown) => (end as { id: string }).id;
    expect(links.every((l) => typeof l.source === 'object' && typeof l.target === 'object')).toBe(
      true,
    );
    expect(
      links
        .filter((l) => l.kind === 'participation' && ids(l.target) === 'pillar:pillar-2')
        .map((l) => `${ids(l.source)} ${l.status}`),
    ).toEqual([
      'country:AU member',
      'country:CA consultation',
      'country:GB member',
      'country:JP consultation',
      'country:KR consultation',
      'country:NZ consultation',
      'country:US member',
    ]);
    // Linked nodes end up closer than the farthest pair.
    type Point = { x?: number | undefined; y?: number | undefined };
    const distance = (a: Point, b: Point) =>
      Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0));
    const farthest = Math.max(...nodes.flatMap((a) => nodes.map((b) => distance(a, b))));
    for (const l of links)
      expect(distance(l.source as never, l.target as never)).toBeLessThan(farthest);
    expect(links.map(dashed).every((d) => d === null)).toBe(true);
  });
});

describe('Cytoscape.js', () => {
  it('takes the graph as toGraph returns it and lays it out headless', async () => {
    const { cy } = await import('../../docs/recipes/cytoscape.js');
    const countries = cy.nodes('[type = "country"]').map((n) => n.id());
    expect(countries).toEqual(
      ['AU', 'CA', 'GB', 'IN', 'JP', 'KR', 'NZ', 'US'].map((c) => `country:${c}`),
    );
    const japan = cy.edges('[source = "country:JP"]');
    expect(japan.map((e) => `${e.target().id()} ${e.data('status')} ${e.data('claim')}`)).toEqual([
      'pillar:pillar-2 consultation official',
    ]);
    expect(cy.edges('[claim = "reported"]').map((e) => e.source().id())).toContain('country:IN');
    // Concentric layout: the partnership sits in the middle, every country farther out than pillars.
    const radius = (id: string) => {
      const c = cy.getElementById('partnership:aukus').position();
      const p = cy.getElementById(id).position();
      return Math.hypot(p.x - c.x, p.y - c.y);
    };
    expect(radius('pillar:pillar-2')).toBeGreaterThan(0);
    for (const id of countries) expect(radius(id)).toBeGreaterThan(radius('pillar:pillar-2'));
  });
});

const EIGHT = ['AU', 'CA', 'GB', 'IN', 'JP', 'KR', 'NZ', 'US'];
/** The bar that covers `day` among bars titled `<country> <pillar>: … <start> to <end>`. */
function barOn(titles: string[], country: string, pillar: string, day: string) {
  return titles.find((title) => {
    const match = /^(\S+) (\S+): .* (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(title);
    return (
      match?.[1] === country &&
      match[2] === pillar &&
      (match[3] ?? '') <= day &&
      day <= (match[4] ?? '')
    );
  });
}

describe('Observable Plot', () => {
  it('draws the deciding status per pillar in Node with linkedom, with a legend', async () => {
    const { parseHTML } = await import('linkedom');
    const globals = globalThis as { window?: unknown };
    globals.window = parseHTML('<!doctype html><html><body></body></html>').window;
    try {
      const { chart } = await import('../../docs/recipes/plot.js');
      const rects = [...chart.querySelectorAll('rect')].filter((r) => r.querySelector('title'));
      const titles = rects.map((r) => r.querySelector('title')?.textContent ?? '');
      const fill = (title: string | undefined) =>
        rects[titles.indexOf(title ?? '')]?.getAttribute('fill');
      // Every country has a row, and the facets keep the pillars apart.
      for (const code of EIGHT) expect(titles.some((t) => t.startsWith(`${code} `))).toBe(true);
      const japan = barOn(titles, 'JP', 'pillar-2', '2024-10-01');
      expect(japan).toMatch(/: consultation \(official\)/);
      expect(barOn(titles, 'JP', 'pillar-1', '2024-10-01')).toMatch(/: ruled-out/);
      // The colour drawn is the legend's colour for consultation.
      const color = (chart as unknown as { scale(name: 'color'): { apply(v: string): string } })
        .scale('color')
        .apply('consultation');
      expect(fill(japan)).toBe(color);
      for (const member of ['AU', 'GB', 'US']) {
        expect(barOn(titles, member, 'pillar-1', '2024-10-01')).toMatch(/: member \(official\)/);
      }
      // A legend of swatches names every status drawn.
      expect(chart.textContent).toContain('consultation');
      expect(chart.querySelectorAll('[class*="swatch"]').length).toBeGreaterThan(0);
    } finally {
      delete globals.window;
    }
  });
});

describe('Vega-Lite', () => {
  it('compiles, renders to SVG with the data as given, and keeps AU, GB and US', async () => {
    const { render, values } = await import('../../docs/recipes/vega-lite.js');
    const svg = await render();
    expect(svg.startsWith('<svg')).toBe(true);
    // Vega annotated the spans it was given: they were not frozen copies.
    expect(Object.getOwnPropertySymbols(values[0] ?? {}).length).toBeGreaterThan(0);
    // Vega describes each bar it drew in an aria-label: "start: Apr 8, 2024; country: JP; …".
    const bars = [...svg.matchAll(/aria-label="(start: [^"]*)"/g)].map((m) =>
      Object.fromEntries(
        (m[1] ?? '').split('; ').map((pair) => pair.split(': ') as [string, string]),
      ),
    );
    expect(bars.length).toBe(values.length);
    const day = (text: string | undefined) =>
      new Date(Date.parse(`${text} UTC`)).toISOString().slice(0, 10);
    const on = (country: string, pillar: string, date: string) =>
      bars.find(
        (b) =>
          b['country'] === country &&
          b['pillar'] === pillar &&
          day(b['start']) <= date &&
          date <= (b['end'] ?? ''),
      );
    for (const code of EIGHT) expect(bars.some((b) => b['country'] === code)).toBe(true);
    for (const member of ['AU', 'GB', 'US']) {
      for (const pillar of ['pillar-1', 'pillar-2']) {
        expect(on(member, pillar, '2024-10-01')).toMatchObject({
          status: 'member',
          claim: 'official',
        });
      }
    }
    expect(on('JP', 'pillar-2', '2024-10-01')).toMatchObject({
      status: 'consultation',
      claim: 'official',
    });
  });
});
