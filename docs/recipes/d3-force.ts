import { type GraphLink, type GraphNode, toGraph } from 'aukus';
import * as d3 from 'd3';

// toGraph returns fresh objects, so d3 may write x, y and resolved links straight into them.
type Node = GraphNode & d3.SimulationNodeDatum;
type Link = Omit<GraphLink, 'source' | 'target'> & d3.SimulationLinkDatum<Node>;

const graph = toGraph({ asOf: '2024-10-01', minStatus: 'consultation' });
const nodes: Node[] = graph.nodes;
const links: Link[] = graph.links;
const simulation = d3
  .forceSimulation<Node>(nodes)
  .force(
    'link',
    d3.forceLink<Node, Link>(links).id((d) => d.id),
  )
  .force('charge', d3.forceManyBody().strength(-300))
  .force('center', d3.forceCenter(0, 0))
  .stop();
simulation.tick(300);

const dashed = (link: Link) => (link.claim === 'reported' ? '4 2' : null);

export { dashed, links, nodes };
