import { readdirSync, readFileSync } from 'node:fs';
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
