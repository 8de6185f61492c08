import {
  type Graph,
  type GraphData,
  type GraphOptions,
  SEED_GRAPH_DATA,
  toGraphIn,
} from './graph.js';

const quoteDot = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
const mermaidText = (text: string) => text.replace(/"/g, '#quot;');

const SHAPES: Readonly<Record<Graph['nodes'][number]['type'], string>> = {
  partnership: 'doubleoctagon',
  pillar: 'box',
  project: 'note',
  country: 'ellipse',
};

function edgeLabel(link: Graph['links'][number]): string {
  if (link.kind !== 'participation') return link.kind;
  return link.claim === 'reported' ? `${link.status} (reported)` : (link.status ?? '');
}

/** @internal */
export function graphToDot(graph: Graph): string {
  const lines = [
    `digraph aukus {`,
    `  label=${quoteDot(`AUKUS as of ${graph.asOf}`)};`,
    '  rankdir=LR;',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `  ${quoteDot(node.id)} [label=${quoteDot(node.label)}, shape=${SHAPES[node.type]}];`,
    );
  }
  for (const link of graph.links) {
    const dashed = link.claim === 'reported' ? ', style=dashed' : '';
    lines.push(
      `  ${quoteDot(link.source)} -> ${quoteDot(link.target)} [label=${quoteDot(edgeLabel(link))}${dashed}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** @internal */
export function graphToMermaid(graph: Graph): string {
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) {
    const text = mermaidText(node.label);
    const shape =
      node.type === 'partnership'
        ? `{{"${text}"}}`
        : node.type === 'pillar'
          ? `["${text}"]`
          : `("${text}")`;
    lines.push(`  ${mermaidId(node.id)}${shape}`);
  }
  for (const link of graph.links) {
    const arrow = link.claim === 'reported' ? '-.->' : '-->';
    lines.push(
      `  ${mermaidId(link.source)} ${arrow}|"${mermaidText(edgeLabel(link))}"| ${mermaidId(link.target)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** @internal */
export function toDotIn(data: GraphData, options?: GraphOptions): string {
  return graphToDot(toGraphIn(data, options));
}

/** @internal */
export function toMermaidIn(data: GraphData, options?: GraphOptions): string {
  return graphToMermaid(toGraphIn(data, options));
}

/**
 * The network of {@link toGraph} as a Graphviz DOT digraph. Reported links are dashed.
 *
 * @param options - As {@link toGraph}.
 * @returns DOT source; render it with `dot -Tsvg`.
 * @throws TypeError or RangeError as {@link toGraph} does.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDot } from 'aukus';
 * toDot().startsWith('digraph aukus {'); // true
 * ```
 */
export function toDot(options?: GraphOptions): string {
  return toDotIn(SEED_GRAPH_DATA, options);
}

/**
 * The network of {@link toGraph} as a Mermaid flowchart that GitHub renders in Markdown.
 * Reported links are dotted.
 *
 * @param options - As {@link toGraph}.
 * @returns Mermaid source for a ```` ```mermaid ```` block.
 * @throws TypeError or RangeError as {@link toGraph} does.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toMermaid } from 'aukus';
 * toMermaid().split('\n')[0]; // 'flowchart LR'
 * ```
 */
export function toMermaid(options?: GraphOptions): string {
  return toMermaidIn(SEED_GRAPH_DATA, options);
}
