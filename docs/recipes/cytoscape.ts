import { toGraph } from 'aukus';
import cytoscape from 'cytoscape';

const { nodes, links } = toGraph({ asOf: '2024-10-01', minStatus: 'floated' });
const cy = cytoscape({
  headless: true, // in a page, pass `container: document.getElementById('network')` instead
  elements: [...nodes.map((data) => ({ data })), ...links.map((data) => ({ data }))],
  style: [
    { selector: 'node', style: { label: 'data(label)' } },
    { selector: 'edge[claim = "reported"]', style: { 'line-style': 'dashed' } },
  ],
  layout: {
    name: 'concentric',
    // The partnership in the middle, pillars around it, countries outside.
    concentric: (node) => ({ partnership: 3, pillar: 2 })[node.data('type') as string] ?? 1,
    levelWidth: () => 1,
  },
});

export { cy };
